package dev.beacon.admin.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.beacon.admin.support.Chromium;
import dev.beacon.channel.kit.testing.ApiTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.URL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * An editor in real headless Chromium (Debian's chromium + chromedriver) against the real packaged api, signed in
 * through the DEMO sign-in (the Keycloak sign-in's journey is {@link KeycloakJourneyTest}): every page is weighed
 * and checked by axe-core ({@link Chromium#check}).
 */
@QuarkusTest
@QuarkusTestResource(ApiTestResource.class)
class AdminBrowserTest {

    @TestHTTPResource("/")
    URL root;

    private Chromium chromium;
    private ChromeDriver browser;

    @BeforeEach
    void open() throws IOException {
        chromium = Chromium.open();
        browser = chromium.driver();
    }

    @AfterEach
    void close() throws IOException {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void anEditorSignsInWritesAnArticleAndAWhatsAppMessageOnLightAccessiblePages() {
        go("");
        check("sign-in");
        click(By.xpath("//button[.='Sign in as eddie']"));
        assertTrue(browser.getCurrentUrl().endsWith("/sites/demo/content"), browser.getCurrentUrl());
        check("content list");

        go("sites/demo/content/new");
        check("new item");
        browser.findElement(By.id("title")).sendKeys("Written in Chromium " + System.nanoTime());
        click(By.xpath("//main//button[@type='submit']"));
        String editor = browser.getCurrentUrl();
        assertTrue(editor.matches(".*/sites/demo/content/\\d+/en"), editor);
        check("editor");

        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("newType"))).selectByValue("paragraph");
        click(By.cssSelector("button[value=add]"));
        browser.findElement(By.id("b0-markdown")).sendKeys("Typed in a real browser.");
        click(By.cssSelector("button[value=save]"));
        assertTrue(browser.findElement(By.cssSelector("p.ok")).getText().contains("Saved."));
        check("editor, saved");

        go(editor.substring(root.toString().length()) + "/channels/whatsapp");
        check("whatsapp messages");
        WebElement title = browser.findElement(By.id("m0-b0-title"));
        title.sendKeys("Twenty-one characters");
        // The script counts as the person types, as the api will.
        assertEquals("21 / 20", browser.findElement(By.id("m0-b0-count")).getText());
        assertTrue(
                browser.findElement(By.id("m0-b0-count")).getAttribute("class").contains("over"));
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("m0-b0-action"))).selectByValue("menu");
        browser.findElement(By.id("m0-text")).sendKeys("Hello");
        assertEquals("5 / 1024", browser.findElement(By.id("m0-text-count")).getText());
        click(By.cssSelector("button[value=save]"));
        assertTrue(browser.findElement(By.cssSelector("[role=alert]"))
                .getText()
                .contains("channels.whatsapp[0].buttons[0].title"));
        check("whatsapp refused");
        title = browser.findElement(By.id("m0-b0-title"));
        assertEquals("Twenty-one characters", title.getAttribute("value"), "what was typed is kept");
        title.clear();
        title.sendKeys("Twenty characters ok");
        assertEquals("20 / 20", browser.findElement(By.id("m0-b0-count")).getText());
        click(By.cssSelector("button[value=save]"));
        assertTrue(
                browser.findElements(By.cssSelector("p.ok")).stream()
                        .anyMatch(e -> e.getText().contains("Saved.")),
                browser.findElement(By.tagName("main")).getText());
    }

    private void go(String path) {
        chromium.go(root.toString() + path);
    }

    private void click(By by) {
        chromium.click(by);
    }

    private void check(String name) {
        chromium.check(name);
    }
}
