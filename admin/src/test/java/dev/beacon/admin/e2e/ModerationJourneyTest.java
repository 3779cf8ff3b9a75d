package dev.beacon.admin.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.beacon.admin.support.AdminKeycloak;
import dev.beacon.admin.support.Chromium;
import dev.beacon.admin.support.Community;
import dev.beacon.admin.support.KeycloakSignInProfile;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The moderation queue in real headless Chromium, signed in through Keycloak's own login form, against the packaged
 * api that trusts the same realm; people comment and report through the web channel's client, as on the mobi-site.
 * Every admin page on the way is weighed and checked by axe-core ({@link Chromium#check}).
 */
@QuarkusTest
@TestProfile(KeycloakSignInProfile.class)
class ModerationJourneyTest {

    @TestHTTPResource("/")
    URL root;

    @Test
    void aCommentReportedThreeTimesIsHiddenThenApprovedAndAnsweredUnderTheModeratorName() throws Exception {
        Community people = new Community(AdminKeycloak.api());
        long run = System.nanoTime() % 100_000;
        long item = people.article("demo", "eddie", "Moderation " + run);
        String author = people.newPerson("demo", "Loud" + letters(run));
        long mean = people.comment("demo", author, item, "You are all slow " + run);
        people.report("demo", people.newPerson("demo", "Ann" + letters(run)), mean, "bullying", "he called us slow");
        people.report("demo", people.newPerson("demo", "Ben" + letters(run)), mean, "offensive", null);
        people.report("demo", people.newPerson("demo", "Cleo" + letters(run)), mean, "bullying", null);
        // The demo site hides at three reports (the api's default threshold).
        assertFalse(delivered(people, item).contains((int) mean), "hidden from delivery");

        try (Chromium chromium = Chromium.open()) {
            var browser = chromium.driver();
            AdminKeycloak.signIn(chromium, root, "mo");
            chromium.go(root + "sites/demo/moderation");
            WebElement row = browser.findElement(By.cssSelector("section[aria-labelledby=auto-h] #c-" + mean));
            assertTrue(row.getText().contains("You are all slow " + run), row.getText());
            assertTrue(row.getText().contains("3 reports"), row.getText());
            assertTrue(row.getText().contains("bullying × 2"), row.getText());
            assertTrue(row.getText().contains("offensive × 1"), row.getText());
            assertTrue(row.getText().contains("he called us slow"), row.getText());
            String waitingBefore = browser.findElement(By.id("waiting")).getAttribute("data-waiting");
            chromium.check("moderation queue");

            // A new report arrives: the queue shows it and the count changes without a reload.
            long other = people.comment("demo", author, item, "Second thoughts " + run);
            people.report("demo", people.newPerson("demo", "Dora" + letters(run)), other, "spam", null);
            browser.executeScript("window.beaconOldPage = true;");
            new WebDriverWait(browser, Duration.ofSeconds(45))
                    .until(d -> !d.findElements(By.id("c-" + other)).isEmpty());
            assertEquals(Boolean.TRUE, browser.executeScript("return window.beaconOldPage === true;"), "no reload");
            assertEquals(
                    Long.parseLong(waitingBefore) + 1,
                    Long.parseLong(browser.findElement(By.id("waiting")).getAttribute("data-waiting")));

            // sam (admin of demo) approves it through the api while mo looks at the version before: mo's hide is
            // refused and the page says what changed; the api keeps sam's decision.
            people.staff("sam")
                    .post("/api/v1/manage/sites/demo/comments/" + other + "/approve")
                    .then()
                    .statusCode(200);
            chromium.click(By.cssSelector("#c-" + other + " button[data-key=h]"));
            String stale = browser.findElement(By.cssSelector(".stale")).getText();
            assertTrue(stale.contains("Comment " + other + " changed since you looked"), stale);
            assertTrue(stale.contains("visible (sam,"), stale);
            assertEquals("visible", state(people, other));
            chromium.check("stale decision");

            // The keyboard: focus the comment, "a" approves it.
            browser.executeScript("document.getElementById('c-" + mean + "').focus();");
            chromium.afterNavigation(() -> new Actions(browser).sendKeys("a").perform());
            assertTrue(
                    browser.findElement(By.cssSelector("p.ok"))
                            .getText()
                            .contains("Comment " + mean + " is now visible"),
                    browser.findElement(By.tagName("main")).getText());
            assertTrue(delivered(people, item).contains((int) mean), "delivered again");

            // A reply under the moderator name, and the comment's history.
            chromium.go(root + "sites/demo/moderation/" + mean);
            browser.findElement(By.id("reply-text")).sendKeys("Please be kind, everyone.");
            chromium.click(By.cssSelector("form[action$='/reply'] button[type=submit]"));
            String history =
                    browser.findElement(By.cssSelector("table.history")).getText();
            assertTrue(history.contains("by reports hidden (report threshold)"), history);
            assertTrue(history.contains("mo approved"), history);
            assertTrue(history.contains("mo replied"), history);
            chromium.check("comment history and reply");
            JsonPath thread = people.delivered("demo", item);
            Map<String, Object> reply = thread.getMap("items.find { it.id == " + mean + " }.replies[0]");
            assertEquals("Moderator", reply.get("author"));
            assertEquals(Boolean.TRUE, reply.get("moderator"));
            assertEquals("Please be kind, everyone.", reply.get("text"));

            // Bulk: two reported comments selected and hidden at once.
            long first = people.comment("demo", author, item, "Bulk one " + run);
            long second = people.comment("demo", author, item, "Bulk two " + run);
            people.report("demo", people.newPerson("demo", "Eve" + letters(run)), first, "spam", null);
            people.report("demo", people.newPerson("demo", "Finn" + letters(run)), second, "spam", null);
            chromium.go(root + "sites/demo/moderation");
            browser.findElement(By.id("pick-" + first)).click();
            browser.findElement(By.id("pick-" + second)).click();
            chromium.click(By.cssSelector("button[name=bulk][value=hide]"));
            String done = browser.findElement(By.tagName("main")).getText();
            assertTrue(done.contains("Comment " + first + " is now hidden"), done);
            assertTrue(done.contains("Comment " + second + " is now hidden"), done);
            assertEquals("hidden", state(people, first));
            assertEquals("hidden", state(people, second));
            chromium.go(root + "sites/demo/moderation?state=hidden");
            assertFalse(browser.findElements(By.id("c-" + first)).isEmpty(), "in the hidden queue");
            chromium.check("hidden queue");
        }

        // An editor cannot moderate (the api's 403), another site's admin cannot even see the site (404).
        try (Chromium chromium = Chromium.open()) {
            AdminKeycloak.signIn(chromium, root, "eddie");
            assertTrue(chromium.driver().findElements(By.linkText("Moderation")).isEmpty(), "no menu entry");
            chromium.go(root + "sites/demo/moderation");
            assertTrue(chromium.driver().findElement(By.tagName("h1")).getText().contains("Not allowed"));
            assertFalse(chromium.driver().getPageSource().contains("You are all slow"));
        }
        try (Chromium chromium = Chromium.open()) {
            AdminKeycloak.signIn(chromium, root, "kim");
            chromium.go(root + "sites/demo/moderation/" + mean);
            assertTrue(chromium.driver().findElement(By.tagName("h1")).getText().contains("Not found"));
            assertFalse(chromium.driver().getPageSource().contains("You are all slow"));
        }
    }

    @Test
    void aTipIsPublishedThenTurnedIntoADraftArticleThatOpensInTheEditor() throws Exception {
        Community people = new Community(AdminKeycloak.api());
        long run = System.nanoTime() % 100_000;
        String text = "Drink water before exams " + run;
        long tip = people.tip("demo", people.newPerson("demo", "Tipper" + letters(run)), text, "Tia");
        try (Chromium chromium = Chromium.open()) {
            var browser = chromium.driver();
            AdminKeycloak.signIn(chromium, root, "sam");
            chromium.go(root + "sites/demo/tips");
            assertTrue(browser.findElement(By.id("tip-" + tip)).getText().contains(text));
            chromium.check("tips, new");
            chromium.click(By.cssSelector("#tip-" + tip + " button[data-action=publish]"));
            assertTrue(browser.findElement(By.cssSelector("p.ok")).getText().contains("Published."));
            assertEquals(
                    List.of(text),
                    people.person(people.newPerson("demo", "Reader" + letters(run)))
                            .get("/api/v1/sites/demo/tips")
                            .then()
                            .statusCode(200)
                            .extract()
                            .jsonPath()
                            .getList("items.findAll { it.id == " + tip + " }.text"));
            chromium.go(root + "sites/demo/tips?state=published");
            chromium.check("tips, published");
            chromium.click(By.cssSelector("#tip-" + tip + " button[data-action=article]"));
            String editor = browser.getCurrentUrl();
            assertTrue(editor.matches(".*/sites/demo/content/\\d+/en"), editor);
            assertEquals(
                    text,
                    browser.findElement(By.id("b0-markdown"))
                            .getAttribute("value")
                            .trim());
            assertEquals("Tia", browser.findElement(By.id("b0-attribution")).getAttribute("value"));
            long article = Long.parseLong(editor.replaceAll(".*/content/(\\d+)/en$", "$1"));
            assertEquals(
                    "draft",
                    people.staff("sam")
                            .get("/api/v1/manage/sites/demo/content/" + article + "/translations/en")
                            .then()
                            .statusCode(200)
                            .extract()
                            .path("status"));
        }
    }

    @Test
    void aSiteAdminFindsAPersonExportsTheirDataAndErasesThemAndAModeratorCannot() throws Exception {
        Community people = new Community(AdminKeycloak.api());
        long run = System.nanoTime() % 100_000;
        String alias = "Gone" + letters(run);
        String subject = people.newPerson("demo", alias);
        long item = people.article("demo", "eddie", "Erasure " + run);
        long words = people.comment("demo", subject, item, "Please forget me " + run);
        try (Chromium chromium = Chromium.open()) {
            var browser = chromium.driver();
            AdminKeycloak.signIn(chromium, root, "sam");
            chromium.go(root + "sites/demo/people");
            chromium.check("people, search");
            browser.findElement(By.id("alias")).sendKeys(alias.toUpperCase(java.util.Locale.ROOT));
            chromium.click(By.cssSelector("main form button[type=submit]"));
            chromium.click(By.linkText(alias));
            String page = browser.findElement(By.tagName("main")).getText();
            assertTrue(page.contains(subject), page);
            assertTrue(page.contains("Please forget me " + run), page);
            chromium.check("person");
            Object exported = browser.executeAsyncScript("var done = arguments[arguments.length - 1];"
                    + "fetch(document.querySelector('a[href$=\"export.json\"]').href)"
                    + ".then(function (r) { return r.text(); }).then(done);");
            JsonPath export = JsonPath.from(exported.toString());
            assertEquals(alias, export.getString("profile.alias"));
            assertEquals(List.of(subject), export.getList("profile.identities"));

            chromium.click(By.linkText("Erase this person…"));
            String confirm =
                    browser.findElement(By.cssSelector("section.stale")).getText();
            assertTrue(confirm.contains("Erase " + alias + "?"), confirm);
            assertTrue(confirm.contains("one identity"), confirm);
            // The demo site keeps what people wrote without their name (the api's default, anonymise).
            assertTrue(confirm.contains("stays without their name"), confirm);
            chromium.check("erase, confirmation");
            browser.findElement(By.id("confirm")).click();
            chromium.click(By.id("erase"));
            assertTrue(browser.findElement(By.cssSelector("p.ok")).getText().startsWith("Erased."));
        }
        Map<String, Object> kept = people.delivered("demo", item).getMap("items.find { it.id == " + words + " }");
        assertEquals("Please forget me " + run, kept.get("text"));
        assertEquals(null, kept.get("author"), "kept without its author");
        people.person(subject)
                .get("/api/v1/sites/demo/me")
                .then()
                .statusCode(200)
                .body("alias", org.hamcrest.Matchers.nullValue());

        try (Chromium chromium = Chromium.open()) {
            AdminKeycloak.signIn(chromium, root, "mo");
            assertTrue(chromium.driver().findElements(By.linkText("People")).isEmpty(), "no menu entry");
            chromium.go(root + "sites/demo/people?alias=" + alias);
            assertTrue(chromium.driver().findElement(By.tagName("h1")).getText().contains("Not allowed"));
        }
    }

    private static List<Integer> delivered(Community people, long item) {
        return people.delivered("demo", item).getList("items.id");
    }

    private static String state(Community people, long comment) {
        return people.staff("sam")
                .get("/api/v1/manage/sites/demo/comments/" + comment)
                .then()
                .statusCode(200)
                .extract()
                .path("state");
    }

    /** Aliases are letters only: the run number spelled in letters. */
    private static String letters(long n) {
        StringBuilder s = new StringBuilder();
        for (char c : Long.toString(n).toCharArray()) {
            s.append((char) ('a' + (c - '0')));
        }
        return s.toString();
    }
}
