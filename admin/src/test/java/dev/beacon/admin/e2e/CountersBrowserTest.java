package dev.beacon.admin.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.beacon.admin.support.Chromium;
import dev.beacon.channel.kit.testing.ApiTestResource;
import dev.beacon.text.Gsm7;
import dev.beacon.text.SmsCount;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.URL;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * admin.js counts SMS and USSD exactly as the text module (and so the api): 500 seeded samples mixing GSM-7, its
 * extension table, other letters and emoji (surrogate pairs, one with a skin-tone modifier), counted in Chromium and
 * in Java. (Lone surrogates are left out: WebDriver does not carry one to the page unchanged, so the two sides would
 * not count the same string.)
 */
@QuarkusTest
@QuarkusTestResource(ApiTestResource.class)
class CountersBrowserTest {

    private static final String[] PIECES = {
        "a", "Z", "0", " ", "\n", "\r", "@", "£", "é", "Ç", "Δ", "ß", "€", "[", "]", "{", "}", "^", "~", "|", "\\", "ã",
        "õ", "ç", "ı", "Ж", "😀", "👍🏽", "“", "…"
    };

    @TestHTTPResource("/")
    URL root;

    @Test
    void theScriptCountsEverySampleAsTheTextModuleDoes() throws IOException {
        try (Chromium browser = Chromium.open()) {
            browser.go(root + "sign-in");
            browser.click(By.xpath("//button[.='Sign in as eddie']"));
            browser.go(root + "sites/demo/content/new");
            browser.driver().findElement(By.id("title")).sendKeys("Counted " + System.nanoTime());
            browser.click(By.xpath("//main//button[@type='submit']"));
            browser.go(root
                    + browser.driver().getCurrentUrl().substring(root.toString().length()) + "/channels/sms");
            Random random = new Random(20261203L);
            for (int n = 0; n < 500; n++) {
                StringBuilder sample = new StringBuilder();
                int length = random.nextInt(n % 5 == 0 ? 600 : 180);
                // mostly one kind of text per sample, so both encodings are near their part boundaries
                boolean plain = random.nextInt(3) > 0;
                for (int i = 0; i < length; i++) {
                    sample.append(
                            plain && random.nextInt(40) > 0
                                    ? PIECES[random.nextInt(20)]
                                    : PIECES[random.nextInt(PIECES.length)]);
                }
                String text = sample.toString();
                @SuppressWarnings("unchecked")
                Map<String, Object> js = (Map<String, Object>)
                        browser.driver().executeScript("return window.beaconCount.sms(arguments[0]);", text);
                SmsCount java = SmsCount.of(text);
                String which = "sample " + n + " "
                        + text.codePoints()
                                .limit(40)
                                .mapToObj(Integer::toHexString)
                                .toList();
                assertEquals(java.encoding() == SmsCount.Encoding.GSM7 ? "GSM-7" : "UCS-2", js.get("encoding"), which);
                assertEquals(java.units(), ((Number) js.get("units")).intValue(), which);
                assertEquals(java.parts(), ((Number) js.get("parts")).intValue(), which);
                Number septets = (Number)
                        browser.driver().executeScript("return window.beaconCount.septets(arguments[0]);", text);
                assertEquals(Gsm7.isEncodable(text) ? Gsm7.septets(text) : -1, septets.intValue(), which);
            }
        }
    }
}
