package dev.beacon.api.shared.paging;

import java.util.List;
import java.util.function.Function;

/** The list envelope: one page of items and the totals a client needs to page through all of them. */
public record PageResponse<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

    public static <T> PageResponse<T> of(List<T> items, PageRequest request, long totalItems) {
        int pages = (int) ((totalItems + request.size() - 1) / request.size());
        return new PageResponse<>(List.copyOf(items), request.page(), request.size(), totalItems, pages);
    }

    public <R> PageResponse<R> map(Function<? super T, ? extends R> mapper) {
        return new PageResponse<>(items.stream().<R>map(mapper).toList(), page, size, totalItems, totalPages);
    }
}
