package dev.beacon.api.security;

import static dev.beacon.api.security.StaffAccessMatrixTest.row;

import dev.beacon.api.security.StaffAccessMatrixTest.Caller;
import dev.beacon.api.security.StaffAccessMatrixTest.Endpoint;
import dev.beacon.api.security.StaffAccessMatrixTest.Fixture;
import java.util.List;
import java.util.Map;

/**
 * Events and webhooks in the access matrix: everyone with a role on the site reads its event feed (integrations'
 * service accounts with the {@code events} role too: EventFeedTest); only site admins manage webhooks.
 */
final class EventAccessRows {

    private static final String MANAGE = "/api/v1/manage/sites/{site}";
    private static final String HOOK = MANAGE + "/webhooks/{id}";

    static final List<Endpoint> ROWS = List.of(
            row("GET", MANAGE + "/events", null, 200, 200, 200, 200),
            row("POST", MANAGE + "/webhooks", f -> "{\"url\":\"http://127.0.0.1:9/hook\"}", 403, 403, 201, 201),
            row("GET", MANAGE + "/webhooks", null, 403, 403, 200, 200),
            row("GET", HOOK, null, 403, 403, 200, 200).given(EventAccessRows::webhook),
            row("PUT", HOOK, f -> "{\"url\":\"http://127.0.0.1:9/other\"}", 403, 403, 200, 200)
                    .given(EventAccessRows::webhook),
            row("DELETE", HOOK, null, 403, 403, 204, 204).given(EventAccessRows::webhook),
            row("GET", HOOK + "/deliveries", null, 403, 403, 200, 200).given(EventAccessRows::webhook),
            // No delivery by that id: the rights are checked first, then the delivery is not found.
            row("POST", HOOK + "/deliveries/{delivery}/redeliver", null, 403, 403, 404, 404)
                    .given(f -> Map.of("id", Long.toString(webhookId(f)), "delivery", "999999999")));

    private EventAccessRows() {}

    /** A webhook of the fixture's site, registered by a platform admin, and never sent to (delivery is off in tests). */
    private static Map<String, String> webhook(Fixture f) {
        return Map.of("id", Long.toString(webhookId(f)));
    }

    private static long webhookId(Fixture f) {
        return StaffAccessMatrixTest.createdId(
                StaffAccessMatrixTest.as(Caller.PLATFORM_ADMIN)
                        .body("{\"url\":\"http://127.0.0.1:9/matrix\",\"eventTypes\":[\"content.published\"]}"),
                MANAGE.replace("{site}", f.site()) + "/webhooks");
    }
}
