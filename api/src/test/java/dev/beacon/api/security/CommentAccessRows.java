package dev.beacon.api.security;

import static dev.beacon.api.security.StaffAccessMatrixTest.person;
import static dev.beacon.api.security.StaffAccessMatrixTest.published;
import static dev.beacon.api.security.StaffAccessMatrixTest.row;

import dev.beacon.api.security.StaffAccessMatrixTest.Caller;
import dev.beacon.api.security.StaffAccessMatrixTest.Endpoint;
import dev.beacon.api.security.StaffAccessMatrixTest.Fixture;
import java.util.List;
import java.util.Map;

/**
 * Comments and notifications in the access matrix: editors set commenting (anyone with a role reads it), moderators
 * moderate, people comment, report and read their notifications through a channel. The channel adapters' feed
 * ({@code GET …/notifications}) is for channel clients only; NotificationResourceTest covers what each channel sees.
 */
final class CommentAccessRows {

    private static final String PEOPLE = "/api/v1/sites/{site}";
    private static final String MANAGE = "/api/v1/manage/sites/{site}";

    static final List<Endpoint> ROWS = List.of(
            row("GET", MANAGE + "/content/{id}/commenting", null, 200, 200, 200, 200),
            row("PUT", MANAGE + "/content/{id}/commenting", f -> "{\"state\":\"closed\"}", 200, 403, 200, 200),
            row("GET", MANAGE + "/comments", null, 403, 200, 200, 200),
            published(row("GET", MANAGE + "/comments/{commentId}", null, 403, 200, 200, 200))
                    .given(CommentAccessRows::comment),
            published(row("GET", MANAGE + "/comments/{commentId}/history", null, 403, 200, 200, 200))
                    .given(CommentAccessRows::comment),
            published(row("POST", MANAGE + "/comments/{commentId}/approve", null, 403, 200, 200, 200))
                    .given(CommentAccessRows::comment),
            published(row("POST", MANAGE + "/comments/{commentId}/hide", null, 403, 200, 200, 200))
                    .given(CommentAccessRows::comment),
            published(row("POST", MANAGE + "/comments/{commentId}/delete", null, 403, 200, 200, 200))
                    .given(CommentAccessRows::comment),
            published(row(
                            "POST",
                            MANAGE + "/comments/{commentId}/replies",
                            f -> "{\"text\":\"Thanks!\"}",
                            403,
                            201,
                            201,
                            201))
                    .given(CommentAccessRows::comment),
            published(person("POST", PEOPLE + "/content/{id}/comments", f -> "{\"text\":\"Hello\"}", 201)),
            published(person("POST", PEOPLE + "/comments/{commentId}/reports", f -> "{\"reason\":\"spam\"}", 201))
                    .given(CommentAccessRows::comment),
            person("GET", PEOPLE + "/me/notifications", null, 200),
            person("POST", PEOPLE + "/me/notifications/read", f -> "{\"upTo\":0}", 200),
            // The adapters' feed: only a channel client, for its own channel's people; naming a person changes nothing.
            row("GET", PEOPLE + "/notifications", null, 403, 403, 403, 403)
                    .with(StaffAccessMatrixTest.Caller.PROFILE, 200)
                    .with(StaffAccessMatrixTest.Caller.CHANNEL_CLIENT, 200));

    private CommentAccessRows() {}

    /** A comment by the fixture's person on the fixture's (published) article. */
    private static Map<String, String> comment(Fixture f) {
        long id = StaffAccessMatrixTest.createdId(
                StaffAccessMatrixTest.as(Caller.CHANNEL_CLIENT)
                        .header("Beacon-Subject", f.subject())
                        .body("{\"text\":\"A comment for the matrix\"}"),
                PEOPLE.replace("{site}", f.site()) + "/content/" + f.item() + "/comments");
        return Map.of("commentId", Long.toString(id));
    }
}
