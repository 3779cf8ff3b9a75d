package dev.beacon.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class GraphemesTest {

    static final String WOMAN_TECHNOLOGIST_MEDIUM_SKIN = "👩🏽‍💻";
    static final String FAMILY = "👨‍👩‍👧‍👦";
    static final String KENYA_BRAZIL = "🇰🇪🇧🇷";
    static final String KEYCAP_ONE = "1️⃣";
    static final String E_ACUTE_COMBINING = "e\u0301";

    @Test
    void aZwjSequenceWithSkinToneIsOneCluster() {
        assertEquals(1, Graphemes.count(WOMAN_TECHNOLOGIST_MEDIUM_SKIN));
        assertEquals(1, Graphemes.count(FAMILY));
        assertEquals(1, Graphemes.count("🏳️‍🌈"));
        assertEquals(1, Graphemes.count("👍🏿"));
    }

    @Test
    void regionalIndicatorsPairIntoFlagsFromTheLeft() {
        assertEquals(List.of("🇰🇪", "🇧🇷"), Graphemes.split(KENYA_BRAZIL));
        assertEquals(List.of("🇰🇪", "🇧"), Graphemes.split("🇰🇪🇧"));
    }

    @Test
    void combiningMarksKeycapsAndVariationSelectorsStayWithTheirBase() {
        assertEquals(1, Graphemes.count(E_ACUTE_COMBINING));
        assertEquals(4, Graphemes.count("cafe\u0301"));
        assertEquals(1, Graphemes.count(KEYCAP_ONE));
        assertEquals(1, Graphemes.count("❤️"));
        assertEquals(List.of("a\u0301\u0302", "b"), Graphemes.split("a\u0301\u0302b"));
    }

    @Test
    void hangulJamoSequencesAndCrLfAreOneCluster() {
        assertEquals(1, Graphemes.count("\u1100\u1161\u11A8"));
        assertEquals(2, Graphemes.count("한국"));
        assertEquals(1, Graphemes.count("\r\n"));
    }

    @Test
    void aMarkAfterANewlineIsItsOwnCluster() {
        assertEquals(List.of("\n", "\u0301"), Graphemes.split("\n\u0301"));
    }

    @Test
    void mixedTextSplitsIntoTheClustersAReaderSees() {
        String text =
                "Olá " + WOMAN_TECHNOLOGIST_MEDIUM_SKIN + KENYA_BRAZIL + " " + KEYCAP_ONE + FAMILY + E_ACUTE_COMBINING;
        assertEquals(
                List.of(
                        "O",
                        "l",
                        "á",
                        " ",
                        WOMAN_TECHNOLOGIST_MEDIUM_SKIN,
                        "🇰🇪",
                        "🇧🇷",
                        " ",
                        KEYCAP_ONE,
                        FAMILY,
                        E_ACUTE_COMBINING),
                Graphemes.split(text));
        assertEquals(text, String.join("", Graphemes.split(text)));
    }

    @Test
    void boundariesStartAtZeroAndEndAtTheLength() {
        assertArrayEquals(new int[] {0}, Graphemes.boundaries(""));
        assertArrayEquals(new int[] {0, 1, 3}, Graphemes.boundaries("a" + E_ACUTE_COMBINING));
    }

    @Test
    void safeCutNeverEndsInsideACluster() {
        String text = "ab" + FAMILY + "c";
        for (int i = 2; i < 2 + FAMILY.length(); i++) {
            assertEquals(2, Graphemes.safeCut(text, i), "cut at " + i);
        }
        assertEquals(2 + FAMILY.length(), Graphemes.safeCut(text, 2 + FAMILY.length()));
        assertEquals(0, Graphemes.safeCut(FAMILY, 5));
        assertTrue(Graphemes.isBoundary(text, 2));
        assertFalse(Graphemes.isBoundary(text, 3));
    }
}
