package dev.beacon.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

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

    @Property(tries = 300)
    void everyPartIsWithinTheLimitAndNotEmpty(@ForAll("cases") Case c) {
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
    }

    @Property(tries = 300)
    void partsAreTheTextInOrderWithOnlyWhitespaceBetween(@ForAll("cases") Case c) {
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
    }

    @Property(tries = 300)
    void noGraphemeIsSplitAndNoWordUnlessItAloneExceedsTheLimit(@ForAll("cases") Case c) {
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
    }

    @Property(tries = 300)
    void aUrlThatFitsTheLimitEndsUpWholeInOnePart(@ForAll("cases") Case c) {
        List<String> parts = TextSplitter.split(c.text, c.limit, c.measure);
        Matcher m = URL.matcher(c.text);
        while (m.find()) {
            String url = wordAround(c.text, m.start());
            if (c.measure.length(url) <= c.limit) {
                check(parts.stream().anyMatch(p -> p.contains(url)), "URL cut: " + url, c);
            }
        }
    }

    /** Lower limits stay at or above the longest cluster in EMOJI (🧑🏾‍🤝‍🧑🏻: 12 UTF-16 units, 26 UTF-8 bytes). */
    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<String> anyText = texts(Arbitraries.oneOf(
                Arbitraries.of(LATIN),
                Arbitraries.of(PORTUGUESE),
                Arbitraries.of(SWAHILI),
                Arbitraries.of(EMOJI),
                Arbitraries.of(URLS)));
        Arbitrary<String> gsmText = texts(
                        Arbitraries.of(LATIN).map(w -> w + "€").injectDuplicates(0.1))
                .filter(Gsm7::isEncodable);
        return Arbitraries.oneOf(
                withMeasure(anyText, "UTF16", Measure.UTF16, 12, 300),
                withMeasure(anyText, "CODE_POINTS", Measure.CODE_POINTS, 7, 300),
                withMeasure(anyText, "UTF8_BYTES", Measure.UTF8_BYTES, 32, 400),
                withMeasure(gsmText, "GSM7_SEPTETS", Measure.GSM7_SEPTETS, 20, 200),
                withMeasure(anyText, "SMS_PARTS", Measure.SMS_PARTS, 1, 3),
                withMeasure(anyText, "USSD", Measure.USSD, 30, 182),
                platformTexts(anyText));
    }

    /** Each platform's own measure at its own text limit, on texts long enough to need several parts. */
    private static Arbitrary<Case> platformTexts(Arbitrary<String> text) {
        Arbitrary<String> longText = text.list().ofMinSize(1).ofMaxSize(60).map(l -> String.join("\n\n", l));
        return Combinators.combine(longText, Arbitraries.of(Platform.values()))
                .as((t, p) -> new Case(t, p.id(), p.measure(), p.limits().textMax()));
    }

    private static Arbitrary<Case> withMeasure(Arbitrary<String> text, String name, Measure measure, int min, int max) {
        return Combinators.combine(text, Arbitraries.integers().between(min, max))
                .as((t, limit) -> new Case(t, name, measure, limit));
    }

    private static Arbitrary<String> texts(Arbitrary<String> words) {
        Arbitrary<Tuple.Tuple2<String, String>> wordAndSeparator =
                Combinators.combine(words, Arbitraries.of(SEPARATORS)).as(Tuple::of);
        return Combinators.combine(wordAndSeparator.list().ofMaxSize(80), Arbitraries.of("", " ", "\n", "  \n"))
                .as((pairs, lead) -> {
                    StringBuilder text = new StringBuilder(lead);
                    for (Tuple.Tuple2<String, String> pair : pairs) {
                        text.append(pair.get1()).append(pair.get2());
                    }
                    return text.toString();
                });
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
