package dev.beacon.channel.messenger.inbound;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.beacon.channel.messenger.config.Page;
import java.util.List;

/** What to answer one event with, as Send API {@code message} objects in the order they go out. */
public interface Conversation {

    List<ObjectNode> answer(Page page, MessengerEvent event);
}
