package dev.beacon.api.webhooks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.beacon.api.events.EventLog;
import dev.beacon.api.events.EventResponses.EventResponse;
import dev.beacon.api.shared.config.BeaconConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.hibernate.query.NativeQuery;

/**
 * Sends due deliveries, one at a time per webhook and in order. A worker claims a delivery with
 * {@code FOR UPDATE SKIP LOCKED} and a lease, commits, sends, then records the outcome: two replicas never send the same
 * attempt, no transaction stays open during a send, and a worker that dies mid-attempt leaves a lease that expires, after
 * which another worker marks that attempt interrupted and sends again (at least once). A delivery is eligible only when no
 * older delivery of its webhook is still pending, so a webhook receives its events in the order of the feed.
 */
@ApplicationScoped
public class WebhookSender {

    /** A claimed attempt. {@code attempt} also fences the outcome: a late worker whose lease was taken over records nothing. */
    public record Claim(
            long delivery, long webhook, long eventSeq, int attempt, long attemptId, String url, String secret) {}

    public record Outcome(boolean succeeded, Integer status, int latencyMs, String error) {}

    @Inject
    EntityManager em;

    @Inject
    EventLog log;

    @Inject
    ObjectMapper json;

    @Inject
    UrlGuard guard;

    @Inject
    BeaconConfig config;

    @Inject
    Clock clock;

    private volatile HttpClient http;

    /** Sends what is due, at most {@code max} attempts; returns how many were made. */
    public int drain(int max) {
        int sent = 0;
        while (sent < max) {
            Claim claim = claim();
            if (claim == null) {
                break;
            }
            record(claim, send(claim));
            sent++;
        }
        return sent;
    }

