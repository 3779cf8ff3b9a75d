package dev.beacon.channel.telegram.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.beacon.channel.kit.testing.SimulatorBrowser;
import dev.beacon.channel.telegram.support.BotApiResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The chat simulator's Telegram mode in headless Chromium: a person presses START, taps inline buttons through two
 * menus (the second tap edits the menu message in place: no new message, marked "edited", as in Telegram), opens an
 * article (new messages), then uses the command menu. Each action is an Update posted to the adapter's webhook with
 * the secret token; each answer is drawn from the Bot API double.
 */
@QuarkusTest
@QuarkusTestResource(BotApiResource.class)
class SimulatorBrowserTest {

    @TestHTTPResource("/simulator")
    URL simulator;

    @Test
    void aPersonTapsThroughMenusEditedInPlaceAndReadsAnArticle() throws Exception {
        try (SimulatorBrowser browser = SimulatorBrowser.open(simulator.toString())) {
            browser.shows("You are a new Telegram user");
            browser.tap("START").shows("Welcome to Beacon Demo").shot("telegram-simulator-home");
            browser.tap("Health").shows("Mental health");
            int cards = cards(browser);
            String before = lastCard(browser);
            browser.tap("Mental health");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                    .until(d -> !lastCard(browser).equals(before));
            browser.shows("When stress gets");
            assertEquals(cards, cards(browser), "the menu was edited in place, not sent again");
            assertTrue(lastCard(browser).contains("edited"), "the edited menu says so: " + lastCard(browser));
            browser.shot("telegram-simulator-edited-menu");
            browser.tap("When stress gets too much");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> cards(browser) > cards);
            browser.shows("stress").shot("telegram-simulator-article");
            browser.driver().findElement(By.id("menuButton")).click();
            browser.tap("/help").shows("How can I help?");
        }
    }

    private static String lastCard(SimulatorBrowser browser) {
        var all = browser.driver().findElements(By.cssSelector("#chat .card"));
        return all.isEmpty() ? "" : all.get(all.size() - 1).getText();
    }

    private static int cards(SimulatorBrowser browser) {
        return browser.driver().findElements(By.cssSelector("#chat .card")).size();
    }
}
