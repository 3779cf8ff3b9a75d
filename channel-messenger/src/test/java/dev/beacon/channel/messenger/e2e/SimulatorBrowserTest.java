package dev.beacon.channel.messenger.e2e;

import dev.beacon.channel.kit.testing.SimulatorBrowser;
import dev.beacon.channel.kit.testing.SwitchedApi;
import dev.beacon.channel.messenger.support.GraphDoubleResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import org.junit.jupiter.api.Test;

/**
 * The demo's chat simulator in headless Chromium: a person taps Get Started, votes in the demo poll, then reads an
 * article, each tap a signed webhook into the adapter and each answer drawn from the Graph API double.
 */
@QuarkusTest
@QuarkusTestResource(GraphDoubleResource.class)
@QuarkusTestResource(SwitchedApi.class)
class SimulatorBrowserTest {

    @TestHTTPResource("/simulator")
    URL simulator;

    @Test
    void aPersonVotesAndReadsAnArticleInTheSimulator() throws Exception {
        try (SimulatorBrowser browser = SimulatorBrowser.open(simulator.toString())) {
            browser.tap("Get Started").shows("Welcome to Beacon Demo");
            browser.tap("Have your say").tap("Where do you get").tap("The internet");
            browser.shows("Thank you for voting").shot("simulator-vote");
            browser.type("menu").tap("Relationships").tap("What consent means");
            browser.shows("consent").shot("simulator-article");
        }
    }
}
