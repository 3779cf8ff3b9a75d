package dev.beacon.api.webhooks;

import dev.beacon.api.events.EventType;
import dev.beacon.api.shared.error.ProblemException;
import dev.beacon.api.shared.http.Versions;
import dev.beacon.api.shared.paging.PageRequest;
import dev.beacon.api.shared.paging.PageResponse;
import dev.beacon.api.sites.SiteDirectory;
import dev.beacon.api.webhooks.WebhookRequests.WebhookCreateRequest;
import dev.beacon.api.webhooks.WebhookRequests.WebhookUpdateRequest;
import dev.beacon.api.webhooks.WebhookResponses.AttemptResponse;
import dev.beacon.api.webhooks.WebhookResponses.DeliveryResponse;
import dev.beacon.api.webhooks.WebhookResponses.WebhookResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.net.URI;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Site admins' webhooks: registration, changes, the delivery log and manual redelivery. */
@ApplicationScoped
public class WebhookService {

    private static final String COLUMNS =
            "id, url, event_types, enabled, disabled_reason, disabled_at, created_at, updated_at, version";

    @Inject
    EntityManager em;

    @Inject
    SiteDirectory sites;

    @Inject
    UrlGuard guard;

    @Inject
    Clock clock;

    @Transactional
    public WebhookResponse create(String siteSlug, WebhookCreateRequest request) {
        long siteId = sites.require(siteSlug).id();
        URI url = checkedUrl(request.url());
        String[] types = checkedTypes(request.eventTypes());
        String secret = request.secret() == null ? WebhookSignature.newSecret() : request.secret();
        if (!WebhookSignature.isValidSecret(secret)) {
            throw ProblemException.invalid("secret", "must be whsec_ followed by 24 to 64 bytes in base64");
        }
        Timestamp now = Timestamp.from(clock.instant());
        // Events from this transaction on: the registering transaction's id is where fan-out starts.
        long id = ((Number) em.createNativeQuery("""
                INSERT INTO webhook (site_id, url, event_types, secret, cursor_xid, created_at, updated_at)
                VALUES (:site, :url, CAST(:types AS text[]), :secret, pg_current_xact_id(), :now, :now) RETURNING id""")
                        .setParameter("site", siteId)
                        .setParameter("url", url.toString())
                        .setParameter("types", textArray(types))
                        .setParameter("secret", secret)
                        .setParameter("now", now)
                        .getSingleResult())
                .longValue();
        WebhookResponse saved = find(siteId, id);
        return new WebhookResponse(
                saved.id(),
                saved.url(),
                saved.eventTypes(),
                saved.enabled(),
                saved.disabledReason(),
                saved.disabledAt(),
                secret,
                saved.createdAt(),
                saved.updatedAt(),
                saved.version());
    }

    @Transactional(TxType.SUPPORTS)
    public List<WebhookResponse> list(String siteSlug) {
        long siteId = sites.require(siteSlug).id();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT " + COLUMNS + " FROM webhook WHERE site_id = :site ORDER BY id")
                .setParameter("site", siteId)
                .getResultList();
        return rows.stream().map(WebhookService::response).toList();
    }

    @Transactional(TxType.SUPPORTS)
    public WebhookResponse get(String siteSlug, long id) {
        return find(sites.require(siteSlug).id(), id);
    }

    @Transactional
    public WebhookResponse update(String siteSlug, long id, WebhookUpdateRequest request, Long expectedVersion) {
        long siteId = sites.require(siteSlug).id();
        WebhookResponse current = find(siteId, id);
        Versions.check(expectedVersion, current.version());
        URI url = checkedUrl(request.url());
        String[] types = checkedTypes(request.eventTypes());
        boolean enable = request.enabled() == null ? current.enabled() : request.enabled();
        em.createNativeQuery("""
                UPDATE webhook SET url = :url, event_types = CAST(:types AS text[]), updated_at = :now, version = version + 1,
                    enabled = :enabled,
                    disabled_reason = CASE WHEN :enabled THEN NULL WHEN enabled THEN 'Disabled by a site admin' ELSE disabled_reason END,
                    disabled_at = CASE WHEN :enabled THEN NULL WHEN enabled THEN :now ELSE disabled_at END
                WHERE id = :id""")
                .setParameter("url", url.toString())
                .setParameter("types", textArray(types))
                .setParameter("now", Timestamp.from(clock.instant()))
                .setParameter("enabled", enable)
                .setParameter("id", id)
                .executeUpdate();
        return find(siteId, id);
    }

    @Transactional
    public void delete(String siteSlug, long id) {
        long siteId = sites.require(siteSlug).id();
        find(siteId, id);
        em.createNativeQuery("DELETE FROM webhook WHERE id = :id")
                .setParameter("id", id)
                .executeUpdate();
    }

