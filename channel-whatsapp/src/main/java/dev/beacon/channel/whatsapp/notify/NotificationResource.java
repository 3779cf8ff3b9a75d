package dev.beacon.channel.whatsapp.notify;

import dev.beacon.channel.kit.BeaconPeople;
import dev.beacon.channel.kit.chat.SiteAccounts;
import dev.beacon.channel.kit.model.Notification;
import dev.beacon.channel.kit.notify.NotificationsResource;
import dev.beacon.channel.kit.notify.Reply;
import dev.beacon.channel.whatsapp.config.PhoneNumber;
import dev.beacon.channel.whatsapp.inbound.PersonTag;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The api's {@code notification.created} webhook ({@link NotificationsResource}): a reply to the person's comment
 * becomes a {@code comment-reply} {@link Notice} for the {@link Notifier}, which decides by WhatsApp's rules (nothing
 * after STOP, a normal message inside the 24-hour window, the site's approved template outside it).
 */
@Path("/notifications")
public class NotificationResource extends NotificationsResource {

    private static final Logger LOG = Logger.getLogger(NotificationResource.class);

    @Inject
    SiteAccounts<PhoneNumber> numbers;

    @Inject
    Notifier notifier;

    @Inject
    BeaconPeople people;

    @Inject
    PersonTag tags;

    @Override
    protected Optional<String> account(String site) {
        return numbers.idFor(site);
    }

    @Override
    protected void tell(String account, String site, Reply reply) {
        PhoneNumber number = numbers.byId(account).orElseThrow();
        Notification n = reply.notification();
        if (!"reply".equals(n.kind())) {
            LOG.debugf(
                    "Number %s: notification %d is a %s, which has no template purpose", number.id(), n.id(), n.kind());
            return;
        }
        Map<String, String> values = new HashMap<>();
        values.put("title", reply.title());
        values.put("text", n.text() == null ? "" : n.text());
        alias(site, n.subject()).ifPresent(alias -> values.put("alias", alias));
        Notifier.Told told = notifier.tell(number, reply.platformId(), new Notice("comment-reply", values));
        LOG.debugf("Number %s: notification %d to %s: %s", number.id(), n.id(), tags.of(reply.platformId()), told);
    }

    /** The person's alias for the template's greeting; none (the template says "friend") when they have none. */
    private Optional<String> alias(String site, String subject) {
        try {
            return Optional.ofNullable(people.me(site, subject).alias()).filter(a -> !a.isBlank());
        } catch (RuntimeException unknown) {
            return Optional.empty();
        }
    }
}
