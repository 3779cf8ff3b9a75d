package dev.beacon.channel.messenger.inbound;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.beacon.channel.messenger.config.Page;
import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * The answers the adapter gives by itself: an attachment gets a polite "I can only read text". Everything else is
 * the conversation engine's (a bean replacing this one).
 */
@ApplicationScoped
@DefaultBean
public class TextOnlyConversation implements Conversation {

    @Inject
    ObjectMapper json;

    @Override
    public List<ObjectNode> answer(Page page, MessengerEvent event) {
        if (event.kind() == MessengerEvent.Kind.ATTACHMENT) {
            return List.of(json.createObjectNode().put("text", AdapterTexts.get(null, "attachment")));
        }
        return List.of();
    }
}
