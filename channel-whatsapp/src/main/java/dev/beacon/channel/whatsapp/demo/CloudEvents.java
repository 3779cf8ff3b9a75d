package dev.beacon.channel.whatsapp.demo;

import static dev.beacon.channel.kit.webhook.MetaJson.quote;

/**
 * Cloud API webhook bodies as WhatsApp writes them (non-ASCII escaped as {@code \\uXXXX}): for the chat simulator,
 * the benchmark and the tests.
 */
public final class CloudEvents {

    private CloudEvents() {}

    /** {@code {"object":"whatsapp_business_account","entry":[{"changes":[{"value":…,"field":"messages"}]}]}} */
    public static String webhook(String number, String waId, String messages, String statuses) {
        return "{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":\"102290129340398\",\"changes\":[{"
                + "\"value\":" + value(number, waId, messages, statuses) + ",\"field\":\"messages\"}]}]}";
    }

    /** A change's {@code value}; a BSP sends the same fields at the top of its body. */
    public static String value(String number, String waId, String messages, String statuses) {
        return "{\"messaging_product\":\"whatsapp\",\"metadata\":{\"display_phone_number\":\"15550009999\","
                + "\"phone_number_id\":\"" + number + "\"}"
                + (messages == null
                        ? ""
                        : ",\"contacts\":[{\"profile\":{\"name\":\"Ama\"},\"wa_id\":\"" + waId + "\"}],\"messages\":["
                                + messages + "]")
                + (statuses == null ? "" : ",\"statuses\":[" + statuses + "]")
                + "}";
    }

    private static String head(String waId, String wamid, String type) {
        return "\"from\":\"" + waId + "\",\"id\":\"" + wamid + "\",\"timestamp\":\"" + System.currentTimeMillis() / 1000
                + "\",\"type\":\"" + type + "\"";
    }

    public static String text(String waId, String wamid, String text) {
        return "{" + head(waId, wamid, "text") + ",\"text\":{\"body\":" + quote(text) + "}}";
    }

    /** A tap on a reply button ({@code button_reply}) or a list row ({@code list_reply}). */
    public static String reply(String waId, String wamid, boolean row, String context, String id, String title) {
        String kind = row ? "list_reply" : "button_reply";
        return "{\"context\":{\"from\":\"15550009999\",\"id\":" + quote(context) + "},"
                + head(waId, wamid, "interactive")
                + ",\"interactive\":{\"type\":\"" + kind + "\",\"" + kind + "\":{\"id\":" + quote(id) + ",\"title\":"
                + quote(title) + "}}}";
    }

    /** A template's quick reply. */
    public static String button(String waId, String wamid, String payload, String text) {
        return "{\"context\":{\"from\":\"15550009999\",\"id\":\"wamid.template\"}," + head(waId, wamid, "button")
                + ",\"button\":{\"payload\":" + quote(payload) + ",\"text\":" + quote(text) + "}}";
    }

    /** image, audio, document, sticker: the media object WhatsApp sends (an id to fetch, never the bytes). */
    public static String media(String waId, String wamid, String type) {
        return "{" + head(waId, wamid, type) + ",\"" + type
                + "\":{\"mime_type\":\"image/jpeg\",\"sha256\":\"abc\",\"id\":\"1234567890\"}}";
    }

    public static String location(String waId, String wamid) {
        return "{" + head(waId, wamid, "location")
                + ",\"location\":{\"latitude\":-1.2921,\"longitude\":36.8219,\"name\":\"Nairobi\"}}";
    }

    public static String reaction(String waId, String wamid, String ourWamid, String emoji) {
        return "{" + head(waId, wamid, "reaction") + ",\"reaction\":{\"message_id\":" + quote(ourWamid) + ",\"emoji\":"
                + quote(emoji) + "}}";
    }

    public static String unsupported(String waId, String wamid) {
        return "{" + head(waId, wamid, "unsupported")
                + ",\"errors\":[{\"code\":131051,\"title\":\"Message type unknown\"}]}";
    }

    public static String status(String wamid, String waId, String status, int errorCode) {
        return "{\"id\":" + quote(wamid) + ",\"status\":\"" + status + "\",\"timestamp\":\""
                + System.currentTimeMillis() / 1000 + "\",\"recipient_id\":\"" + waId + "\""
                + (errorCode == 0
                        ? ""
                        : ",\"errors\":[{\"code\":" + errorCode + ",\"title\":\"Re-engagement message\"}]")
                + "}";
    }
}
