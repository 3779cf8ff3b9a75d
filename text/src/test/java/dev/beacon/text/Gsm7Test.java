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

    @Test
    void transliteratesPortugueseSwahiliAndTypographyToGsm7() {
        assertEquals("Saude sexual: o que e a infeccao?", Gsm7.transliterate("Saúde sexual: o que ê a infecção?"));
        assertEquals(
                "Nao sabes? Voce pode falar - \"sempre\"...",
                Gsm7.transliterate("Não sabes? Você pode falar — “sempre”…"));
        assertEquals("Ola", Gsm7.transliterate("Olá"));
        // what GSM-7 has stays: é, à, ñ, Ç, ü
        assertEquals("é à ñ Ç ü", Gsm7.transliterate("é à ñ Ç ü ✓"));
        assertEquals("Habari yako", Gsm7.transliterate("Habari yako"));
        assertEquals("Feel better today", Gsm7.transliterate("Feel 😀 better today 🙂"));
        assertEquals("1a vez, coeur", Gsm7.transliterate("1ª vez, cœur"));
    }

    @Test
    void transliterationAlwaysGivesGsm7AndLeavesGsm7TextAlone() {
        String pool = "aãáâàçÇéêíóõôúüñ œøØ€{}“”‘’—–…•😀🙂👨‍👩‍👧 中文 ʃ xyz\n\t.,!?";
        Samples.forAll(
                500,
                random -> {
                    StringBuilder text = new StringBuilder();
                    int n = Samples.between(random, 0, 60);
                    for (int i = 0; i < n; i++) {
                        int at = random.nextInt(pool.length());
                        if (Character.isLowSurrogate(pool.charAt(at))) {
                            at--;
                        }
                        text.appendCodePoint(pool.codePointAt(at));
                    }
                    return text.toString();
                },
                text -> {
                    String out = Gsm7.transliterate(text);
                    assertTrue(Gsm7.isEncodable(out), () -> "not GSM-7: " + out);
                    assertTrue(out.length() <= 3 * text.length(), out);
                    assertEquals(out, Gsm7.transliterate(out), "idempotent");
                    if (Gsm7.isEncodable(text)) {
                        assertEquals(text, out);
                    }
                });
    }
}
