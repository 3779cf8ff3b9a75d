package dev.beacon.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PlatformTest {

    @Test
    void parsesLowerCaseNamesAndRefusesOthers() {
        for (Platform p : Platform.values()) {
            assertSame(p, Platform.of(p.id()));
        }
        assertSame(Platform.WHATSAPP, Platform.of("whatsapp"));
        assertThrows(IllegalArgumentException.class, () -> Platform.of("WhatsApp"));
        assertThrows(IllegalArgumentException.class, () -> Platform.of("signal"));
        assertThrows(IllegalArgumentException.class, () -> Platform.of(null));
    }

    @Test
    void whatsappLimitsAreMetasDocumentedOnes() {
        PlatformLimits wa = Platform.WHATSAPP.limits();
        assertEquals(4096, wa.textMax());
        assertEquals(1024, wa.interactiveBodyMax());
        assertEquals(3, wa.replyButtonsMax());
        assertEquals(20, wa.buttonTitleMax());
        assertEquals(10, wa.listRowsMax());
        assertEquals(24, wa.listRowTitleMax());
        assertEquals(72, wa.listRowDescriptionMax());
        assertEquals(24, wa.listSectionTitleMax());
        assertEquals(20, wa.listButtonMax());
        assertEquals(60, wa.headerMax());
        assertEquals(60, wa.footerMax());
        assertTrue(wa.buttons() && wa.lists() && !wa.numberedMenusOnly());
        assertSame(Measure.UTF16, Platform.WHATSAPP.measure());
    }

    @Test
    void messengerLimitsAreMetasDocumentedOnes() {
        PlatformLimits m = Platform.MESSENGER.limits();
        assertEquals(2000, m.textMax());
        assertEquals(13, m.replyButtonsMax());
        assertEquals(20, m.buttonTitleMax());
        assertEquals(3, m.templateButtonsMax());
        assertEquals(10, m.templateElementsMax());
        assertEquals(80, m.templateTitleMax());
        assertEquals(80, m.templateSubtitleMax());
        assertTrue(Platform.MESSENGER.buttons());
        assertFalse(Platform.MESSENGER.lists());
    }

    @Test
    void telegramLimitsAreTheBotApisOnes() {
        PlatformLimits t = Platform.TELEGRAM.limits();
        assertEquals(4096, t.textMax());
        assertEquals(64, t.payloadMaxBytes());
        assertTrue(Platform.TELEGRAM.buttons());
    }

    @Test
    void smsAndUssdOfferOnlyNumberedMenus() {
        for (Platform p : new Platform[] {Platform.SMS, Platform.USSD}) {
            assertTrue(p.numberedMenusOnly(), p.id());
            assertFalse(p.buttons(), p.id());
            assertFalse(p.lists(), p.id());
        }
        PlatformLimits sms = Platform.SMS.limits();
        assertEquals(160, sms.smsSinglePart());
        assertEquals(153, sms.smsConcatenatedPart());
        assertEquals(70, sms.smsUcs2SinglePart());
        assertEquals(67, sms.smsUcs2ConcatenatedPart());
        assertEquals(182, Platform.USSD.limits().ussdScreenMax());
    }

    @Test
    void smsTextMaxIsOnePartInEitherEncoding() {
        PlatformLimits sms = Platform.SMS.limits();
        assertTrue(sms.fitsText("a".repeat(160)));
        assertFalse(sms.fitsText("a".repeat(161)));
        assertTrue(sms.fitsText("ã".repeat(70)));
        assertFalse(sms.fitsText("ã".repeat(71)));
    }

    @Test
    void ussdScreensHold182Gsm7CharactersOr80Ucs2Units() {
        PlatformLimits ussd = Platform.USSD.limits();
        assertTrue(ussd.fitsText("a".repeat(182)));
        assertFalse(ussd.fitsText("a".repeat(183)));
        assertFalse(ussd.fitsText("€".repeat(92)));
        assertTrue(ussd.fitsText("ã".repeat(80)));
        assertFalse(ussd.fitsText("ã".repeat(81)));
    }

    @Test
    void emojiCountTwoAgainstUtf16Limits() {
        PlatformLimits wa = Platform.WHATSAPP.limits();
        assertTrue(wa.fitsText("😀".repeat(2048)));
        assertFalse(wa.fitsText("😀".repeat(2049)));
    }
}
