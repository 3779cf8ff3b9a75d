package dev.beacon.channel.whatsapp.inbound;

import dev.beacon.channel.kit.chat.Intake;
import dev.beacon.channel.kit.chat.SeenIds;
import dev.beacon.channel.kit.chat.SiteAccounts;
import dev.beacon.channel.whatsapp.config.PhoneNumber;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Takes a webhook's messages and statuses: drops what is for a number this deployment does not serve, takes each
 * message once by its {@code wamid} and each status once by wamid + status, across replicas, and queues it behind
 * the person's earlier events (channel-kit's {@link Intake}).
 */
@ApplicationScoped
public class EventIntake {

    private static final Logger LOG = Logger.getLogger(EventIntake.class);

    @Inject
    SiteAccounts<PhoneNumber> numbers;

    @Inject
    Intake intake;

    @Inject
    SeenIds seen;

    @Inject
    EventHandler handler;

    @Inject
    DeliveryStatuses statuses;

    @Inject
    PersonTag tags;

    /** False when there is no room now: the webhook answers 503 and WhatsApp delivers again. */
    public boolean take(CloudEnvelope.Batch batch) {
        if (!intake.hasRoomFor(batch.messages().size())) {
            return false;
        }
        for (WaStatus status : batch.statuses()) {
            if (known(status.numberId()).isPresent()
                    && status.wamid() != null
                    && seen.firstSighting(status.deliveryId())) {
                statuses.record(status);
            }
        }
        for (WaMessage message : batch.messages()) {
            Optional<PhoneNumber> number = known(message.numberId());
            if (number.isEmpty() || message.waId() == null || message.wamid() == null) {
                continue;
            }
            Intake.Taken taken = intake.take(
                    "wamid:" + message.wamid(),
                    message.numberId() + ":" + message.waId(),
                    () -> handler.handle(number.get(), message));
            if (taken == Intake.Taken.SEEN) {
                LOG.debugf("a redelivery of a %s from %s was dropped", message.kind(), tags.of(message.waId()));
            } else if (taken == Intake.Taken.FULL) {
                return false;
            }
        }
        return true;
    }

    private Optional<PhoneNumber> known(String numberId) {
        Optional<PhoneNumber> number = numbers.byId(numberId);
        if (number.isEmpty()) {
            LOG.warnf(
                    "An event for phone number %s, which BEACON_WHATSAPP_NUMBERS does not name, was dropped", numberId);
        }
        return number;
    }
}
