package dev.beacon.api.security;

import static dev.beacon.api.security.StaffAccessMatrixTest.person;
import static dev.beacon.api.security.StaffAccessMatrixTest.row;

import dev.beacon.api.security.StaffAccessMatrixTest.Caller;
import dev.beacon.api.security.StaffAccessMatrixTest.Endpoint;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Tips in the access matrix: moderators moderate, editors make articles, people send and mark through a channel. */
final class TipsAccessRows {

    private static final String SITE = "demo";
    private static final String PEOPLE = "/api/v1/sites/{site}";
    private static final String TIPS = "/api/v1/manage/sites/{site}/tips";
    private static volatile Long section;

    private TipsAccessRows() {}

    static final List<Endpoint> ROWS = List.of(
            person("POST", PEOPLE + "/tips", f -> "{\"text\":\"Matrix tip\"}", 201),
            person("POST", PEOPLE + "/tips/{tipId}/helpful", null, 201).given(f -> Map.of("tipId", tip(true))),
            person("GET", PEOPLE + "/me/tips", null, 200),
            row("GET", TIPS, null, 200, 200, 200, 200),
            row("POST", TIPS + "/{tipId}/publish", null, 403, 200, 200, 200).given(f -> Map.of("tipId", tip(false))),
            row("POST", TIPS + "/{tipId}/reject", null, 403, 200, 200, 200).given(f -> Map.of("tipId", tip(false))),
            row("POST", TIPS + "/{tipId}/feature", null, 403, 200, 200, 200).given(f -> Map.of("tipId", tip(true))),
            row("POST", TIPS + "/{tipId}/unfeature", null, 403, 200, 200, 200).given(f -> Map.of("tipId", tip(true))),
            row("POST", TIPS + "/{tipId}/article", f -> "{\"parentId\":" + section() + "}", 201, 403, 201, 201)
                    .given(f -> Map.of("tipId", tip(false))));

    /** A fresh tip on demo from a fresh messenger person, published by the platform admin if asked. */
    static String tip(boolean published) {
        long id = StaffAccessMatrixTest.createdId(
                StaffAccessMatrixTest.as(Caller.CHANNEL_CLIENT)
                        .header("Beacon-Subject", "messenger:" + UUID.randomUUID())
                        .body("{\"text\":\"Matrix tip\"}"),
                "/api/v1/sites/" + SITE + "/tips");
        if (published) {
            StaffAccessMatrixTest.as(Caller.PLATFORM_ADMIN)
                    .post("/api/v1/manage/sites/" + SITE + "/tips/" + id + "/publish")
                    .then()
                    .statusCode(200);
        }
        return Long.toString(id);
    }

    /** One draft section on demo for the articles the matrix makes (drafts never show in the demo's delivery). */
    static long section() {
        if (section == null) {
            section = StaffAccessMatrixTest.createdId(
                    StaffAccessMatrixTest.as(Caller.PLATFORM_ADMIN)
                            .body(
                                    "{\"type\":\"section\",\"translation\":{\"locale\":\"en\",\"content\":{\"title\":\"Matrix section\",\"slug\":\"m-"
                                            + UUID.randomUUID().toString().substring(0, 8) + "\"}}}"),
                    "/api/v1/manage/sites/" + SITE + "/content");
        }
        return section;
    }
}
