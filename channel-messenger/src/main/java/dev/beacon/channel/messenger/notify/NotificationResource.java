package dev.beacon.channel.messenger.notify;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.beacon.channel.conversation.screens.CornerScreens;
import dev.beacon.channel.kit.BeaconPeople;
import dev.beacon.channel.kit.chat.MessagingWindow;
import dev.beacon.channel.kit.model.Notification;
import dev.beacon.channel.kit.notify.NotificationsResource;
import dev.beacon.channel.kit.notify.Reply;
import dev.beacon.channel.messenger.config.Page;
import dev.beacon.channel.messenger.config.Pages;
import dev.beacon.channel.messenger.inbound.AdapterTexts;
import dev.beacon.channel.messenger.send.Sender;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The api's {@code notification.created} webhook ({@link NotificationsResource}): a reply to the person's comment is
 * told inside their 24-hour window as a normal message ({@code RESPONSE}), and not at all outside it (Messenger allows
 * nothing else without a message tag, which a reply notification is not) nor to a person who said STOP.
 */
@Path("/notifications")
public class NotificationResource extends NotificationsResource {

    private static final Logger LOG = Logger.getLogger(NotificationResource.class);

    @Inject
    Pages pages;

    @Inject
    Sender sender;

    @Inject
    MessagingWindow window;

    @Inject
    BeaconPeople people;

    @Inject
    ObjectMapper mapper;

    @Override
    protected Optional<String> account(String site) {
        return pages.idFor(site);
    }

    @Override
    protected void tell(String account, String site, Reply reply) {
        Page page = pages.byId(account).orElseThrow();
        Notification n = reply.notification();
        if (!"reply".equals(n.kind())) {
            LOG.debugf("Page %s: notification %d is a %s, which Messenger does not tell", page.id(), n.id(), n.kind());
            return;
        }
        if (!window.isOpen(n.subject())) {
            LOG.infof("Page %s: notification %d not told, the person's 24-hour window is closed", page.id(), n.id());
            return;
        }
        if (people.withdrew(site, n.subject(), CornerScreens.CONTACT)) {
            LOG.infof("Page %s: notification %d not told, the person said STOP", page.id(), n.id());
            return;
        }
        String text = reply.title().isBlank()
                ? AdapterTexts.get(reply.locale(), "notify.reply.untitled", n.author(), n.text())
                : AdapterTexts.get(reply.locale(), "notify.reply", n.author(), reply.title(), n.text());
        ObjectNode message = mapper.createObjectNode().put("text", text);
        Sender.Outcome outcome = sender.send(page, reply.platformId(), message);
        LOG.debugf("Page %s: notification %d %s", page.id(), n.id(), outcome);
    }
}
