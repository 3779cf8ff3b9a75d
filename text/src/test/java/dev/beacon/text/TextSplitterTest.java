package dev.beacon.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextSplitterTest {

    @Test
    void textWithinTheLimitIsOnePartWithoutOuterWhitespace() {
        assertEquals(List.of("Habari yako?"), TextSplitter.split("  Habari yako?\n", 100, Measure.UTF16));
        assertEquals(
                List.of("  Habari yako?\n"),
                TextSplitter.splitKeepingSeparators("  Habari yako?\n", 100, Measure.UTF16));
    }

    @Test
    void blankTextGivesNoParts() {
        assertEquals(List.of(), TextSplitter.split(" \n\n\t", 10, Measure.UTF16));
        assertEquals(List.of(), TextSplitter.split("", 10, Measure.UTF16));
    }

    @Test
    void paragraphsArePreferredOverSentences() {
        String text = "First one. Second one.\n\nThird paragraph here.";
        assertEquals(
                List.of("First one. Second one.", "Third paragraph here."),
                TextSplitter.split(text, 30, Measure.UTF16));
        assertEquals(
                List.of("First one. Second one.\n\n", "Third paragraph here."),
                TextSplitter.splitKeepingSeparators(text, 30, Measure.UTF16));
    }

    @Test
    void smallParagraphsArePackedTogetherWhileTheyFit() {
        String text = "One.\n\nTwo.\n\nThree.\n\nFour.";
        assertEquals(List.of("One.\n\nTwo.", "Three.\n\nFour."), TextSplitter.split(text, 14, Measure.UTF16));
    }

    @Test
    void aLongParagraphIsCutBetweenSentencesBeforeBetweenWords() {
        String text = "Vote today. Polls close at six in the evening!";
        assertEquals(
                List.of("Vote today.", "Polls close at six in the", "evening!"),
                TextSplitter.split(text, 25, Measure.UTF16));
    }

    @Test
    void sentencesEndingInClosingQuotesOrBracketsAreSentences() {
        String text = "He said \"go.\" Then we went (fast.) And so on";
        assertEquals(
                List.of("He said \"go.\"", "Then we went (fast.)", "And so on"),
                TextSplitter.split(text, 22, Measure.UTF16));
    }

    @Test
    void aUrlIsNeverCutWhenItFits() {
        String url = "https://example.org/articles/consent-and-you?lang=pt";
        String text = "Read more at " + url + " today";
        List<String> parts = TextSplitter.split(text, url.length() + 2, Measure.UTF16);
        assertEquals(List.of("Read more at", url, "today"), parts);
    }

    @Test
    void aWordLongerThanTheLimitIsCutBetweenGraphemes() {
        String word = "👩🏽‍💻".repeat(3); // 7 UTF-16 units each
        assertEquals(List.of("👩🏽‍💻👩🏽‍💻", "👩🏽‍💻"), TextSplitter.split(word, 15, Measure.UTF16));
        assertEquals(List.of("abcd", "efgh", "ij"), TextSplitter.split("abcdefghij", 4, Measure.UTF16));
    }

    @Test
    void aUrlLongerThanTheLimitIsCutBetweenGraphemesAndNothingElseJoinsItsPieces() {
        List<String> parts = TextSplitter.split("see https://x.org/abcdefgh now", 10, Measure.UTF16);
        assertEquals(List.of("see", "https://x.", "org/abcdef", "gh now"), parts);
    }

    @Test
    void countsInTheGivenMeasure() {
        String text = "€€€€ aaaa"; // 8 + 1 + 4 septets, 9 UTF-16 units
        assertEquals(List.of(text), TextSplitter.split(text, 9, Measure.UTF16));
        assertEquals(List.of("€€€€", "aaaa"), TextSplitter.split(text, 9, Measure.GSM7_SEPTETS));
    }

    @Test
    void smsPartsMeasureKeepsEachMessageWithinOneSms() {
        String text = ("Habari za leo. ".repeat(20)).strip(); // 299 septets
        List<String> parts = TextSplitter.split(text, 1, Measure.SMS_PARTS);
        assertEquals(2, parts.size());
        parts.forEach(p -> assertEquals(1, SmsCount.of(p).parts(), p));
    }

    @Test
    void aCombiningMarkAfterASpaceIsNeverSeparatedFromIt() {
        // " \u0301" is one cluster, so it belongs to the word, not to the whitespace
        List<String> parts = TextSplitter.split("abc \u0301def", 4, Measure.UTF16);
        assertEquals("abc \u0301def", String.join("", parts));
        parts.forEach(p -> assertTrue(Measure.UTF16.length(p) <= 4, p));
    }

    @Test
    void refusesALimitBelowOne() {
        assertThrows(IllegalArgumentException.class, () -> TextSplitter.split("a", 0, Measure.UTF16));
    }

    @Test
    void refusesALimitSmallerThanOneGraphemeRatherThanSplitIt() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> TextSplitter.split("👨‍👩‍👧‍👦", 10, Measure.UTF16));
        assertTrue(e.getMessage().contains("limit 10"), e.getMessage());
    }

    @Test
    void shortenLeavesATitleThatFitsAndCutsALongOneAfterAWholeWord() {
        assertEquals("Read: Consent", TextSplitter.shorten(" Read: Consent ", 20, Measure.UTF16));
        assertEquals("What consent...", TextSplitter.shorten("What consent means to you", 20, Measure.UTF16));
        assertEquals("Ação e…", TextSplitter.shorten("Ação e consentimento hoje", 20, Measure.UTF16));
    }

    @Test
    void shortenCutsAWordTooLongBetweenGraphemes() {
        assertEquals("Mazungumzomazungu...", TextSplitter.shorten("Mazungumzomazungumzo marefu", 20, Measure.UTF16));
        assertEquals("👩🏽‍💻👩🏽‍💻…", TextSplitter.shorten("👩🏽‍💻".repeat(3), 20, Measure.UTF16));
    }

    @Test
    void shortenKeepsAGsm7StartInGsm7WhenOnlyTheCutOffRestNeededUcs2() {
        // The whole text is UCS-2 for its emoji; the kept start is GSM-7, so the ellipsis must be too: "…" would
        // switch the screen to UCS-2 and push it over the USSD limit.
        String text = "Vote now in the poll about safe places to meet friends ".repeat(3) + "😀";
        for (Measure measure : new Measure[] {Measure.USSD, Measure.SMS_PARTS}) {
            int limit = measure == Measure.USSD ? 100 : 1;
            String shortened = TextSplitter.shorten(text, limit, measure);
            assertTrue(measure.length(shortened) <= limit, shortened);
            assertTrue(shortened.endsWith("...") && Gsm7.isEncodable(shortened), shortened);
        }
    }

    @Test
    void shortenRefusesALimitThatCannotHoldTheEllipsis() {
        assertThrows(IllegalArgumentException.class, () -> TextSplitter.shorten("abcdef", 2, Measure.UTF16));
    }
}
