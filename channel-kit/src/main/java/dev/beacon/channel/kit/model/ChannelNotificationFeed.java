package dev.beacon.channel.kit.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** One batch of the channel's notification feed, oldest first; {@code next} is the cursor to send back as after. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ChannelNotificationFeed(List<Notification> items, String next) {

    public List<Notification> itemsOrEmpty() {
        return items == null ? List.of() : items;
    }
}
