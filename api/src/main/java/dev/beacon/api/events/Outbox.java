package dev.beacon.api.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Writes an event in the transaction of the change it describes (the transactional outbox): it commits with the
 * change or not at all. Data holds ids only, never what a person wrote or who they are beyond their profile id.
 */
@ApplicationScoped
public class Outbox {

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    /**
     * Records one event. {@code subject} names what it concerns ({@code content/42}); {@code ids} come as name/value
     * pairs ({@code "itemId", 42, "locale", "en"}) and become the event's data, in that order.
     */
    @Transactional(TxType.MANDATORY)
    public UUID record(long siteId, EventType type, String subject, Object... ids) {
        if (ids.length % 2 != 0) {
            throw new IllegalArgumentException("ids come as name/value pairs");
        }
        Map<String, Object> data = new LinkedHashMap<>();
        for (int i = 0; i < ids.length; i += 2) {
            if (ids[i + 1] != null) {
                data.put((String) ids[i], ids[i + 1]);
            }
        }
        UUID id = UUID.randomUUID();
        em.createNativeQuery("""
                INSERT INTO event (id, site_id, type, subject, time, data)
                VALUES (:id, :site, :type, :subject, :time, CAST(:data AS jsonb))""")
                .setParameter("id", id)
                .setParameter("site", siteId)
                .setParameter("type", type.value())
                .setParameter("subject", subject)
                .setParameter("time", Timestamp.from(clock.instant()))
                .setParameter("data", write(data))
                .executeUpdate();
        return id;
    }

    private String write(Map<String, Object> data) {
        try {
            return json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event data is ids and times only", e);
        }
    }
}
