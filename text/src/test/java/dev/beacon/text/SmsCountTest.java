package dev.beacon.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.beacon.text.SmsCount.Encoding;
import org.junit.jupiter.api.Test;

class SmsCountTest {

    @Test
    void oneHundredSixtyGsmCharactersFitOnePartAndOneMoreMakesTwo() {
        assertEquals(new SmsCount(Encoding.GSM7, 160, 1), SmsCount.of("a".repeat(160)));
        assertEquals(new SmsCount(Encoding.GSM7, 161, 2), SmsCount.of("a".repeat(161)));
    }

    @Test
    void concatenatedPartsHold153SeptetsEach() {
        assertEquals(2, SmsCount.of("a".repeat(306)).parts());
        assertEquals(3, SmsCount.of("a".repeat(307)).parts());
        assertEquals(3, SmsCount.of("a".repeat(459)).parts());
        assertEquals(4, SmsCount.of("a".repeat(460)).parts());
    }

    @Test
    void extensionCharactersCountTwoSeptets() {
        assertEquals(new SmsCount(Encoding.GSM7, 160, 1), SmsCount.of("€".repeat(80)));
        assertEquals(new SmsCount(Encoding.GSM7, 162, 2), SmsCount.of("€".repeat(81)));
        assertEquals(new SmsCount(Encoding.GSM7, 161, 2), SmsCount.of("a".repeat(159) + "€"));
    }

    @Test
    void anEscapePairIsNeverSplitAcrossPartsSoPartsCanExceedUnitsOver153() {
        // 306 septets would fit 2 parts, but the euro at septets 153-154 moves to part 2, pushing one 'a' to part 3
        SmsCount count = SmsCount.of("a".repeat(152) + "€" + "a".repeat(152));
        assertEquals(new SmsCount(Encoding.GSM7, 306, 3), count);
    }

    @Test
    void oneEmojiSwitchesTheWholeTextToUcs2() {
        String gsm = "Habari! Karibu kwenye huduma yetu ya habari. Jibu 1 kwa menyu, 2 kwa msaada.";
        assertEquals(new SmsCount(Encoding.GSM7, gsm.length(), 1), SmsCount.of(gsm));
        SmsCount withEmoji = SmsCount.of(gsm + " 👍");
        assertEquals(Encoding.UCS2, withEmoji.encoding());
        assertEquals(gsm.length() + 3, withEmoji.units()); // space + surrogate pair
        assertEquals(2, withEmoji.parts()); // 80 units > 70: two parts of at most 67
    }

    @Test
    void ucs2HoldsSeventyUnitsInOnePartAnd67PerConcatenatedPart() {
        assertEquals(new SmsCount(Encoding.UCS2, 70, 1), SmsCount.of("ã".repeat(70)));
        assertEquals(new SmsCount(Encoding.UCS2, 71, 2), SmsCount.of("ã".repeat(71)));
        assertEquals(2, SmsCount.of("ã".repeat(134)).parts());
        assertEquals(3, SmsCount.of("ã".repeat(135)).parts());
    }

    @Test
    void aSurrogatePairIsNeverSplitAcrossUcs2Parts() {
        SmsCount count = SmsCount.of("ã".repeat(66) + "😀" + "ã".repeat(66));
        assertEquals(new SmsCount(Encoding.UCS2, 134, 3), count);
    }

    @Test
    void emptyTextCostsNothing() {
        assertEquals(new SmsCount(Encoding.GSM7, 0, 0), SmsCount.of(""));
    }
}
