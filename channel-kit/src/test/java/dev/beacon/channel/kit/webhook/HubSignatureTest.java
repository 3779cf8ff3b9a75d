package dev.beacon.channel.kit.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HubSignatureTest {

    private final HubSignature signature = new HubSignature("app-secret");
    private final byte[] body =
            "{\"object\":\"page\",\"entry\":[{\"id\":\"1\",\"time\":1}]}".getBytes(StandardCharsets.UTF_8);

    @Test
    void acceptsTheSignatureOfTheExactBytes() {
        assertTrue(signature.verify(body, signature.sign(body)));
        assertTrue(signature.verify(body, signature.sign(body).replace("sha256=", "SHA256=")));
    }

    @Test
    void matchesAKnownHmacSha256Vector() {
        // HMAC-SHA256(key="key", "The quick brown fox jumps over the lazy dog"): the example in Wikipedia's HMAC
        // article
        HubSignature key = new HubSignature("key");
        byte[] fox = "The quick brown fox jumps over the lazy dog".getBytes(StandardCharsets.US_ASCII);
        assertEquals("sha256=f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8", key.sign(fox));
    }

    @Test
    void refusesAMissingOrMalformedSignature() {
        assertFalse(signature.verify(body, null));
        assertFalse(signature.verify(body, ""));
        assertFalse(signature.verify(body, "sha1=" + signature.sign(body).substring(7)));
        assertFalse(signature.verify(body, "sha256=zz" + signature.sign(body).substring(9)));
        assertFalse(signature.verify(body, signature.sign(body) + "00"));
    }

    @Test
    void refusesTheSignatureOfAnotherSecret() {
        assertFalse(signature.verify(body, new HubSignature("other-secret").sign(body)));
    }

    @Test
    void refusesASignatureComputedOverReserialisedJson() {
        byte[] reserialised =
                "{\"object\": \"page\", \"entry\": [{\"id\": \"1\", \"time\": 1}]}".getBytes(StandardCharsets.UTF_8);
        assertFalse(signature.verify(body, signature.sign(reserialised)));
    }

    @Test
    void checksANonAsciiBodyOnItsBytesNotOnItsEscapedForm() {
        // Meta escapes non-ASCII characters as \\uXXXX in what it signs; decoding and re-encoding changes the bytes.
        byte[] escaped = "{\"text\":\"Ol\\u00e1 \\ud83d\\ude00\"}".getBytes(StandardCharsets.UTF_8);
        byte[] decoded = "{\"text\":\"Olá 😀\"}".getBytes(StandardCharsets.UTF_8);
        assertTrue(signature.verify(escaped, signature.sign(escaped)));
        assertTrue(signature.verify(decoded, signature.sign(decoded)));
        assertFalse(signature.verify(decoded, signature.sign(escaped)));
        assertFalse(signature.verify(escaped, signature.sign(decoded)));
        // and a body read as Latin-1 then written as UTF-8 is another body
        byte[] mangled = new String(decoded, StandardCharsets.ISO_8859_1).getBytes(StandardCharsets.UTF_8);
        assertFalse(signature.verify(mangled, signature.sign(decoded)));
    }

    @Test
    void needsASecret() {
        assertThrows(IllegalArgumentException.class, () -> new HubSignature(""));
    }
}
