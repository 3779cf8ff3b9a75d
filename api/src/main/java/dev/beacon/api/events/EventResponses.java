package dev.beacon.api.events;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Events as other systems receive them: CloudEvents 1.0 in JSON, and the feeds' envelopes. */
public final class EventResponses {

    private EventResponses() {}

    /** A CloudEvents 1.0 event (JSON format); {@code beaconcursor} is an extension attribute: resume after it. */
    @Schema(name = "CloudEvent")
    public record EventResponse(
            @Schema(description = "Always 1.0", examples = "1.0")
            String specversion,

            @Schema(description = "Stable id: the same event always has the same id, on every feed and webhook")
            String id,

            @Schema(description = "The site, as /sites/<slug>", examples = "/sites/demo")
            String source,

            @Schema(examples = "content.published") String type,

            @Schema(description = "What the event concerns, as <kind>/<id>", examples = "content/42")
            String subject,

            Instant time,
            @Schema(examples = "application/json") String datacontenttype,

            @Schema(description = "The ids the event concerns; never personal data beyond a profile id")
            Map<String, Object> data,

            @Schema(description = "Position in the feed; send it as after to read what follows")
            String beaconcursor) {

        public static EventResponse of(EventLog.Stored e) {
            return new EventResponse(
                    "1.0",
                    e.id().toString(),
                    "/sites/" + e.site(),
                    e.type(),
                    e.subject(),
                    e.time(),
                    "application/json",
                    e.data(),
                    e.cursor().toString());
        }
    }

    /** One page of the event feed; {@code next} is what to send as {@code after} for the page that follows. */
    @Schema(name = "EventFeed")
    public record EventListResponse(List<EventResponse> items, String next) {}

    /** A published item (in one locale) that changed: fetch it again ({@code published}) or drop it ({@code removed}). */
    @Schema(name = "ContentChange")
    public record ChangeResponse(long itemId, String locale, Change change, Instant at) {}

    @Schema(name = "ContentChangeKind")
    public enum Change {
        published,
        removed
    }

    /** One page of the change feed; {@code next} is what to send as {@code since} for the page that follows. */
    @Schema(name = "ContentChangeFeed")
    public record ChangeListResponse(List<ChangeResponse> items, String next) {}
}
