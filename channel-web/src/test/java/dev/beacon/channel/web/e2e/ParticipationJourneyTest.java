package dev.beacon.channel.web.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.beacon.channel.kit.testing.Aliases;
import dev.beacon.channel.kit.testing.ApiTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A person having their say in real headless Chromium: the demo survey across two visits (they leave after the first
 * step and resume at the second), a tip, and a story for the competition. The survey step is screenshot at 240×320
 * into {@code target/screenshots/}.
 */
@QuarkusTest
@QuarkusTestResource(ApiTestResource.class)
class ParticipationJourneyTest {

    @TestHTTPResource("/")
    URL root;

    private ChromeDriver browser;

    @BeforeEach
    void openBrowser() throws Exception {
        Path run = Path.of("target", "chromium", UUID.randomUUID().toString());
        browser = Chromium.start(run.resolve("profile"), run.resolve("downloads"));
        Chromium.viewport(browser, 360, 640);
        browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aPersonAnswersTheSurveyOverTwoVisitsSendsATipAndEntersTheStoryCompetition() throws Exception {
        open("/s/demo/?lang=en");
        click("Have your say");
        assertHeading("Have your say");
        click("How are you doing?");
        assertHeading("How are you doing?");
        String survey = browser.getCurrentUrl();
        submit();
        assertText("legend", "How have you felt this week?");
        browser.findElement(By.cssSelector("input[value=good]")).click();
        submit();
        assertText("legend", "How many hours did you sleep last night? (optional)");

        // They leave, and come back later in the same browser: the survey goes on at the question they were at.
        open("/s/demo/?lang=en");
        assertHeading("Beacon Demo");
        browser.get(survey);
        assertText("legend", "How many hours did you sleep last night? (optional)");
        Chromium.screenshot(browser, "survey-step", 240, 320);
        Chromium.viewport(browser, 360, 640);
        browser.findElement(By.cssSelector("input[type=number]")).sendKeys("8");
        submit();
        assertText("p.ok", "Thank you! Your answers are saved.");
        assertTrue(browser.findElements(By.tagName("script")).isEmpty());

        click("Tips");
        assertHeading("Tips");
        type("text", "Put your phone in another room at night.");
        type("displayName", "Lua");
        browser.findElement(By.xpath("//button[text()='Send my tip']")).click();
        assertText("p.ok", "Thank you! Your tip waits for a moderator: it appears here once it is published.");

        click("My account");
        click("New here? Join");
        type("alias", Aliases.unique("Poet"));
        type("pin", "4826");
        type("pin2", "4826");
        new Select(browser.findElement(By.id("securityQuestion"))).selectByIndex(0);
        type("securityAnswer", "Matapa");
        browser.findElement(By.name("terms")).click();
        submit();
        assertHeading("My account");

        open("/s/demo/c/have-your-say?lang=en");
        click("Your words: a day that changed me");
        assertHeading("Your words: a day that changed me");
        type("title", "The day I spoke up");
        type("text", "It was a Tuesday.\nI raised my hand.");
        browser.findElement(By.name("terms")).click();
        browser.findElement(By.xpath("//button[text()='Send my story']")).click();
        assertText("p.ok", "Thank you! Your story is received. We will tell you if it is shortlisted.");
        assertText("main li", "The day I spoke up (received)");

        Path shot = Path.of(System.getProperty("beacon.test.screenshots", "target/screenshots"), "survey-step-240x320.png");
        assertTrue(Files.size(shot) > 1000, shot.toString());
    }

    private void open(String path) {
        browser.get(root.toString().replaceAll("/$", "") + path);
    }

    private void submit() {
        browser.findElement(By.cssSelector("main form button")).click();
    }

    private void click(String linkText) {
        browser.findElement(By.linkText(linkText)).click();
    }

    private void type(String id, String text) {
        browser.findElement(By.id(id)).clear();
        browser.findElement(By.id(id)).sendKeys(text);
    }

    private void assertHeading(String expected) {
        assertText("h1", expected);
    }

    private void assertText(String css, String expected) {
        try {
            new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                    .until(b -> expected.equals(b.findElement(By.cssSelector(css)).getText()));
        } catch (org.openqa.selenium.TimeoutException e) {
            assertEquals(expected, browser.findElement(By.cssSelector(css)).getText());
        }
    }
}
