package dev.beacon.admin.manage.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** One page of a management list, with the totals the api counts. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Paged<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

    public List<T> items() {
        return items == null ? List.of() : items;
    }
}
