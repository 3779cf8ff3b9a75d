package dev.beacon.channel.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.beacon.channel.conversation.PayloadCodec.PayloadRefused;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class PayloadCodecTest {

    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8);
    private final PayloadCodec codec = new PayloadCodec(KEY);

    @Test
    void aSignedPayloadComesBackAsTheSameAction() {
        Action vote = Action.of(1, Op.VOTE, 24, "internet");
        String payload = codec.sign("demo", "whatsapp:15550001", vote);
        assertEquals(vote, codec.verify("demo", "whatsapp:15550001", payload));
        assertTrue(payload.startsWith("11v24,internet"), payload);
    }

    @Test
    void theLongestPayloadFitsTelegramsCallbackData() {
        String key = "a".repeat(40);
        String payload = codec.sign("demo", "telegram:1", Action.of(35, Op.VOTE, 9_999_999, key));
        assertTrue(payload.getBytes(StandardCharsets.UTF_8).length <= 64, payload.length() + " bytes");
    }

    @Test
    void aPayloadTooLongForTelegramIsNeverSigned() {
        Action tooLong = Action.of(0, Op.ANSWER, 9_999_999_999L, 99, "a".repeat(40));
        assertThrows(IllegalArgumentException.class, () -> codec.sign("demo", "telegram:1", tooLong));
    }

    @Test
    void anEditedPayloadIsRefused() {
        String payload = codec.sign("demo", "whatsapp:1", Action.of(0, Op.VOTE, 24, "clinic"));
        String edited = payload.replace("24,clinic", "24,school");
        assertThrows(PayloadRefused.class, () -> codec.verify("demo", "whatsapp:1", edited));
        String otherPoll = payload.replace("v24", "v25");
        assertThrows(PayloadRefused.class, () -> codec.verify("demo", "whatsapp:1", otherPoll));
    }

    @Test
    void aForgedPayloadIsRefused() {
        assertThrows(PayloadRefused.class, () -> codec.verify("demo", "whatsapp:1", "10v24,clinicAAAAAAAAAAAA"));
        assertThrows(PayloadRefused.class, () -> codec.verify("demo", "whatsapp:1", "10D"));
        assertThrows(PayloadRefused.class, () -> codec.verify("demo", "whatsapp:1", ""));
        assertThrows(PayloadRefused.class, () -> codec.verify("demo", "whatsapp:1", "x".repeat(65)));
        PayloadCodec otherKey =
                new PayloadCodec("another key, thirty-two bytes at least".getBytes(StandardCharsets.UTF_8));
        String signedElsewhere = otherKey.sign("demo", "whatsapp:1", Action.of(0, Op.DELETE_CONFIRMED));
        assertThrows(PayloadRefused.class, () -> codec.verify("demo", "whatsapp:1", signedElsewhere));
    }

    @Test
    void anotherPersonsPayloadIsRefused() {
        String mine = codec.sign("demo", "whatsapp:1", Action.of(0, Op.DELETE_CONFIRMED));
        assertThrows(PayloadRefused.class, () -> codec.verify("demo", "whatsapp:2", mine));
        assertThrows(PayloadRefused.class, () -> codec.verify("demo", "messenger:1", mine));
    }

    @Test
    void anotherSitesPayloadIsRefused() {
        String demoVote = codec.sign("demo", "whatsapp:1", Action.of(0, Op.VOTE, 24, "clinic"));
        assertThrows(PayloadRefused.class, () -> codec.verify("kenya", "whatsapp:1", demoVote));
    }

    @Test
    void aPayloadOfAnUnknownVersionOrOperationIsRefusedEvenWhenSigned() {
        // Signed with the right key but written by a future version: refused, not misread.
        Action home = Action.of(0, Op.HOME);
        String signed = codec.sign("demo", "whatsapp:1", home);
        String body = "2" + signed.substring(1, signed.length() - PayloadCodec.MAC_CHARS);
        assertThrows(PayloadRefused.class, () -> codec.verify("demo", "whatsapp:1", resign(body)));
        assertThrows(PayloadRefused.class, () -> codec.verify("demo", "whatsapp:1", resign("10#")));
    }

    @Test
    void aShortKeyIsRefusedAtConstruction() {
        assertThrows(IllegalArgumentException.class, () -> new PayloadCodec("short".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void argumentsOutsideTheAlphabetAreRefusedBeforeSigning() {
        assertThrows(IllegalArgumentException.class, () -> Action.of(0, Op.VOTE, 24, "a,b"));
        assertThrows(IllegalArgumentException.class, () -> Action.of(0, Op.VOTE, 24, "é"));
        assertEquals(List.of("24", "x"), Action.of(0, Op.VOTE, 24, "x").args());
    }

    /** A body signed with the test key, bypassing Action's checks: what an attacker with the key could send. */
    private static String resign(String body) {
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(KEY, "HmacSHA256"));
            byte[] full = mac.doFinal(("beacon-conv|demo|whatsapp:1|" + body).getBytes(StandardCharsets.UTF_8));
            return body
                    + java.util.Base64.getUrlEncoder()
                            .withoutPadding()
                            .encodeToString(java.util.Arrays.copyOf(full, PayloadCodec.MAC_BYTES));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
