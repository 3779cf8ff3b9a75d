package dev.beacon.api.shared.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ETagsTest {

    @Test
    void aTagIsThirtyTwoHexDigitsThatChangeWithTheBytes() {
        String a = ETags.of("{\"a\":1}".getBytes(StandardCharsets.UTF_8));
        assertEquals(32, a.length());
        assertTrue(a.matches("[0-9a-f]{32}"));
        assertEquals(a, ETags.of("{\"a\":1}".getBytes(StandardCharsets.UTF_8)));
        assertNotEquals(a, ETags.of("{\"a\":2}".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void ifNoneMatchNamesTheTagQuotedWeaklyInAListOrAsAStar() {
        assertTrue(ETags.matches("\"abc\"", "abc"));
        assertTrue(ETags.matches("W/\"abc\"", "abc"));
        assertTrue(ETags.matches("\"x\", \"abc\"", "abc"));
        assertTrue(ETags.matches("*", "abc"));
        assertFalse(ETags.matches(null, "abc"));
        assertFalse(ETags.matches("abc", "abc"), "an unquoted tag is not a tag");
        assertFalse(ETags.matches("\"abcd\"", "abc"));
    }
}
