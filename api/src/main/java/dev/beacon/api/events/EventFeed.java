package dev.beacon.api.events;

import dev.beacon.api.events.EventResponses.Change;
import dev.beacon.api.events.EventResponses.ChangeListResponse;
import dev.beacon.api.events.EventResponses.ChangeResponse;
import dev.beacon.api.events.EventResponses.EventListResponse;
import dev.beacon.api.events.EventResponses.EventResponse;
import dev.beacon.api.shared.error.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The two feeds over the outbox: every event of a site (for staff and integrations), and content changes (public). */
@ApplicationScoped
public class EventFeed {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;
    public static final int MAX_WAIT_SECONDS = 30;
    /** How often a waiting request looks again; waiting holds no connection. */
    private static final Duration POLL = Duration.ofMillis(200);

    private static final Set<String> CONTENT_TYPES = Arrays.stream(EventType.values())
            .filter(EventType::isContent)
            .map(EventType::value)
            .collect(Collectors.toSet());

    @Inject
    EventLog log;

    /**
     * Events after {@code after}; when there are none and {@code waitSeconds} is positive, waits up to that long for
     * the first to arrive (long polling).
     */
    public EventListResponse events(long siteId, Cursor after, List<String> types, int limit, int waitSeconds) {
        for (String type : types) {
            if (EventType.of(type).isEmpty()) {
                throw ProblemException.invalid("type", "'" + type + "' is not an event type");
            }
        }
        Instant deadline = Instant.now().plusSeconds(waitSeconds);
        List<EventLog.Stored> found = log.after(siteId, after, types, limit);
        while (found.isEmpty() && Instant.now().isBefore(deadline)) {
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            found = log.after(siteId, after, types, limit);
        }
        String next = found.isEmpty()
                ? after.toString()
                : found.get(found.size() - 1).cursor().toString();
        return new EventListResponse(found.stream().map(EventResponse::of).toList(), next);
    }

    /**
     * Published content that changed since {@code since}: one entry per item and locale (its latest change in this
     * page), in the order of those latest changes.
     */
    public ChangeListResponse changes(long siteId, Cursor since, int limit) {
        List<EventLog.Stored> found = log.after(siteId, since, CONTENT_TYPES, limit);
        Map<String, ChangeResponse> latest = new LinkedHashMap<>();
        for (EventLog.Stored e : found) {
            long item = ((Number) e.data().get("itemId")).longValue();
            String locale = (String) e.data().get("locale");
            String key = item + "/" + locale;
            latest.remove(key);
            latest.put(key, new ChangeResponse(item, locale, change(e), e.time()));
        }
        String next = found.isEmpty()
                ? since.toString()
                : found.get(found.size() - 1).cursor().toString();
        return new ChangeListResponse(List.copyOf(latest.values()), next);
    }

    /** A publication that goes live later takes the item out of delivery until {@code content.live}. */
    private static Change change(EventLog.Stored e) {
        return switch (EventType.of(e.type()).orElseThrow()) {
            case CONTENT_LIVE -> Change.published;
            case CONTENT_PUBLISHED -> {
                String from = (String) e.data().get("liveFrom");
                yield from != null && Instant.parse(from).isAfter(e.time()) ? Change.removed : Change.published;
            }
            default -> Change.removed;
        };
    }
}