    /** The delivery log, newest first, each delivery with its attempts. */
    @Transactional(TxType.SUPPORTS)
    public PageResponse<DeliveryResponse> deliveries(String siteSlug, long id, PageRequest page) {
        long siteId = sites.require(siteSlug).id();
        find(siteId, id);
        long total = ((Number) em.createNativeQuery("SELECT count(*) FROM webhook_delivery WHERE webhook_id = :id")
                        .setParameter("id", id)
                        .getSingleResult())
                .longValue();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT d.id, e.id::text, e.type, d.status, d.attempts, d.next_attempt_at, d.created_at, d.finished_at
                FROM webhook_delivery d JOIN event e ON e.seq = d.event_seq
                WHERE d.webhook_id = :id ORDER BY d.id DESC LIMIT :limit OFFSET :offset""")
                .setParameter("id", id)
                .setParameter("limit", page.size())
                .setParameter("offset", (long) (page.page() - 1) * page.size())
                .getResultList();
        Map<Long, List<AttemptResponse>> attempts =
                attempts(rows.stream().map(r -> ((Number) r[0]).longValue()).toList());
        List<DeliveryResponse> items = rows.stream()
                .map(r -> {
                    long delivery = ((Number) r[0]).longValue();
                    boolean pending = "pending".equals(r[3]);
                    return new DeliveryResponse(
                            delivery,
                            (String) r[1],
                            (String) r[2],
                            (String) r[3],
                            ((Number) r[4]).intValue(),
                            pending ? instant(r[5]) : null,
                            instant(r[6]),
                            instant(r[7]),
                            attempts.getOrDefault(delivery, List.of()));
                })
                .toList();
        return PageResponse.of(items, page, total);
    }

    /** Sends an event again: a new delivery at the end of the webhook's queue, with the event's own webhook-id. */
    @Transactional
    public DeliveryResponse redeliver(String siteSlug, long id, long deliveryId) {
        long siteId = sites.require(siteSlug).id();
        find(siteId, id);
        Timestamp now = Timestamp.from(clock.instant());
        @SuppressWarnings("unchecked")
        List<Object> created = em.createNativeQuery("""
                INSERT INTO webhook_delivery (webhook_id, event_seq, status, next_attempt_at, created_at)
                SELECT webhook_id, event_seq, 'pending', CAST(:now AS timestamptz), CAST(:now AS timestamptz)
                FROM webhook_delivery WHERE id = :delivery AND webhook_id = :id
                RETURNING id""")
                .setParameter("now", now)
                .setParameter("delivery", deliveryId)
                .setParameter("id", id)
                .getResultList();
        if (created.isEmpty()) {
            throw ProblemException.notFound("Delivery", deliveryId);
        }
        long newId = ((Number) created.get(0)).longValue();
        return deliveries(siteSlug, id, PageRequest.of(1, 1)).items().stream()
                .filter(d -> d.id() == newId)
                .findFirst()
                .orElseThrow();
    }

    private Map<Long, List<AttemptResponse>> attempts(List<Long> deliveries) {
        Map<Long, List<AttemptResponse>> byDelivery = new HashMap<>();
        if (deliveries.isEmpty()) {
            return byDelivery;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows =
                em.createNativeQuery("""
                SELECT delivery_id, attempt, started_at, outcome, response_code, latency_ms, error
                FROM webhook_attempt WHERE delivery_id IN (:ids) ORDER BY delivery_id, attempt""").setParameter("ids", deliveries).getResultList();
        for (Object[] r : rows) {
            byDelivery
                    .computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>())
                    .add(new AttemptResponse(
                            ((Number) r[1]).intValue(),
                            instant(r[2]),
                            (String) r[3],
                            r[4] == null ? null : ((Number) r[4]).intValue(),
                            r[5] == null ? null : ((Number) r[5]).intValue(),
                            (String) r[6]));
        }
        return byDelivery;
    }

    private WebhookResponse find(long siteId, long id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT " + COLUMNS + " FROM webhook WHERE site_id = :site AND id = :id")
                .setParameter("site", siteId)
                .setParameter("id", id)
                .getResultList();
        if (rows.isEmpty()) {
            throw ProblemException.notFound("Webhook", id);
        }
        return response(rows.get(0));
    }

    private URI checkedUrl(String url) {
        try {
            URI uri = UrlGuard.parse(url);
            guard.checkRegistration(uri);
            return uri;
        } catch (UrlGuard.Refused e) {
            throw ProblemException.invalid("url", e.getMessage());
        }
    }

    private static String[] checkedTypes(List<String> types) {
        if (types == null) {
            return new String[0];
        }
        for (int i = 0; i < types.size(); i++) {
            if (EventType.of(types.get(i)).isEmpty()) {
                throw ProblemException.invalid("eventTypes[" + i + "]", "'" + types.get(i) + "' is not an event type");
            }
        }
        return types.stream().distinct().sorted().toArray(String[]::new);
    }

    /** A PostgreSQL array literal of event type names (checked names: no quoting needed). */
    private static String textArray(String[] values) {
        return "{" + String.join(",", values) + "}";
    }

    private static WebhookResponse response(Object[] r) {
        return new WebhookResponse(
                ((Number) r[0]).longValue(),
                (String) r[1],
                types(r[2]),
                (Boolean) r[3],
                (String) r[4],
                instant(r[5]),
                null,
                instant(r[6]),
                instant(r[7]),
                ((Number) r[8]).longValue());
    }

    private static List<String> types(Object value) {
        if (value instanceof String[] array) {
            return Arrays.asList(array);
        }
        if (value instanceof Object[] array) {
            return Arrays.stream(array).map(String::valueOf).toList();
        }
        if (value instanceof java.sql.Array array) {
            try {
                return Arrays.asList((String[]) array.getArray());
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        return List.of();
    }

    static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        throw new IllegalStateException("not a time: " + value.getClass().getSimpleName());
    }
}
