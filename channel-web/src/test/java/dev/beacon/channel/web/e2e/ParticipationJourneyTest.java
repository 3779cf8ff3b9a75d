package dev.beacon.channel.web.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.beacon.channel.kit.testing.Aliases;
import dev.beacon.channel.kit.testing.ApiTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A person having their say in real headless Chromium: the demo survey across two visits (they leave after the first
 * step and resume at the second), a tip, and a story for the competition. The survey step is screenshot at 240×320
 * into {@code target/screenshots/}.
 */
@QuarkusTest
@QuarkusTestResource(ApiTestResource.class)
class ParticipationJourneyTest extends BrowserTest {

    @Test
    void aPersonAnswersTheSurveyOverTwoVisitsSendsATipAndEntersTheStoryCompetition() throws Exception {
        person.open("/s/demo/?lang=en");
        person.follow("Have your say");
        person.assertHeading("Have your say");
        person.follow("How are you doing?");
        person.assertHeading("How are you doing?");
        String survey = person.browser.getCurrentUrl();
        person.submit();
        person.assertText("legend", "How have you felt this week?");
        person.tick("input[value=good]");
        person.submit();
        person.assertText("legend", "How many hours did you sleep last night? (optional)");

        // They leave, and come back later in the same browser: the survey goes on at the question they were at.
        person.open("/s/demo/?lang=en");
        person.assertHeading("Beacon Demo");
        person.browser.get(survey);
        person.assertText("legend", "How many hours did you sleep last night? (optional)");
        Chromium.screenshot(person.browser, "survey-step", 240, 320);
        Chromium.viewport(person.browser, 360, 640);
        person.browser.findElement(By.cssSelector("input[type=number]")).sendKeys("8");
        person.submit();
        person.assertText("p.ok", "Thank you! Your answers are saved.");
        assertTrue(person.browser.findElements(By.tagName("script")).isEmpty());

        person.follow("Tips");
        person.assertHeading("Tips");
        person.type("text", "Put your phone in another room at night.");
        person.type("displayName", "Lua");
        person.press("Send my tip");
        person.assertText("p.ok", "Thank you! Your tip waits for a moderator: it appears here once it is published.");

        person.follow("My account");
        person.follow("New here? Join");
        person.signUp(Aliases.unique("Poet"), "4826");
        person.assertHeading("My account");

        person.open("/s/demo/c/have-your-say?lang=en");
        person.follow("Your words: a day that changed me");
        person.assertHeading("Your words: a day that changed me");
        person.type("title", "The day I spoke up");
        person.type("text", "It was a Tuesday.\nI raised my hand.");
        person.tick("input[name=terms]");
        person.press("Send my story");
        person.assertText("p.ok", "Thank you! Your story is received. We will tell you if it is shortlisted.");
        person.assertText("main li", "The day I spoke up (received)");

        Path shot =
                Path.of(System.getProperty("beacon.test.screenshots", "target/screenshots"), "survey-step-240x320.png");
        assertTrue(Files.size(shot) > 1000, shot.toString());
    }
}
