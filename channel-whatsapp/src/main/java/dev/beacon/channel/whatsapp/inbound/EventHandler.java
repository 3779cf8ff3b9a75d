package dev.beacon.channel.whatsapp.inbound;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.beacon.channel.kit.chat.MessagingWindow;
import dev.beacon.channel.whatsapp.config.PhoneNumber;
import dev.beacon.channel.whatsapp.conversation.WhatsAppConversation;
import dev.beacon.channel.whatsapp.notify.Notice;
import dev.beacon.channel.whatsapp.notify.Notifier;
import dev.beacon.channel.whatsapp.send.CloudSender;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Handles one message of one person (on that person's queue): marked read, then answered, in order; STOP and START
 * (in any of the adapter's languages) record the person's opt-out or opt-in in the api instead ({@link OptOut}).
 */
@ApplicationScoped
public class EventHandler {

    @Inject
    MessagingWindow window;

    @Inject
    CloudSender sender;

    @Inject
    WhatsAppConversation conversation;

    @Inject
    OptOut optOut;

    @Inject
    Notifier notifier;

    public void handle(PhoneNumber number, WaMessage message) {
        // The person wrote: the 24-hour customer-service window runs from WhatsApp's time of the message.
        window.personWrote(message.identity(), Instant.ofEpochSecond(message.timestamp()));
        sender.markRead(number, message.wamid());
        if (!message.needsAnswer()) {
            return;
        }
        Optional<OptOut.Command> command =
                message.kind() == WaMessage.Kind.TEXT ? optOut.command(message.text()) : Optional.empty();
        List<ObjectNode> answer;
        if (command.isPresent()) {
            boolean stop = command.get().stop();
            optOut.record(number.site(), message.identity(), stop);
            answer = conversation.say(command.get().language(), stop ? "stopped" : "started");
        } else {
            answer = conversation.answer(number, message);
        }
        if (!answer.isEmpty()) {
            // should the answer miss the window after all (131047), the person is invited back by template
            sender.sendAll(
                    number,
                    message.waId(),
                    answer,
                    wamid -> notifier.remember(wamid, new Notice(Notice.RE_ENGAGEMENT, Map.of())));
        }
    }
}
