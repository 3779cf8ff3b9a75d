package dev.beacon.channel.messenger.inbound;

import dev.beacon.channel.kit.chat.PersonQueues;
import dev.beacon.channel.kit.chat.SeenIds;
import dev.beacon.channel.messenger.config.Page;
import dev.beacon.channel.messenger.config.Pages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Takes a webhook's events: drops what needs no answer (echoes, reads, deliveries) and what is for an unknown page,
 * takes each delivery once across replicas ({@link SeenIds}), and queues it behind the person's earlier events.
 */
@ApplicationScoped
public class EventIntake {

    private static final Logger LOG = Logger.getLogger(EventIntake.class);

    @Inject
    Pages pages;

    @Inject
    SeenIds seen;

    @Inject
    PersonQueues queues;

    @Inject
    EventHandler handler;

    /** False when there is no room now: the webhook answers 503 and Meta delivers again. */
    public boolean take(List<MessengerEvent> events) {
        long work = events.stream().filter(MessengerEvent::needsAnswer).count();
        if (!queues.hasRoomFor((int) work)) {
            return false;
        }
        for (MessengerEvent event : events) {
            if (!event.needsAnswer() || event.psid() == null) {
                LOG.tracef("ignored: %s", event.kind());
                continue;
            }
            Optional<Page> page = pages.byId(event.pageId());
            if (page.isEmpty()) {
                LOG.warnf(
                        "An event for page %s, which BEACON_MESSENGER_PAGES does not name, was dropped",
                        event.pageId());
                continue;
            }
            String id = event.pageId() + ":" + event.deliveryId();
            if (!seen.firstSighting(id)) {
                LOG.debugf("a redelivery of %s was recognised and dropped", event.kind());
                continue;
            }
            if (!queues.submit(event.pageId() + ":" + event.psid(), () -> handler.handle(page.get(), event))) {
                seen.forget(id);
                return false;
            }
        }
        return true;
    }
}
