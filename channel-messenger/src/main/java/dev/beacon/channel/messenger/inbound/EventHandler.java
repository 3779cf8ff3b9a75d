package dev.beacon.channel.messenger.inbound;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.beacon.channel.kit.chat.MessagingWindow;
import dev.beacon.channel.messenger.config.Page;
import dev.beacon.channel.messenger.send.Sender;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;

/** Handles one event of one person (on that person's queue): seen, typing, the answer, sent in order. */
@ApplicationScoped
public class EventHandler {

    @Inject
    MessagingWindow window;

    @Inject
    Sender sender;

    @Inject
    Conversation conversation;

    public void handle(Page page, MessengerEvent event) {
        // The person wrote: the 24-hour window runs from Meta's time of the event.
        window.personWrote(event.identity(), Instant.ofEpochMilli(event.timestamp()));
        sender.action(page, event.psid(), "mark_seen");
        sender.action(page, event.psid(), "typing_on");
        List<ObjectNode> answer = conversation.answer(page, event);
        if (!answer.isEmpty()) {
            sender.sendAll(page, event.psid(), answer);
        }
    }
}