    @Transactional
    public Claim claim() {
        Instant now = clock.instant();
        Duration lease = config.webhooks().timeout().plusSeconds(20);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                UPDATE webhook_delivery d SET lease_until = :lease, attempts = d.attempts + 1
                WHERE d.id = (
                    SELECT d2.id FROM webhook_delivery d2 JOIN webhook w ON w.id = d2.webhook_id
                    WHERE d2.status = 'pending' AND w.enabled AND d2.next_attempt_at <= :now
                      AND (d2.lease_until IS NULL OR d2.lease_until < :now)
                      AND NOT EXISTS (SELECT 1 FROM webhook_delivery o
                                      WHERE o.webhook_id = d2.webhook_id AND o.status = 'pending' AND o.id < d2.id)
                    ORDER BY d2.next_attempt_at, d2.id LIMIT 1
                    FOR UPDATE OF d2 SKIP LOCKED)
                RETURNING d.id, d.webhook_id, d.event_seq, d.attempts""")
                .setParameter("lease", Timestamp.from(now.plus(lease)))
                .setParameter("now", Timestamp.from(now))
                .getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        Object[] r = rows.get(0);
        long delivery = ((Number) r[0]).longValue();
        int attempt = ((Number) r[3]).intValue();
        em.createNativeQuery("""
                UPDATE webhook_attempt SET outcome = 'interrupted', error = 'the sender stopped before an answer came'
                WHERE delivery_id = :d AND outcome = 'sending'""").setParameter("d", delivery).executeUpdate();
        long attemptId = ((Number) em.createNativeQuery("""
                INSERT INTO webhook_attempt (delivery_id, attempt, started_at, outcome)
                VALUES (:d, :a, :now, 'sending') RETURNING id""")
                        .setParameter("d", delivery)
                        .setParameter("a", attempt)
                        .setParameter("now", Timestamp.from(now))
                        .getSingleResult())
                .longValue();
        Object[] hook = (Object[]) em.createNativeQuery("SELECT url, secret FROM webhook WHERE id = :id")
                .setParameter("id", ((Number) r[1]).longValue())
                .getSingleResult();
        return new Claim(
                delivery,
                ((Number) r[1]).longValue(),
                ((Number) r[2]).longValue(),
                attempt,
                attemptId,
                (String) hook[0],
                (String) hook[1]);
    }

    /** One attempt, outside any transaction. */
    Outcome send(Claim claim) {
        EventLog.Stored event = log.one(claim.eventSeq());
        byte[] body;
        try {
            body = json.writeValueAsBytes(EventResponse.of(event));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An event is ids and times only", e);
        }
        URI uri;
        try {
            uri = UrlGuard.parse(claim.url());
            guard.checkSend(uri);
        } catch (UrlGuard.Refused e) {
            return new Outcome(false, null, 0, "not sent: the URL " + e.getMessage());
        }
        String id = event.id().toString();
        long timestamp = clock.instant().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(config.webhooks().timeout())
                .header("content-type", "application/cloudevents+json; charset=utf-8")
                .header("user-agent", "Beacon-Webhooks/1")
                .header("webhook-id", id)
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", WebhookSignature.sign(claim.secret(), id, timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        long started = System.nanoTime();
        try {
            HttpResponse<Void> response = client().send(request, HttpResponse.BodyHandlers.discarding());
            int latency = (int) Duration.ofNanos(System.nanoTime() - started).toMillis();
            int status = response.statusCode();
            boolean ok = status >= 200 && status < 300;
            return new Outcome(ok, status, latency, ok ? null : "HTTP " + status);
        } catch (HttpTimeoutException e) {
            return failure(
                    started, "no answer within " + config.webhooks().timeout().toSeconds() + " s");
        } catch (ConnectException e) {
            return failure(started, "connection refused");
        } catch (IOException e) {
            return failure(started, "network error" + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failure(started, "the sender was stopped");
        }
    }

    /** Records an attempt's outcome and schedules the next attempt, gives up, or disables the webhook. */
    @Transactional
    public void record(Claim claim, Outcome outcome) {
        Instant now = clock.instant();
        em.createNativeQuery("""
                UPDATE webhook_attempt SET outcome = :outcome, response_code = :code, latency_ms = :latency, error = :error
                WHERE id = :id AND outcome = 'sending'""")
                .unwrap(NativeQuery.class)
                .setParameter("outcome", outcome.succeeded() ? "succeeded" : "failed")
                .setParameter("code", outcome.status(), Integer.class)
                .setParameter("latency", outcome.latencyMs())
                .setParameter("error", outcome.error(), String.class)
                .setParameter("id", claim.attemptId())
                .executeUpdate();
        List<Duration> schedule = config.webhooks().retrySchedule();
        String status;
        Instant next = null;
        if (outcome.succeeded()) {
            status = "delivered";
        } else if (claim.attempt() > schedule.size()) {
            status = "failed";
        } else {
            status = "pending";
            next = now.plus(schedule.get(claim.attempt() - 1));
        }
        int updated = em.createNativeQuery("""
                UPDATE webhook_delivery SET status = :status, lease_until = NULL,
                    next_attempt_at = CASE WHEN :status = 'pending' THEN :next ELSE next_attempt_at END,
                    finished_at = CASE WHEN :status = 'pending' THEN NULL ELSE CAST(:now AS timestamptz) END
                WHERE id = :id AND attempts = :attempt AND status = 'pending'""")
                .setParameter("status", status)
                .setParameter("next", Timestamp.from(next == null ? now : next))
                .setParameter("now", Timestamp.from(now))
                .setParameter("id", claim.delivery())
                .setParameter("attempt", claim.attempt())
                .executeUpdate();
        if (updated == 1 && status.equals("failed")) {
            Duration over = schedule.stream().reduce(Duration.ZERO, Duration::plus);
            em.createNativeQuery("""
                    UPDATE webhook SET enabled = false, disabled_at = :now, disabled_reason = :reason,
                        updated_at = :now, version = version + 1
                    WHERE id = :id AND enabled""")
                    .setParameter("now", Timestamp.from(now))
                    .setParameter(
                            "reason",
                            "Disabled after " + claim.attempt() + " failed attempts over " + readable(over)
                                    + " to deliver one event (delivery " + claim.delivery() + "); last: "
                                    + outcome.error() + ". Fix the receiver, then enable the webhook again.")
                    .setParameter("id", claim.webhook())
                    .executeUpdate();
        }
    }

    private static Outcome failure(long started, String error) {
        return new Outcome(
                false, null, (int) Duration.ofNanos(System.nanoTime() - started).toMillis(), error);
    }

    private static String readable(Duration d) {
        return d.toHours() > 0 ? d.toHours() + " h " + d.toMinutesPart() + " min" : d.toSeconds() + " s";
    }

    private HttpClient client() {
        HttpClient current = http;
        if (current == null) {
            current = HttpClient.newBuilder()
                    .connectTimeout(config.webhooks().timeout())
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build();
            http = current;
        }
        return current;
    }
}
