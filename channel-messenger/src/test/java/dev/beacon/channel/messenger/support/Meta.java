package dev.beacon.channel.messenger.support;

import dev.beacon.channel.kit.testing.MetaWebhooks;
import dev.beacon.channel.kit.webhook.HubSignature;
import dev.beacon.channel.kit.webhook.MetaJson;
import io.restassured.response.ValidatableResponse;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/** Webhook bodies as Meta sends them, signed with the test App Secret, and posted to the adapter. */
public final class Meta {

    public static final String APP_SECRET = "test-app-secret";
    public static final String PAGE = "1001";
    public static final String OTHER_PAGE = "1002";
    private static final AtomicLong PSIDS = new AtomicLong(System.currentTimeMillis() % 1_000_000_000L * 1000);

    private Meta() {}

    /** A fresh person (a page-scoped id no other test uses). */
    public static String newPsid() {
        return Long.toString(PSIDS.incrementAndGet());
    }

    public static String mid() {
        return "m_" + UUID.randomUUID();
    }

    public static String sign(byte[] body) {
        return new HubSignature(APP_SECRET).sign(body);
    }

    public static ValidatableResponse post(String json) {
        return MetaWebhooks.post(APP_SECRET, json);
    }

    /** {"object":"page","entry":[…]} */
    public static String webhook(String... entries) {
        return "{\"object\":\"page\",\"entry\":[" + String.join(",", entries) + "]}";
    }

    public static String entry(String page, String... messaging) {
        return "{\"id\":\"" + page + "\",\"time\":" + System.currentTimeMillis() + ",\"messaging\":["
                + String.join(",", messaging) + "]}";
    }

    private static String head(String page, String psid) {
        return "\"sender\":{\"id\":\"" + psid + "\"},\"recipient\":{\"id\":\"" + page + "\"},\"timestamp\":"
                + System.currentTimeMillis();
    }

    public static String text(String page, String psid, String mid, String text) {
        return "{" + head(page, psid) + ",\"message\":{\"mid\":\"" + mid + "\",\"text\":" + MetaJson.quote(text) + "}}";
    }

    public static String quickReply(String page, String psid, String mid, String title, String payload) {
        return "{" + head(page, psid) + ",\"message\":{\"mid\":\"" + mid + "\",\"text\":" + MetaJson.quote(title)
                + ",\"quick_reply\":{\"payload\":" + MetaJson.quote(payload) + "}}}";
    }

    public static String postback(String page, String psid, String title, String payload) {
        return "{" + head(page, psid) + ",\"postback\":{\"title\":" + MetaJson.quote(title) + ",\"payload\":"
                + MetaJson.quote(payload) + "}}";
    }

    public static String referral(String page, String psid, String ref) {
        return "{" + head(page, psid) + ",\"referral\":{\"ref\":" + MetaJson.quote(ref)
                + ",\"source\":\"SHORTLINK\",\"type\":\"OPEN_THREAD\"}}";
    }

    public static String attachment(String page, String psid, String mid) {
        return "{" + head(page, psid) + ",\"message\":{\"mid\":\"" + mid
                + "\",\"attachments\":[{\"type\":\"image\",\"payload\":{\"url\":\"https://example.org/cat.jpg\"}}]}}";
    }

    public static String echo(String page, String psid, String mid) {
        return "{\"sender\":{\"id\":\"" + page + "\"},\"recipient\":{\"id\":\"" + psid + "\"},\"timestamp\":"
                + System.currentTimeMillis() + ",\"message\":{\"is_echo\":true,\"app_id\":1,\"mid\":\"" + mid
                + "\",\"text\":\"our own\"}}";
    }

    public static String read(String page, String psid) {
        return "{" + head(page, psid) + ",\"read\":{\"watermark\":" + System.currentTimeMillis() + "}}";
    }

    public static String delivery(String page, String psid) {
        return "{" + head(page, psid) + ",\"delivery\":{\"mids\":[\"m_x\"],\"watermark\":" + System.currentTimeMillis()
                + "}}";
    }
}
