package dev.beacon.api.sites;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.beacon.api.shared.error.ProblemException;
import dev.beacon.api.shared.error.ProblemType;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TextPolicyTest {

    private static SiteSettings site(List<String> words, List<String> patterns, boolean blockContacts) {
        SiteSettings.Community community =
                new SiteSettings.Community(blockContacts, blockContacts, null, null, null, null);
        return new SiteSettings(null, null, null, words, null, patterns, community, null, null).withDefaults();
    }

    @Test
    void refusesPhoneNumbersHoweverTheyAreWritten() {
        SiteSettings s = site(List.of(), List.of(), true);
        for (String text :
                List.of("call me 0821234567", "on +27 82 123 4567", "0 8 2 1 2 3 4 5 6 7", "(082) 123-4567")) {
            assertEquals(Optional.of("must not contain a phone number"), TextPolicy.violation(s, text), text);
        }
        assertEquals(Optional.empty(), TextPolicy.violation(s, "I was 15 in 2019 and 16 in 2020"));
    }

    @Test
    void refusesEmailAddressesUnlessTheSiteAllowsThem() {
        assertEquals(
                Optional.of("must not contain an e-mail address"),
                TextPolicy.violation(site(List.of(), List.of(), true), "write to thandi.m@example.org"));
        assertEquals(
                Optional.of("must not contain an e-mail address"),
                TextPolicy.violation(site(List.of(), List.of(), true), "thandi (at) example.org"));
        assertEquals(
                Optional.empty(),
                TextPolicy.violation(site(List.of(), List.of(), false), "write to thandi.m@example.org"));
    }

    @Test
    void matchesBannedWordsAsWholeWordsInAnyCaseAndWithoutAccents() {
        SiteSettings s = site(List.of("idiota", "ass"), List.of(), true);
        assertTrue(TextPolicy.violation(s, "És um IDIÓTA!").orElseThrow().contains("idiota"));
        assertTrue(TextPolicy.violation(s, "what an ass.").isPresent());
        assertEquals(Optional.empty(), TextPolicy.violation(s, "my class passed the assessment"));
    }

    @Test
    void appliesTheSitesPatternsAndStopsARunawayOne() {
        SiteSettings s = site(List.of(), List.of("whats\\s*app\\s*me"), true);
        assertTrue(TextPolicy.violation(s, "WhatsApp me later").isPresent());
        // Polynomial backtracking: millions of steps on a long text, stopped instead of holding the thread.
        SiteSettings slow = site(List.of(), List.of("(x+x+)+y"), true);
        assertEquals(
                Optional.of("could not be checked against this site's rules; write it more simply"),
                TextPolicy.violation(slow, "x".repeat(2000)));
    }

    @Test
    void reportsTheFieldAndTheReasonAsABannedTextProblem() {
        ProblemException e = assertThrows(
                ProblemException.class,
                () -> TextPolicy.check(site(List.of("idiota"), List.of(), true), "body", "idiota"));
        assertEquals(ProblemType.BANNED_TEXT, e.type());
        assertEquals("body", e.errors().get(0).field());
    }

    @Test
    void refusesAPatternThatDoesNotCompile() {
        ProblemException e =
                assertThrows(ProblemException.class, () -> TextPolicy.validatePatterns(List.of("ok", "(unclosed")));
        assertEquals("settings.bannedPatterns[1]", e.errors().get(0).field());
    }
}
