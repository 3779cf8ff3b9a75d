package dev.beacon.api.security;

import static dev.beacon.api.security.StaffAccessMatrixTest.person;
import static dev.beacon.api.security.StaffAccessMatrixTest.row;

import dev.beacon.api.security.StaffAccessMatrixTest.Caller;
import dev.beacon.api.security.StaffAccessMatrixTest.Endpoint;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Story competitions in the access matrix: editors define them and make articles; editors and moderators read,
 * mark and export entries; people enter through a channel.
 */
final class StoriesAccessRows {

    private static final String SITE = "demo";
    private static final String PEOPLE = "/api/v1/sites/{site}";
    private static final String COMPETITION = "/api/v1/manage/sites/{site}/competitions/{id}";
    private static final String ENTRY = "{\"title\":\"Matrix story\",\"text\":\"Once\",\"acceptTerms\":true}";

    private StoriesAccessRows() {}

    static final List<Endpoint> ROWS = List.of(
            person("POST", PEOPLE + "/competitions/{id}/entries", f -> ENTRY, 201)
                    .given(f -> Map.of("id", competition(true))),
            person("GET", PEOPLE + "/me/competitions/{id}/entries", null, 200)
                    .given(f -> Map.of("id", competition(false))),
            row("GET", COMPETITION, null, 200, 200, 200, 200).given(f -> Map.of("id", competition(false))),
            row("PUT", COMPETITION, f -> definition(), 200, 403, 200, 200).given(f -> Map.of("id", competition(false))),
            row("GET", COMPETITION + "/entries", null, 200, 200, 200, 200).given(f -> Map.of("id", competition(false))),
            row("GET", COMPETITION + "/entries.csv", null, 200, 200, 200, 200)
                    .given(f -> Map.of("id", competition(false))),
            row("POST", COMPETITION + "/entries/{entryId}/state", f -> "{\"state\":\"read\"}", 200, 200, 200, 200)
                    .given(StoriesAccessRows::entry),
            row(
                            "POST",
                            COMPETITION + "/entries/{entryId}/article",
                            f -> "{\"parentId\":" + TipsAccessRows.section() + "}",
                            201,
                            403,
                            201,
                            201)
                    .given(StoriesAccessRows::entry));

    /**
     * A competition item on demo with open rules. Published ones go live for five minutes only, so the shared demo
     * site's delivery soon looks as the demo left it.
     */
    static String competition(boolean published) {
        var admin = StaffAccessMatrixTest.as(Caller.PLATFORM_ADMIN);
        long id = StaffAccessMatrixTest.createdId(
                admin.body(
                        "{\"type\":\"competition\",\"translation\":{\"locale\":\"en\",\"content\":{\"title\":\"Matrix competition\","
                                + "\"slug\":\"c-" + UUID.randomUUID().toString().substring(0, 8) + "\"}}}"),
                "/api/v1/manage/sites/" + SITE + "/content");
        if (published) {
            StaffAccessMatrixTest.as(Caller.PLATFORM_ADMIN)
                    .body("{\"liveUntil\":\"" + Instant.now().plusSeconds(300) + "\"}")
                    .post("/api/v1/manage/sites/" + SITE + "/content/" + id + "/translations/en/publish")
                    .then()
                    .statusCode(200);
        }
        StaffAccessMatrixTest.as(Caller.PLATFORM_ADMIN)
                .body(definition())
                .put("/api/v1/manage/sites/" + SITE + "/competitions/" + id)
                .then()
                .statusCode(200);
        return Long.toString(id);
    }

    static Map<String, String> entry(StaffAccessMatrixTest.Fixture f) {
        String competition = competition(true);
        long entry = StaffAccessMatrixTest.createdId(
                StaffAccessMatrixTest.as(Caller.CHANNEL_CLIENT)
                        .header("Beacon-Subject", "messenger:" + UUID.randomUUID())
                        .body(ENTRY),
                "/api/v1/sites/" + SITE + "/competitions/" + competition + "/entries");
        return Map.of("id", competition, "entryId", Long.toString(entry));
    }

    private static String definition() {
        return "{\"opensAt\":\"" + Instant.now().minusSeconds(60) + "\",\"closesAt\":\""
                + Instant.now().plusSeconds(3600) + "\",\"terms\":{\"document\":\"story-terms\",\"version\":\"1\"}}";
    }
}
