package dev.beacon.channel.ussd.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.beacon.channel.kit.testing.SimulatorBrowser;
import dev.beacon.channel.ussd.support.Dialer;
import dev.beacon.channel.ussd.support.SmsDoubleResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The chat simulator's feature-phone mode in headless Chromium: the person dials the service code, answers numbered
 * screens (a section, back with 0, the poll, a vote), asks for an article's full text by SMS (99), pages the article
 * with 00, finds the SMS in the phone's SMS inbox, then ends the session. Each step goes through the adapter's own guarded USSD
 * callback; every screen the phone showed is measured (≤ 182 GSM-7 characters).
 */
@QuarkusTest
@QuarkusTestResource(SmsDoubleResource.class)
class DialerBrowserTest {

    private static final Pattern LINE = Pattern.compile("(?m)^(\\d{1,2})\\. (.+)$");

    @TestHTTPResource("/simulator")
    URL simulator;

    private final List<String> screens = new ArrayList<>();

    @Test
    void aPersonDialsVotesPagesAnArticleAndGetsItBySms() throws Exception {
        try (SimulatorBrowser phone = SimulatorBrowser.open(simulator.toString())) {
            String idle = waitFor(phone, "Dial");
            assertTrue(idle.contains("*384*123#"), idle);
            press(phone, null); // the code is already typed in: Send dials it
            waitFor(phone, "Welcome to Beacon Demo");
            phone.shot("ussd-simulator-menu");
            press(phone, number(phone, "Relationships"));
            waitFor(phone, "What consent means");
            press(phone, "0");
            waitFor(phone, "Have your say");
            press(phone, number(phone, "Have your say"));
            press(phone, number(phone, "Where do you get"));
            press(phone, number(phone, "The internet"));
            waitFor(phone, "Thank you for voting");
            phone.shot("ussd-simulator-vote");

            phone.driver().findElement(By.id("hang")).click();
            waitFor(phone, "Dial");
            press(phone, null); // a new session
            waitFor(phone, "Health");
            press(phone, number(phone, "Health"));
            press(phone, number(phone, "Mental health"));
            press(phone, number(phone, "When stress gets"));
            waitFor(phone, "99 Full text by SMS");
            press(phone, "99");
            String first = waitFor(phone, "on its way by SMS");
            press(phone, "00"); // the article's next page
            new WebDriverWait(phone.driver(), Duration.ofSeconds(20))
                    .until(d -> !display(phone).equals(first));
            phone.driver().findElement(By.id("inbox")).click();
            new WebDriverWait(phone.driver(), Duration.ofSeconds(20))
                    .until(d -> d.findElement(By.id("sms")).getText().contains("When stress gets too much"));
            phone.shot("ussd-simulator-sms-inbox");

            phone.driver().findElement(By.id("hang")).click();
            waitFor(phone, "Dial");
        }
        screens.removeIf(s -> s.startsWith("Beacon demo phone")); // the phone's own idle screen
        assertTrue(screens.size() >= 10, "screens seen: " + screens);
        screens.forEach(Dialer::measure);
    }

    /** Types {@code keys} on the keypad (null: nothing) and presses Send; the next screen is awaited by the caller. */
    private void press(SimulatorBrowser phone, String keys) {
        String before = display(phone);
        if (keys != null) {
            for (char k : keys.toCharArray()) {
                phone.driver()
                        .findElement(By.xpath("//div[@id='keypad']/button[text()='" + k + "']"))
                        .click();
            }
        }
        phone.driver().findElement(By.id("call")).click();
        new WebDriverWait(phone.driver(), Duration.ofSeconds(20))
                .until(d -> !display(phone).equals(before));
        screens.add(display(phone));
    }

    private static String number(SimulatorBrowser phone, String label) {
        Matcher m = LINE.matcher(display(phone));
        while (m.find()) {
            if (m.group(2).startsWith(label)) {
                return m.group(1);
            }
        }
        throw new AssertionError("no '" + label + "' on the screen:\n" + display(phone));
    }

    private static String waitFor(SimulatorBrowser phone, String words) {
        try {
            return new WebDriverWait(phone.driver(), Duration.ofSeconds(20))
                    .until(d -> display(phone).contains(words) ? display(phone) : null);
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("'" + words + "' not on the screen:\n" + display(phone), e);
        }
    }

    private static String display(SimulatorBrowser phone) {
        WebElement display = phone.driver().findElement(By.id("display"));
        return display.getText();
    }
}
