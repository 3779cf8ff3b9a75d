package dev.beacon.text;

import static dev.beacon.text.Samples.between;
import static dev.beacon.text.Samples.forAll;
import static dev.beacon.text.Samples.listOf;
import static dev.beacon.text.Samples.pick;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Properties of grapheme segmentation, SMS counting and shortening over random texts. */
class TextProperties {

    /** Clusters that stay separate when concatenated in any order (no lone regional indicator, no leading mark). */
    static final List<String> CLUSTERS = List.of(
            "a",
            "Z",
            " ",
            "\n",
            "\r\n",
            "ã",
            "e\u0301",
            "ç",
            "€",
            "{",
            "👩🏽‍💻",
            "👨‍👩‍👧‍👦",
            "🇰🇪",
            "🇧🇷",
            "1️⃣",
            "👍🏿",
            "❤️",
            "🏳️‍🌈",
            "😀",
            "🧑🏾‍🤝‍🧑🏻",
            "한",
            "\u1100\u1161\u11A8",
            "स्ते",
            "ß",
            "Ω");

    @Test
    void graphemeSegmentationGivesBackTheClustersATextWasBuiltFrom() {
        forAll(500, TextProperties::clusterList, clusters -> {
            String text = String.join("", clusters);
            check(Graphemes.split(text).equals(clusters), "clusters differ", text);
            check(Graphemes.count(text) == clusters.size(), "count differs", text);
        });
    }

    @Test
    void smsCountUsesGsm7ExactlyWhenEveryCharacterIsInItsAlphabet() {
        forAll(500, TextProperties::clusterList, clusters -> {
            String text = String.join("", clusters);
            SmsCount count = SmsCount.of(text);
            boolean gsm = Gsm7.isEncodable(text);
            check(count.encoding() == (gsm ? SmsCount.Encoding.GSM7 : SmsCount.Encoding.UCS2), "encoding", text);
            check(count.units() == (gsm ? Gsm7.septets(text) : text.length()), "units", text);
            SmsCount.Encoding e = count.encoding();
            if (count.units() == 0) {
                check(count.parts() == 0, "parts of empty text", text);
            } else if (count.units() <= e.singlePart) {
                check(count.parts() == 1, "one part", text);
            } else {
                // packing never does better than full parts, and loses at most one unit per part to a pair
                int atLeast = (count.units() + e.concatenatedPart - 1) / e.concatenatedPart;
                int atMost = (count.units() + e.concatenatedPart - 2) / (e.concatenatedPart - 1);
                check(count.parts() >= atLeast && count.parts() <= atMost, "parts " + count, text);
            }
        });
    }

    @Test
    void shortenedTextFitsIsAPrefixAndEndsOnAGraphemeBoundary() {
        forAll(500, random -> new Shortening(clusterList(random), between(random, 15, 80)), sample -> {
            List<String> clusters = sample.clusters();
            int limit = sample.limit();
            String text = String.join("", clusters);
            String shortened = TextSplitter.shorten(text, limit, Measure.UTF16);
            String stripped = text.strip();
            check(Measure.UTF16.length(shortened) <= limit, "too long: " + shortened, text);
            if (shortened.equals(stripped)) {
                return;
            }
            String kept = shortened.endsWith("...")
                    ? shortened.substring(0, shortened.length() - 3)
                    : shortened.substring(0, shortened.length() - 1);
            check(stripped.startsWith(kept), "not a prefix: " + shortened, text);
            check(Graphemes.isBoundary(stripped, kept.length()), "cut inside a grapheme: " + shortened, text);
        });
    }

    record Shortening(List<String> clusters, int limit) {}

    static List<String> clusterList(SplittableRandom random) {
        return listOf(random, 120, r -> pick(r, CLUSTERS));
    }

    private static void check(boolean ok, String what, String text) {
        if (!ok) {
            throw new AssertionError(what + " | " + text);
        }
    }
}
