package dev.beacon.api.sites;

import dev.beacon.api.shared.error.ProblemException;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;

/**
 * What people may write on a site: no phone numbers or e-mail addresses (unless the site allows them), none of
 * the site's banned words, nothing that matches its banned patterns. Applied to comments, tips, story texts,
 * free-text answers and aliases alike. Words match whole words, case- and accent-insensitively, in any script,
 * so one list covers every language of the site ("idiota" also stops "IDIOTA" and "idióta").
 */
public final class TextPolicy {

    /** Seven or more digits, however they are spaced or punctuated: long enough for a phone number. */
    private static final Pattern PHONE = Pattern.compile("(?:\\+|00)?(?:\\d[\\s().-]{0,2}){7,}");

    private static final Pattern EMAIL = Pattern.compile(
            "[\\p{L}\\p{N}._%+-]+\\s*(?:@|\\(at\\)|\\[at\\])\\s*[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /** A pattern written by a site admin may be slow on some text: checking gives up after this many steps. */
    private static final int MAX_STEPS = 2_000_000;

    private static final Map<List<String>, Pattern> WORDS = new ConcurrentHashMap<>();
    private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();

    private TextPolicy() {}

    /** Refuses text that breaks a rule of the site, saying which rule, as a {@code banned-text} problem on {@code field}. */
    public static void check(SiteSettings settings, String field, String text) {
        violation(settings, text).ifPresent(reason -> {
            throw ProblemException.banned(field, reason);
        });
    }

    /** Why the text may not be published on this site, or empty when it may. */
    public static Optional<String> violation(SiteSettings settings, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        SiteSettings.Community community = settings.communityOrDefaults();
        String folded = fold(text);
        if (community.blockPhoneNumbers() && PHONE.matcher(text).find()) {
            return Optional.of("must not contain a phone number");
        }
        if (community.blockEmailAddresses() && EMAIL.matcher(text).find()) {
            return Optional.of("must not contain an e-mail address");
        }
        List<String> words = settings.bannedWordsOrNone();
        if (!words.isEmpty()) {
            Matcher m = WORDS.computeIfAbsent(List.copyOf(words), TextPolicy::wordPattern)
                    .matcher(folded);
            if (m.find()) {
                return Optional.of("contains a word this site does not allow: \"" + m.group() + "\"");
            }
        }
        for (String pattern : settings.bannedPatternsOrNone()) {
            Pattern p = PATTERNS.computeIfAbsent(pattern, TextPolicy::compile);
            try {
                if (p.matcher(new BoundedText(text)).find()
                        || p.matcher(new BoundedText(folded)).find()) {
                    return Optional.of("contains something this site does not allow");
                }
            } catch (BoundedText.TooSlow e) {
                return Optional.of("could not be checked against this site's rules; write it more simply");
            }
        }
        return Optional.empty();
    }

    /** A site admin's pattern, compiled as a site setting is saved; a broken one is refused with the reason. */
    public static Pattern compile(String pattern) {
        return Pattern.compile(pattern, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** Checks every banned pattern of a settings document compiles; reported per pattern on {@code settings.bannedPatterns[i]}. */
    public static void validatePatterns(List<String> patterns) {
        for (int i = 0; i < patterns.size(); i++) {
            try {
                compile(patterns.get(i));
            } catch (PatternSyntaxException e) {
                throw ProblemException.invalid(
                        "settings.bannedPatterns[" + i + "]",
                        "is not a valid regular expression: " + e.getDescription());
            }
        }
    }

    /** Lower case, compatibility forms unified, accents removed: the form words are compared in. */
    static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    }

    private static Pattern wordPattern(List<String> words) {
        if (WORDS.size() > 1_000) {
            WORDS.clear(); // settings change rarely; a bound keeps a stream of edits from growing the cache forever
        }
        String alternatives = words.stream()
                .map(TextPolicy::fold)
                .map(String::strip)
                .filter(w -> !w.isEmpty())
                .sorted((a, b) -> b.length() - a.length())
                .map(Pattern::quote)
                .collect(Collectors.joining("|"));
        return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])");
    }

    /** A view of a text that stops a runaway regular expression instead of letting it hold a thread. */
    private static final class BoundedText implements CharSequence {

        static final class TooSlow extends RuntimeException {
            TooSlow() {
                super(null, null, false, false);
            }
        }

        private final CharSequence text;
        private final int[] steps;

        BoundedText(CharSequence text) {
            this(text, new int[1]);
        }

        private BoundedText(CharSequence text, int[] steps) {
            this.text = text;
            this.steps = steps;
        }

        @Override
        public char charAt(int index) {
            if (++steps[0] > MAX_STEPS) {
                throw new TooSlow();
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new BoundedText(text.subSequence(start, end), steps);
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
