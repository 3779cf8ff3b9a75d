package dev.beacon.channel.whatsapp.support;

import dev.beacon.channel.kit.testing.MetaWebhooks;
import dev.beacon.channel.kit.webhook.HubSignature;
import dev.beacon.channel.whatsapp.demo.CloudEvents;
import io.restassured.response.ValidatableResponse;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Webhook bodies as WhatsApp's Cloud API sends them (non-ASCII as {@code \\uXXXX}), signed with the test App
 * Secret, and posted to the adapter; and a BSP's (Turn.io's) On-Premises-style bodies.
 */
public final class Cloud {

    public static final String APP_SECRET = "test-wa-app-secret";
    public static final String BSP_SECRET = "test-wa-bsp-secret";
    public static final String NUMBER = "2001";
    public static final String OTHER_NUMBER = "2002";
    private static final AtomicLong WA_IDS =
            new AtomicLong(15550000000L + System.currentTimeMillis() % 1_000_000L * 1000);

    private Cloud() {}

    /** A fresh person (a number no other test uses). */
    public static String newWaId() {
        return Long.toString(WA_IDS.incrementAndGet());
    }

    public static String wamid() {
        return "wamid.HBg" + UUID.randomUUID().toString().replace("-", "");
    }

    public static String sign(byte[] body) {
        return new HubSignature(APP_SECRET).sign(body);
    }

    public static ValidatableResponse post(String json) {
        return MetaWebhooks.post(APP_SECRET, json);
    }

    public static String webhook(String number, String waId, String messages, String statuses) {
        return CloudEvents.webhook(number, waId, messages, statuses);
    }

    public static String value(String number, String waId, String messages, String statuses) {
        return CloudEvents.value(number, waId, messages, statuses);
    }

    public static String message(String number, String waId, String message) {
        return webhook(number, waId, message, null);
    }

    public static String text(String waId, String wamid, String text) {
        return CloudEvents.text(waId, wamid, text);
    }

    public static String buttonReply(String waId, String wamid, String context, String id, String title) {
        return CloudEvents.reply(waId, wamid, false, context, id, title);
    }

    public static String listReply(String waId, String wamid, String context, String id, String title) {
        return CloudEvents.reply(waId, wamid, true, context, id, title);
    }

    public static String button(String waId, String wamid, String payload, String text) {
        return CloudEvents.button(waId, wamid, payload, text);
    }

    public static String media(String waId, String wamid, String type) {
        return CloudEvents.media(waId, wamid, type);
    }

    public static String location(String waId, String wamid) {
        return CloudEvents.location(waId, wamid);
    }

    public static String reaction(String waId, String wamid, String ourWamid, String emoji) {
        return CloudEvents.reaction(waId, wamid, ourWamid, emoji);
    }

    public static String unsupported(String waId, String wamid) {
        return CloudEvents.unsupported(waId, wamid);
    }

    public static String status(String wamid, String waId, String status, int errorCode) {
        return CloudEvents.status(wamid, waId, status, errorCode);
    }
}
