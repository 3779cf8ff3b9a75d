package dev.beacon.api.webhooks;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/** Runs fan-out and sending on every replica; the database keeps replicas from doing the same work twice. */
@ApplicationScoped
public class WebhookWorker {

    private static final Logger LOG = Logger.getLogger(WebhookWorker.class);

    @Inject
    WebhookDispatcher dispatcher;

    @Inject
    WebhookSender sender;

    @Scheduled(
            every = "${beacon.webhooks.every:1s}",
            delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void run() {
        try {
            dispatcher.fanOut();
            sender.drain(100);
        } catch (RuntimeException e) {
            LOG.warn("Webhook delivery run failed; it is retried on the next run", e);
        }
    }
}
