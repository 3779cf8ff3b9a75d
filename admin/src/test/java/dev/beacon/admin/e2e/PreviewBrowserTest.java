package dev.beacon.admin.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.beacon.admin.support.Chromium;
import dev.beacon.admin.support.WebUnderTest;
import dev.beacon.channel.kit.testing.ApiTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * In Chromium, against the packaged api and the packaged mobi-site: an editor's unpublished text shows in both preview
 * frames (the mobi-site's own article page, 240×320 and 360×640) and in the WhatsApp bubbles; the page is weighed and
 * passes axe-core, frames included.
 */
@QuarkusTest
@QuarkusTestResource(ApiTestResource.class)
@QuarkusTestResource(WebUnderTest.class)
class PreviewBrowserTest {

    @TestHTTPResource("/")
    URL root;

    @Test
    void theDraftShowsInBothScreenSizesAndInTheChatBubbles() throws Exception {
        try (Chromium chromium = Chromium.open()) {
            ChromeDriver browser = chromium.driver();
            chromium.go(root.toString());
            chromium.click(By.xpath("//button[.='Sign in as eddie']"));
            chromium.go(root + "sites/demo/content/new");
            String title = "Previewed " + System.nanoTime();
            browser.findElement(By.id("title")).sendKeys(title);
            chromium.click(By.xpath("//main//button[@type='submit']"));
            String editor = browser.getCurrentUrl();
            new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("newType"))).selectByValue("paragraph");
            chromium.click(By.cssSelector("button[value=add]"));
            browser.findElement(By.id("b0-markdown")).sendKeys("Only a draft so far.");
            chromium.click(By.cssSelector("button[value=save]"));

            chromium.click(By.linkText("Preview"));
            assertEquals(editor + "/preview", browser.getCurrentUrl());
            List<WebElement> frames = browser.findElements(By.tagName("iframe"));
            assertEquals(2, frames.size());
            for (WebElement frame : frames) {
                browser.switchTo().frame(frame);
                new WebDriverWait(browser, Duration.ofSeconds(30))
                        .until(d ->
                                !d.findElements(By.cssSelector("article h1")).isEmpty());
                assertEquals(
                        title, browser.findElement(By.cssSelector("article h1")).getText());
                assertTrue(
                        browser.findElement(By.cssSelector("article")).getText().contains("Only a draft so far."));
                browser.switchTo().defaultContent();
            }
            assertEquals(
                    List.of("240x320", "360x640"),
                    frames.stream()
                            .map(f -> (String) browser.executeScript(
                                    "return arguments[0].clientWidth + 'x' + arguments[0].clientHeight;", f))
                            .toList(),
                    "each frame is the phone's screen");
            assertTrue(browser.findElement(By.cssSelector("ol.chat-whatsapp"))
                    .getText()
                    .contains("Only a draft so far."));
            chromium.check("preview");
        }
    }
}
