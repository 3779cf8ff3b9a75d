package dev.beacon.text;

import static dev.beacon.text.Samples.between;
import static dev.beacon.text.Samples.forAll;
import static dev.beacon.text.Samples.listOf;
import static dev.beacon.text.Samples.pick;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Properties of {@link TextSplitter} over random texts in English, Portuguese, Swahili and emoji, for every platform's
 * measure and a range of limits: parts fit, nothing is lost or duplicated, no grapheme is split, no word is split unless
 * it alone exceeds the limit, and URLs that fit stay whole.
 */
class TextSplitterProperties {

    static final List<String> LATIN = List.of(
            "the",
            "quick",
            "brown",
            "fox",
            "jumps",
            "over",
            "lazy",
            "dog",
            "consent",
            "privacy",
            "vote",
            "today",
            "results",
            "community",
            "extraordinarily",
            "well-known",
            "it's",
            "e.g.",
            "U.S.A.",
            "(see",
            "below)",
            "\"quoted\"",
            "1,024",
            "50%");
    static final List<String> PORTUGUESE = List.of(
            "não",
            "ação",
            "você",
            "Olá",
            "coração",
            "informação",
            "é",
            "está",
            "pão",
            "irmã",
            "órgão",
            "saúde",
            "eleições",
            "obrigada",
            "cafe\u0301",
            "português",
            "água",
            "Ça");
    static final List<String> SWAHILI = List.of(
            "Habari",
            "yako",
            "karibu",
            "asante",
            "sana",
            "watoto",
            "shule",
            "afya",
            "ndiyo",
            "hapana",
            "rafiki",
            "kura",
            "maoni",
            "mazungumzo",
            "ninakupenda",
            "Jumamosi",
            "mtandaoni");
    static final List<String> EMOJI = List.of(
            "👩🏽‍💻",
            "👨‍👩‍👧‍👦",
            "🇰🇪",
            "🇧🇷",
            "🇰🇪🇧🇷",
            "1️⃣",
            "👍🏿",
            "❤️",
            "🏳️‍🌈",
            "😀",
            "🙏🏼",
            "🧑🏾‍🤝‍🧑🏻",
            "✨",
            "🎉🎉🎉",
            "e\u0301",
            "한국어");
    static final List<String> URLS = List.of(
            "https://example.org/a",
            "https://beacon.dev/sites/ke/articles/consent-and-you?lang=sw&ref=wa",
            "http://x.co/%F0%9F%98%80",
            "https://example.com/path/with/a/very/long/segment/that/goes/on/and/on/and/on"
                    + "/until/it/is/longer/than/most/limits/in/the/tests/index.html");
    static final List<String> SEPARATORS =
            List.of(" ", " ", " ", " ", ". ", "! ", "? ", ", ", "\n", "\n\n", "  ", "\t", ".\n\n", "\r\n", " \u0301");
    static final Pattern URL = Pattern.compile("https?://\\S+");

    /** One text with the measure and limit to split it by. */
    record Case(String text, String measureName, Measure measure, int limit) {
        @Override
        public String toString() {
            return measureName + " limit " + limit + ": " + text;
        }
    }

    @Test
    void everyPartIsWithinTheLimitAndNotEmpty() {
        forAllCases(c -> {
            for (String part : TextSplitter.split(c.text, c.limit, c.measure)) {
                check(!part.isBlank(), "blank part", c);
                check(c.measure.length(part) <= c.limit, "part over the limit: " + part, c);
                List<String> clusters = Graphemes.split(part);
                check(
                        !clusters.get(0).isBlank()
                                && !clusters.get(clusters.size() - 1).isBlank(),
                        "part keeps whitespace of a cut: [" + part + "]",
                        c);
            }
        });
    }

    @Test
    void partsAreTheTextInOrderWithOnlyWhitespaceBetween() {
        forAllCases(c -> {
            List<String> parts = TextSplitter.split(c.text, c.limit, c.measure);
            int at = 0;
            for (String part : parts) {
                at = skipWhitespace(c.text, at);
                check(c.text.startsWith(part, at), "part not found where expected at " + at + ": " + part, c);
                at += part.length();
            }
            check(c.text.substring(at).isBlank(), "text lost after the last part", c);
            check(
                    String.join("", TextSplitter.splitKeepingSeparators(c.text, c.limit, c.measure))
                                    .equals(c.text)
                            || c.text.isBlank(),
                    "parts with separators do not join to the text",
                    c);
        });
    }

    @Test
    void noGraphemeIsSplitAndNoWordUnlessItAloneExceedsTheLimit() {
        forAllCases(c -> {
            List<int[]> spans = TextSplitter.spans(c.text, c.limit, c.measure);
            int[] bounds = Graphemes.boundaries(c.text);
            for (int i = 0; i < spans.size(); i++) {
                for (int cut : spans.get(i)) {
                    check(contains(bounds, cut), "cut inside a grapheme at " + cut, c);
                }
                if (i + 1 < spans.size() && spans.get(i)[1] == spans.get(i + 1)[0]) {
                    String word = wordAround(c.text, spans.get(i)[1]);
                    check(c.measure.length(word) > c.limit, "cut inside a word that fits: " + word, c);
                }
            }
        });
    }

