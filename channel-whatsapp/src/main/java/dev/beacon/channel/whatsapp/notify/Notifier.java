package dev.beacon.channel.whatsapp.notify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.beacon.channel.kit.BeaconDelivery;
import dev.beacon.channel.kit.chat.ChatStore;
import dev.beacon.channel.kit.chat.MessagingWindow;
import dev.beacon.channel.kit.chat.PersonLanguage;
import dev.beacon.channel.kit.chat.SiteAccounts;
import dev.beacon.channel.kit.model.Site;
import dev.beacon.channel.kit.model.Site.WhatsAppTemplate;
import dev.beacon.channel.whatsapp.config.PhoneNumber;
import dev.beacon.channel.whatsapp.conversation.WhatsAppConversation;
import dev.beacon.channel.whatsapp.inbound.OptOut;
import dev.beacon.channel.whatsapp.inbound.PersonTag;
import dev.beacon.channel.whatsapp.send.CloudSender;
import dev.beacon.channel.whatsapp.send.CloudSender.Outcome;
import dev.beacon.channel.whatsapp.send.Templates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Tells a person something they did not just ask for ({@link Notice}) by WhatsApp's rules: nothing to a person who
 * opted out (STOP); inside their 24-hour window a free-form message (the template's body, filled); outside it only
 * the site's approved template for the purpose in the person's language, and nothing when the site has none (never a
 * free-form message WhatsApp would refuse). A message that matters (a notice, or the last message of an answer) is
 * remembered by its wamid for two days, so that a {@code failed} status with 131047 is answered by the template.
 */
@ApplicationScoped
public class Notifier {

    private static final Logger LOG = Logger.getLogger(Notifier.class);
    private static final Duration REMEMBERED = Duration.ofHours(48);

    /** What became of a notice. */
    public enum Told {
        /** Inside the window, as a free-form message. */
        MESSAGE,
        /** Outside the window, as the site's approved template. */
        TEMPLATE,
        OPTED_OUT,
        /** Outside the window and the site has no template for the purpose: nothing sent. */
        NO_TEMPLATE,
        /** WhatsApp refused it or did not answer (logged by the sender). */
        NOT_SENT
    }

    @Inject
    SiteAccounts<PhoneNumber> numbers;

    @Inject
    BeaconDelivery delivery;

    @Inject
    CloudSender sender;

    @Inject
    MessagingWindow window;

    @Inject
    OptOut optOut;

    @Inject
    ChatStore store;

    @Inject
    PersonLanguage language;

    @Inject
    ObjectMapper json;

    @Inject
    PersonTag tags;

    /** Tells the person {@code waId} on the site's (first) number. */
    public Told tell(String site, String waId, Notice notice) {
        Optional<PhoneNumber> number =
                numbers.all().stream().filter(n -> n.site().equals(site)).findFirst();
        if (number.isEmpty()) {
            LOG.warnf("No WhatsApp number serves site %s: a %s notice was not sent", site, notice.purpose());
            return Told.NOT_SENT;
        }
        return tell(number.get(), waId, notice);
    }

    public Told tell(PhoneNumber number, String waId, Notice notice) {
        String identity = identity(waId);
        if (optOut.optedOut(number.site(), identity)) {
            LOG.infof(
                    "Number %s: %s opted out; the %s notice was not sent",
                    number.id(), tags.of(waId), notice.purpose());
            return Told.OPTED_OUT;
        }
        Site site = delivery.site(number.site()).body();
        String locale = language.of(number.site(), identity);
        Map<String, String> values = values(site, locale, notice);
        Optional<WhatsAppTemplate> template = Templates.pick(site, notice.purpose(), locale);
        if (window.isOpen(identity)) {
            String text = template.map(t -> Templates.render(t, values)).orElse(values.get("text"));
            if (text != null && !text.isBlank()) {
                CloudSender.Sent sent = sender.send(number, waId, textMessage(text));
                if (sent.outcome() == Outcome.SENT) {
                    remember(sent.wamid(), notice);
                    return Told.MESSAGE;
                }
                if (sent.outcome() != Outcome.WINDOW_CLOSED) {
                    return Told.NOT_SENT;
                }
            }
        }
        return template(number, waId, notice, template, values);
    }

    /**
     * WhatsApp reported that our message {@code wamid} failed with 131047 (the window had closed): when it mattered,
     * the person gets the site's template for its purpose instead (unless they opted out since).
     */
    public Told failedOutsideWindow(PhoneNumber number, String waId, String wamid) {
        Optional<Notice> notice = store.get(key(wamid)).flatMap(this::read);
        if (notice.isEmpty()) {
            LOG.debugf(
                    "Number %s: a message to %s that needed no template failed with 131047",
                    number.id(), tags.of(waId));
            return Told.NOT_SENT;
        }
        String identity = identity(waId);
        if (optOut.optedOut(number.site(), identity)) {
            return Told.OPTED_OUT;
        }
        Site site = delivery.site(number.site()).body();
        String locale = language.of(number.site(), identity);
        Map<String, String> values = values(site, locale, notice.get());
        return template(
                number, waId, notice.get(), Templates.pick(site, notice.get().purpose(), locale), values);
    }

    /** Remembers that the message {@code wamid} mattered: a 131047 failure of it is answered by this notice's template. */
    public void remember(String wamid, Notice notice) {
        try {
            store.put(key(wamid), json.writeValueAsString(notice), REMEMBERED);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Told template(
            PhoneNumber number,
            String waId,
            Notice notice,
            Optional<WhatsAppTemplate> template,
            Map<String, String> values) {
        if (template.isEmpty()) {
            LOG.warnf(
                    "Number %s: %s is outside the 24-hour window and site %s has no approved %s template; not sent",
                    number.id(), tags.of(waId), number.site(), notice.purpose());
            return Told.NO_TEMPLATE;
        }
        CloudSender.Sent sent = sender.sendTemplate(number, waId, Templates.message(json, template.get(), values));
        return sent.outcome() == Outcome.SENT ? Told.TEMPLATE : Told.NOT_SENT;
    }

    private static Map<String, String> values(Site site, String locale, Notice notice) {
        Map<String, String> values = new HashMap<>(notice.values());
        values.putIfAbsent("site", site.name());
        values.putIfAbsent("alias", WhatsAppConversation.TEXTS.get(locale, "template.alias"));
        return values;
    }

    private ObjectNode textMessage(String text) {
        ObjectNode message = json.createObjectNode().put("type", "text");
        message.putObject("text").put("body", text);
        return message;
    }

    private Optional<Notice> read(String stored) {
        try {
            return Optional.of(json.readValue(stored, Notice.class));
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    private static String identity(String waId) {
        return "whatsapp:" + waId;
    }

    private static String key(String wamid) {
        return "notice:" + wamid;
    }
}
