package dev.beacon.channel.whatsapp.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.beacon.channel.kit.testing.SimulatorBrowser;
import dev.beacon.channel.kit.testing.SwitchedApi;
import dev.beacon.channel.whatsapp.support.WaGraph;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The chat simulator's WhatsApp mode in headless Chromium: a person says hi, opens the list sheet, votes with a reply
 * button or row, then reads an article; each tap a signed Cloud API webhook into the adapter, each answer drawn from
 * the Graph API double.
 */
@QuarkusTest
@QuarkusTestResource(WaGraph.class)
@QuarkusTestResource(SwitchedApi.class)
class SimulatorBrowserTest {

    @TestHTTPResource("/simulator")
    URL simulator;

    @Test
    void aPersonVotesThroughTheListSheetAndReadsAnArticle() throws Exception {
        try (SimulatorBrowser browser = SimulatorBrowser.open(simulator.toString())) {
            browser.shows("You are a new WhatsApp user");
            int cards = cards(browser);
            browser.type("hi").shows("Welcome to Beacon Demo").shot("whatsapp-simulator-home");
            cards = choose(browser, cards, "Have your say");
            cards = choose(browser, cards, "Where do you get");
            choose(browser, cards, "The internet");
            browser.shows("Thank you for voting").shot("whatsapp-simulator-vote");
            cards = cards(browser);
            browser.type("menu");
            cards = choose(browser, cards, "Relationships");
            choose(browser, cards, "What consent means");
            browser.shows("consent").shot("whatsapp-simulator-article");
        }
    }

    private static int cards(SimulatorBrowser browser) {
        return browser.driver().findElements(By.cssSelector("#chat .card")).size();
    }

    /**
     * Waits for the bot's next interactive message (a card after the first {@code before}) and taps {@code label}: a
     * reply button on it, or a row of its list sheet; returns the number of cards then.
     */
    private static int choose(SimulatorBrowser browser, int before, String label) {
        WebElement card = new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> {
            List<WebElement> all = d.findElements(By.cssSelector("#chat .card"));
            for (int i = all.size() - 1; i >= before; i--) {
                WebElement c = all.get(i);
                if (!c.findElements(By.cssSelector("button.list-open")).isEmpty()
                        || c.getText().contains(label)) {
                    return c;
                }
            }
            return null;
        });
        int now = cards(browser);
        List<WebElement> list = card.findElements(By.cssSelector("button.list-open"));
        if (!list.isEmpty()) {
            list.get(0).click();
            assertTrue(browser.driver().findElement(By.id("sheet")).isDisplayed(), "the list sheet opens");
        }
        browser.tap(label);
        return now;
    }
}
