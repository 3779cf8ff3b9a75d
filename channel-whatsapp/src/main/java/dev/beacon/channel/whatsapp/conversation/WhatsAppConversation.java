package dev.beacon.channel.whatsapp.conversation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.beacon.channel.conversation.ConversationConfig;
import dev.beacon.channel.conversation.ConversationEngine;
import dev.beacon.channel.conversation.Inbound;
import dev.beacon.channel.conversation.Outbound;
import dev.beacon.channel.kit.BeaconDelivery;
import dev.beacon.channel.kit.chat.BundleTexts;
import dev.beacon.channel.kit.chat.LastScreens;
import dev.beacon.channel.kit.chat.PayloadKeys;
import dev.beacon.channel.kit.chat.PersonLanguage;
import dev.beacon.channel.whatsapp.config.PhoneNumber;
import dev.beacon.channel.whatsapp.inbound.PersonTag;
import dev.beacon.channel.whatsapp.inbound.WaMessage;
import dev.beacon.channel.whatsapp.send.CloudPayloads;
import dev.beacon.channel.whatsapp.send.MediaSizes;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Drives channel-kit's conversation engine: each message becomes an {@link Inbound} (with the person's last screen
 * as its context, shared across replicas), the engine's {@link Outbound} becomes Cloud API messages. A reply button
 * or list row carries the engine's signed payload as its id; a template's quick reply carries one too when Beacon
 * wrote the template's payload, else its text is read as typed.
 */
@ApplicationScoped
public class WhatsAppConversation {

    private static final Logger LOG = Logger.getLogger(WhatsAppConversation.class);
    public static final BundleTexts TEXTS = new BundleTexts("whatsapp.texts");

    @Inject
    ConversationEngine engine;

    @Inject
    ConversationConfig config;

    @Inject
    LastScreens screens;

    @Inject
    BeaconDelivery delivery;

    @Inject
    ObjectMapper json;

    @Inject
    PersonTag tags;

    private PersonLanguage language;
    private CloudPayloads payloads;

    @PostConstruct
    void init() {
        language = new PersonLanguage(PayloadKeys.codec(config), delivery);
        MediaSizes sizes = new MediaSizes(java.time.Duration.ofSeconds(3), 2000);
        payloads = new CloudPayloads(json, sizes::bytes);
    }

    public List<ObjectNode> answer(PhoneNumber number, WaMessage message) {
        String identity = message.identity();
        String context = screens.of(identity).orElse(null);
        Outbound out;
        try {
            out = engine.handle(inbound(number.site(), identity, message, context));
        } catch (RuntimeException e) {
            // The engine answers API failures itself; this is for anything it did not foresee.
            LOG.errorf(e, "Number %s: the conversation with %s failed", number.id(), tags.of(message.waId()));
            return payloads.of(
                    List.of(dev.beacon.channel.conversation.Message.text(TEXTS.get(null, "unavailable"))), "");
        }
        screens.remember(identity, out.context());
        String code = language.code(number.site(), identity, out.context(), null);
        return payloads.of(out.messages(), TEXTS.get(code, "choose"));
    }

    /** One of the adapter's own texts ({@code key} in {@code whatsapp/texts}) in {@code language}. */
    public List<ObjectNode> say(String language, String key) {
        return payloads.of(List.of(dev.beacon.channel.conversation.Message.text(TEXTS.get(language, key))), "");
    }

    static Inbound inbound(String site, String identity, WaMessage message, String context) {
        return switch (message.kind()) {
            // WhatsApp has no Get Started: a person's first words (or the first after their last screen was
            // forgotten) are greeted with the welcome and the menu
            case TEXT ->
                context == null
                        ? Inbound.firstContact(site, identity, null)
                        : Inbound.text(site, identity, message.text(), context);
            case BUTTON_REPLY, LIST_REPLY -> Inbound.tap(site, identity, message.payload(), context);
            case BUTTON ->
                message.payload() != null && !message.payload().isBlank()
                        ? Inbound.tap(site, identity, message.payload(), context)
                        : Inbound.text(site, identity, message.text(), context);
            case MEDIA, UNSUPPORTED ->
                new Inbound(site, "whatsapp", identity, Inbound.Kind.ATTACHMENT, null, null, null, context);
            case REACTION -> throw new IllegalArgumentException("a reaction needs no answer");
        };
    }
}
