package dev.beacon.api.shared.paging;

import dev.beacon.api.shared.error.ProblemException;

/**
 * A validated page request. Pages are 1-based for people reading URLs; sizes are capped so that no
 * client can ask for the whole database in one response, and pages too, so that the offset
 * ({@code MAX_PAGE × MAX_SIZE} at most) always fits an {@code int}.
 */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    public static final int MAX_PAGE = 100_000;

    public static PageRequest of(Integer page, Integer size) {
        int p = page == null ? 1 : page;
        int s = size == null ? DEFAULT_SIZE : size;
        if (p < 1 || p > MAX_PAGE) {
            throw ProblemException.invalid("page", "must be between 1 and " + MAX_PAGE);
        }
        if (s < 1 || s > MAX_SIZE) {
            throw ProblemException.invalid("size", "must be between 1 and " + MAX_SIZE);
        }
        return new PageRequest(p, s);
    }

    public int offset() {
        return (page - 1) * size;
    }
}
