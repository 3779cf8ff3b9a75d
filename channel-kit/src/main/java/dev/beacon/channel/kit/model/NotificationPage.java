package dev.beacon.channel.kit.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** One page of the person's notifications, newest first. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record NotificationPage(List<Notification> items, int page, int size, long totalItems, int totalPages) {

    public List<Notification> itemsOrEmpty() {
        return items == null ? List.of() : items;
    }
}
