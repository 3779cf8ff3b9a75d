package dev.beacon.channel.whatsapp.inbound;

import dev.beacon.channel.kit.chat.PersonQueues;
import dev.beacon.channel.kit.chat.SiteAccounts;
import dev.beacon.channel.kit.graph.GraphAnswer;
import dev.beacon.channel.whatsapp.config.PhoneNumber;
import dev.beacon.channel.whatsapp.notify.Notifier;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Records what became of our messages: counter {@code beacon.whatsapp.statuses} per site, status and error code (0
 * when none), on {@code /q/metrics}. A {@code failed} status is logged with its code and the person's tag; one with
 * 131047 (the window had closed) is answered by the site's template when the message mattered ({@link Notifier}).
 */
@ApplicationScoped
public class DeliveryStatuses {

    private static final Logger LOG = Logger.getLogger(DeliveryStatuses.class);

    @Inject
    MeterRegistry metrics;

    @Inject
    SiteAccounts<PhoneNumber> numbers;

    @Inject
    PersonTag tags;

    @Inject
    PersonQueues queues;

    @Inject
    Notifier notifier;

    public void record(WaStatus status) {
        String site = numbers.byId(status.numberId()).map(PhoneNumber::site).orElse("unknown");
        metrics.counter(
                        "beacon.whatsapp.statuses",
                        "site",
                        site,
                        "status",
                        status.status(),
                        "error",
                        Integer.toString(status.errorCode()))
                .increment();
        if ("failed".equals(status.status())) {
            LOG.warnf(
                    "Number %s: a message to %s failed, WhatsApp error %d",
                    status.numberId(), tags.of(status.waId()), status.errorCode());
            Optional<PhoneNumber> number = numbers.byId(status.numberId());
            if (status.errorCode() == GraphAnswer.WHATSAPP_REENGAGEMENT
                    && number.isPresent()
                    && status.waId() != null) {
                // behind the person's other events, and off the webhook's thread: it may call the api and WhatsApp
                boolean queued = queues.submit(
                        status.numberId() + ":" + status.waId(),
                        () -> notifier.failedOutsideWindow(number.get(), status.waId(), status.wamid()));
                if (!queued) {
                    LOG.warnf(
                            "Number %s: too busy to answer a 131047 to %s with a template",
                            status.numberId(), tags.of(status.waId()));
                }
            }
        }
    }

    /** How many statuses of this kind were recorded (for tests and the README's figures). */
    public double count(String site, String status, int errorCode) {
        var counter = metrics.find("beacon.whatsapp.statuses")
                .tags("site", site, "status", status, "error", Integer.toString(errorCode))
                .counter();
        return counter == null ? 0 : counter.count();
    }
}
