package dev.beacon.channel.messenger.inbound;

import dev.beacon.channel.kit.chat.Intake;
import dev.beacon.channel.messenger.config.Page;
import dev.beacon.channel.messenger.config.Pages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Takes a webhook's events: drops what needs no answer (echoes, reads, deliveries) and what is for an unknown page,
 * takes each delivery once across replicas and queues it behind the person's earlier events (channel-kit's
 * {@link Intake}).
 */
@ApplicationScoped
public class EventIntake {

    private static final Logger LOG = Logger.getLogger(EventIntake.class);

    @Inject
    Pages pages;

    @Inject
    Intake intake;

    @Inject
    EventHandler handler;

    /** False when there is no room now: the webhook answers 503 and Meta delivers again. */
    public boolean take(List<MessengerEvent> events) {
        long work = events.stream().filter(MessengerEvent::needsAnswer).count();
        if (!intake.hasRoomFor((int) work)) {
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
            Intake.Taken taken = intake.take(
                    event.pageId() + ":" + event.deliveryId(),
                    event.pageId() + ":" + event.psid(),
                    () -> handler.handle(page.get(), event));
            if (taken == Intake.Taken.SEEN) {
                LOG.debugf("a redelivery of %s was recognised and dropped", event.kind());
            } else if (taken == Intake.Taken.FULL) {
                return false;
            }
        }
        return true;
    }
}