    @Test
    void aUrlThatFitsTheLimitEndsUpWholeInOnePart() {
        forAllCases(c -> {
            List<String> parts = TextSplitter.split(c.text, c.limit, c.measure);
            Matcher m = URL.matcher(c.text);
            while (m.find()) {
                String url = wordAround(c.text, m.start());
                if (c.measure.length(url) <= c.limit) {
                    check(parts.stream().anyMatch(p -> p.contains(url)), "URL cut: " + url, c);
                }
            }
        });
    }

    private static void forAllCases(Consumer<Case> property) {
        forAll(300, TextSplitterProperties::randomCase, property);
    }

    /** Lower limits stay at or above the longest cluster in EMOJI (🧑🏾‍🤝‍🧑🏻: 12 UTF-16 units, 26 UTF-8 bytes). */
    static Case randomCase(SplittableRandom random) {
        switch (random.nextInt(7)) {
            case 0:
                return new Case(anyText(random), "UTF16", Measure.UTF16, between(random, 12, 300));
            case 1:
                return new Case(anyText(random), "CODE_POINTS", Measure.CODE_POINTS, between(random, 7, 300));
            case 2:
                return new Case(anyText(random), "UTF8_BYTES", Measure.UTF8_BYTES, between(random, 32, 400));
            case 3:
                return new Case(gsmText(random), "GSM7_SEPTETS", Measure.GSM7_SEPTETS, between(random, 20, 200));
            case 4:
                return new Case(anyText(random), "SMS_PARTS", Measure.SMS_PARTS, between(random, 1, 3));
            case 5:
                return new Case(anyText(random), "USSD", Measure.USSD, between(random, 30, 182));
            default:
                return platformText(random);
        }
    }

    /** Each platform's own measure at its own text limit, on texts long enough to need several parts. */
    private static Case platformText(SplittableRandom random) {
        List<String> paragraphs = listOf(random, 59, TextSplitterProperties::anyText);
        paragraphs.add(anyText(random));
        Platform platform = pick(random, List.of(Platform.values()));
        return new Case(
                String.join("\n\n", paragraphs),
                platform.id(),
                platform.measure(),
                platform.limits().textMax());
    }

    /** Words of one of the languages (or emoji, or URLs) with random separators. */
    private static String anyText(SplittableRandom random) {
        List<String> words = pick(random, List.of(LATIN, PORTUGUESE, SWAHILI, EMOJI, URLS));
        return text(random, r -> pick(r, words));
    }

    /** GSM-7 only: Latin words, one in ten with an extension character (two septets); drawn again until encodable. */
    private static String gsmText(SplittableRandom random) {
        String text;
        do {
            text = text(random, r -> pick(r, LATIN) + (r.nextInt(10) == 0 ? "€" : ""));
        } while (!Gsm7.isEncodable(text));
        return text;
    }

    private static String text(SplittableRandom random, java.util.function.Function<SplittableRandom, String> word) {
        StringBuilder text = new StringBuilder(pick(random, List.of("", " ", "\n", "  \n")));
        for (String w : listOf(random, 80, word)) {
            text.append(w).append(pick(random, SEPARATORS));
        }
        return text.toString();
    }

    /** The whitespace-free run (by grapheme cluster, as the splitter sees words) around offset {@code at}. */
    private static String wordAround(String text, int at) {
        List<String> clusters = Graphemes.split(text);
        List<int[]> words = new ArrayList<>();
        int offset = 0;
        int start = -1;
        for (String cluster : clusters) {
            if (cluster.isBlank()) {
                if (start >= 0) {
                    words.add(new int[] {start, offset});
                    start = -1;
                }
            } else if (start < 0) {
                start = offset;
            }
            offset += cluster.length();
        }
        if (start >= 0) {
            words.add(new int[] {start, offset});
        }
        for (int[] w : words) {
            if (w[0] <= at && at <= w[1]) {
                return text.substring(w[0], w[1]);
            }
        }
        throw new AssertionError("no word at " + at);
    }

    /** Skips whitespace clusters (a space followed by a combining mark is not whitespace: it is one cluster). */
    private static int skipWhitespace(String text, int at) {
        int[] b = Graphemes.boundaries(text);
        for (int i = 0; i + 1 < b.length; i++) {
            if (b[i] >= at && !text.substring(b[i], b[i + 1]).isBlank()) {
                return b[i];
            }
        }
        return text.length();
    }

    private static boolean contains(int[] values, int value) {
        for (int v : values) {
            if (v == value) {
                return true;
            }
        }
        return false;
    }

    private static void check(boolean ok, String what, Case c) {
        if (!ok) {
            throw new AssertionError(what + " | " + c);
        }
    }
}
