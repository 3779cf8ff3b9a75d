package dev.beacon.channel.kit.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A chat person's comment on a new article of the demo site, replied to by the demo's moderator, through the real
 * api: what makes the api write a {@code notification.created} for that person.
 */
public final class Replies {

    /** What was commented on and replied. */
    public record Replied(long itemId, String title, long commentId, String reply) {}

    private static final Pattern ID = Pattern.compile("^\\{\"id\":(\\d+)");
    private static final ObjectMapper JSON = new ObjectMapper();

    private Replies() {}

    /**
     * The person {@code subject} (e.g. {@code messenger:123}), acting through channel client {@code client}, chooses
     * the alias {@code alias} and comments on a new article; the moderator {@code mo} answers with {@code reply}.
     */
    public static Replied to(String client, String subject, String alias, String reply) {
        ApiUnderTest api = ApiUnderTest.shared();
        String title = "Talk " + UUID.randomUUID().toString().substring(0, 6);
        long item = CommunityFixtures.article(title);
        String token = api.channelToken(client);
        api.send("PUT", "/api/v1/sites/demo/me", token, subject, "{\"alias\":\"" + alias + "\"}", 200);
        String comment = api.send(
                "POST",
                "/api/v1/sites/demo/content/" + item + "/comments",
                token,
                subject,
                "{\"text\":\"What do the others think?\"}",
                201);
        Matcher m = ID.matcher(comment);
        if (!m.find()) {
            throw new IllegalStateException("No id in " + comment);
        }
        long commentId = Long.parseLong(m.group(1));
        api.send(
                "POST",
                "/api/v1/manage/sites/demo/comments/" + commentId + "/replies",
                api.staffToken("mo"),
                "{\"text\":\"" + reply + "\"}",
                201);
        return new Replied(item, title, commentId, reply);
    }

    /** The id of the newest notification of the person {@code subject}, read as the person through {@code client}. */
    public static long newestNotification(String client, String subject) {
        ApiUnderTest api = ApiUnderTest.shared();
        String page =
                api.send("GET", "/api/v1/sites/demo/me/notifications", api.channelToken(client), subject, null, 200);
        try {
            long id = JSON.readTree(page).path("items").path(0).path("id").asLong();
            if (id <= 0) {
                throw new IllegalStateException("No notification in " + page);
            }
            return id;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The api's {@code notification.created} event (JSON) for the notification, as its event feed has it. */
    public static String event(long notificationId) {
        ApiUnderTest api = ApiUnderTest.shared();
        String token = api.staffToken("ada");
        String after = "";
        try {
            for (int pages = 0; pages < 200; pages++) {
                JsonNode feed = JSON.readTree(api.send(
                        "GET",
                        "/api/v1/manage/sites/demo/events?type=notification.created&limit=500" + after,
                        token,
                        null,
                        200));
                for (JsonNode event : feed.path("items")) {
                    if (event.path("data").path("notificationId").asLong() == notificationId) {
                        return event.toString();
                    }
                }
                if (feed.path("items").isEmpty()) {
                    break;
                }
                after = "&after=" + feed.path("next").asText();
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        throw new AssertionError("no notification.created event for notification " + notificationId);
    }
}
