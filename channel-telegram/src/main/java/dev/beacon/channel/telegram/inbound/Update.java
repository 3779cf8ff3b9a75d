package dev.beacon.channel.telegram.inbound;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What the adapter reads of a Telegram {@code Update}: its id, and the message or callback query in it
 * ({@code messageId}: the message whose button was tapped, 0 otherwise). Anything else (edited messages, channel
 * posts, inline queries, polls…) is {@link Kind#IGNORED}.
 */
public record Update(
        long updateId,
        Kind kind,
        long chatId,
        long fromId,
        String text,
        String data,
        String queryId,
        String language,
        long messageId) {

    public enum Kind {
        MESSAGE,
        CALLBACK_QUERY,
        IGNORED
    }

    public static Update parse(JsonNode u) {
        long id = u.path("update_id").asLong(-1);
        if (id < 0) {
            throw new IllegalArgumentException("update_id is missing");
        }
        JsonNode message = u.path("message");
        if (message.isObject()
                && message.path("chat").path("type").asText("private").equals("private")) {
            JsonNode from = message.path("from");
            return new Update(
                    id,
                    Kind.MESSAGE,
                    message.path("chat").path("id").asLong(),
                    from.path("id").asLong(),
                    message.path("text").isTextual() ? message.path("text").asText() : null,
                    null,
                    null,
                    from.path("language_code").asText(null),
                    0);
        }
        JsonNode query = u.path("callback_query");
        if (query.isObject()) {
            JsonNode from = query.path("from");
            return new Update(
                    id,
                    Kind.CALLBACK_QUERY,
                    query.path("message")
                            .path("chat")
                            .path("id")
                            .asLong(from.path("id").asLong()),
                    from.path("id").asLong(),
                    null,
                    query.path("data").asText(""),
                    query.path("id").asText(""),
                    from.path("language_code").asText(null),
                    query.path("message").path("message_id").asLong(0));
        }
        return new Update(id, Kind.IGNORED, 0, 0, null, null, null, null, 0);
    }

    /** The person's identity: {@code telegram:<user id>}. */
    public String identity() {
        return "telegram:" + fromId;
    }
}
