package dev.beacon.api.events;

import static dev.beacon.api.testing.Staff.staff;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reading a site's event feed through the API, as an integration would. */
final class EventFeeds {

    private EventFeeds() {}

    /** Every event of the site so far (following the cursor page by page). */
    static List<Map<String, Object>> all(String site) {
        List<Map<String, Object>> events = new ArrayList<>();
        String after = "";
        while (true) {
            JsonPath page = staff().queryParam("after", after)
                    .queryParam("limit", 100)
                    .get("/api/v1/manage/sites/{site}/events", site)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            List<Map<String, Object>> items = page.getList("items");
            if (items.isEmpty()) {
                return events;
            }
            events.addAll(items);
            after = page.getString("next");
        }
    }

    /** The site's events once there are at least {@code count} (an event shows when older transactions have ended). */
    static List<Map<String, Object>> atLeast(String site, int count) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        List<Map<String, Object>> events = all(site);
        while (events.size() < count && Instant.now().isBefore(deadline)) {
            sleep(100);
            events = all(site);
        }
        return events;
    }

    static List<String> types(List<Map<String, Object>> events) {
        return events.stream().map(e -> (String) e.get("type")).toList();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> data(Map<String, Object> event) {
        return (Map<String, Object>) event.get("data");
    }

    /** The last event of a type. */
    static Map<String, Object> last(List<Map<String, Object>> events, String type) {
        return events.stream()
                .filter(e -> type.equals(e.get("type")))
                .reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("no " + type + " in " + types(events)));
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
