package dev.beacon.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class Gsm7Test {

    @Test
    void basicTableHas127DistinctCharactersEachOneSeptet() {
        assertEquals(127, Gsm7.BASIC.length());
        assertEquals(127, Gsm7.BASIC.chars().distinct().count());
        assertEquals(127, Gsm7.septets(Gsm7.BASIC));
    }

    @Test
    void everyExtensionCharacterCountsTwoSeptets() {
        for (char c : "^{}\\[~]|€\f".toCharArray()) {
            assertEquals(2, Gsm7.septets(String.valueOf(c)), "septets of U+" + Integer.toHexString(c));
        }
        assertEquals(2, Gsm7.septets("€"));
        assertEquals(2 + 5 + 2, Gsm7.septets("{price}"));
    }

    @Test
    void countsPlainLatinAndGsmAccentsAsOneSeptetEach() {
        assertEquals(11, Gsm7.septets("Habari yako"));
        assertEquals(4, Gsm7.septets("èéùì"));
        assertTrue(Gsm7.isEncodable("Ça va? Ñoño, Øre, ¿qué? ¡sì! @ £5 $3 ¥9 §2"));
    }

    @Test
    void portugueseTildesAndLowerCaseCedillaAreNotGsm7() {
        assertFalse(Gsm7.isEncodable("não"));
        assertFalse(Gsm7.isEncodable("ação"));
        assertFalse(Gsm7.isEncodable("você"));
        assertFalse(Gsm7.isEncodable("Olá"));
    }

    @Test
    void emojiAndTheEscapeCharacterItselfAreNotGsm7() {
        assertFalse(Gsm7.isEncodable("ok 👍"));
        assertFalse(Gsm7.isEncodable("\u001B"));
        assertTrue(Gsm7.isEncodable(""));
    }

    @Test
    void septetsOfNonGsmTextIsRefusedNamingTheCharacter() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Gsm7.septets("ok 👍"));
        assertTrue(e.getMessage().contains("U+1F44D"), e.getMessage());
        assertTrue(e.getMessage().contains("index 3"), e.getMessage());
    }
}
