package dev.beacon.admin.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.beacon.admin.support.AdminKeycloak;
import dev.beacon.admin.support.Chromium;
import dev.beacon.admin.support.Community;
import dev.beacon.admin.support.KeycloakSignInProfile;
import dev.beacon.channel.kit.testing.ApiUnderTest;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.net.URL;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The journey in real headless Chromium, signed in through Keycloak's own login form, against an api that
 * trusts the same realm: an article written in en, translated to pt, a WhatsApp message refused for a 21-character
 * button title then accepted, scheduled a few seconds ahead and then answered by delivery; a second editor's
 * concurrent save meets the 412 path with nothing lost. Every admin page is weighed and checked by axe-core
 * ({@link Chromium#check}); a moderator cannot publish and an editor of another site sees nothing of this one.
 */
@QuarkusTest
@TestProfile(KeycloakSignInProfile.class)
class KeycloakJourneyTest {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    @TestHTTPResource("/")
    URL root;

    @Test
    void anEditorWritesTranslatesSchedulesSeesItGoLiveAndMeetsTheStaleSavePath() throws Exception {
        ApiUnderTest api = AdminKeycloak.api();
        try (Chromium chromium = Chromium.open()) {
            var browser = chromium.driver();
            AdminKeycloak.signIn(chromium, root, "eddie");
            assertTrue(browser.getCurrentUrl().endsWith("/sites/demo/content"), browser.getCurrentUrl());
            assertEquals(
                    "eddie",
                    browser.findElement(By.cssSelector("header .who span")).getText());
            chromium.check("content list");

            // Written in en.
            chromium.go(root + "sites/demo/content/new");
            chromium.check("new item");
            String title = "Journey " + System.nanoTime();
            browser.findElement(By.id("title")).sendKeys(title);
            chromium.click(By.xpath("//main//button[@type='submit']"));
            String editor = browser.getCurrentUrl();
            assertTrue(editor.matches(".*/sites/demo/content/\\d+/en"), editor);
            long id = Long.parseLong(editor.replaceAll(".*/content/(\\d+)/en$", "$1"));
            new Select(browser.findElement(By.id("newType"))).selectByValue("paragraph");
            chromium.click(By.cssSelector("button[value=add]"));
            browser.findElement(By.id("b0-markdown")).sendKeys("Exams are close: sleep **eight hours**.");
            chromium.click(By.cssSelector("button[value=save]"));
            assertTrue(browser.findElement(By.cssSelector("p.ok")).getText().contains("Saved."));
            chromium.check("editor, saved");

            // Translated to pt, the English beside the form.
            chromium.click(By.cssSelector("nav.locales a[href$='/" + id + "/pt']"));
            assertTrue(browser.findElement(By.cssSelector("section.source"))
                    .getText()
                    .contains("eight hours"));
            chromium.check("translation, new");
            browser.findElement(By.id("title")).sendKeys("Viagem " + id);
            browser.findElement(By.id("slug")).sendKeys("viagem-" + id);
            new Select(browser.findElement(By.id("newType"))).selectByValue("paragraph");
            chromium.click(By.cssSelector("button[value=add]"));
            browser.findElement(By.id("b0-markdown")).sendKeys("Os exames estão perto: dorme **oito horas**.");
            chromium.click(By.cssSelector("button[value=save]"));
            assertTrue(browser.findElement(By.cssSelector("p.ok")).getText().contains("Saved."));
            chromium.check("translation, saved");

            // A WhatsApp message: a 21-character button title refused by the api, 20 accepted.
            chromium.go(editor + "/channels/whatsapp");
            chromium.check("whatsapp messages");
            browser.findElement(By.id("m0-text")).sendKeys("Exams are close. Sleep eight hours.");
            WebElement button = browser.findElement(By.id("m0-b0-title"));
            button.sendKeys("Twenty-one characters");
            assertEquals("21 / 20", browser.findElement(By.id("m0-b0-count")).getText());
            new Select(browser.findElement(By.id("m0-b0-action"))).selectByValue("menu");
            chromium.click(By.cssSelector("button[value=save]"));
            assertTrue(browser.findElement(By.cssSelector("[role=alert]"))
                    .getText()
                    .contains("channels.whatsapp[0].buttons[0].title"));
            chromium.check("whatsapp refused");
            button = browser.findElement(By.id("m0-b0-title"));
            assertEquals("Twenty-one characters", button.getAttribute("value"));
            button.clear();
            button.sendKeys("Twenty characters ok");
            chromium.click(By.cssSelector("button[value=save]"));
            assertTrue(browser.findElements(By.cssSelector("p.ok")).stream()
                    .anyMatch(e -> e.getText().contains("Saved.")));
            assertEquals(
                    "Twenty characters ok",
                    JsonPath.from(draft(api, id, "en")).getString("channels.whatsapp[0].buttons[0].title"));

            // Scheduled a few seconds ahead (UTC): not delivered before, delivered after.
            chromium.go(editor);
            Instant goLive = Instant.now().plusSeconds(25).truncatedTo(ChronoUnit.SECONDS);
            browser.executeScript(
                    "document.getElementById('liveFrom').value = arguments[0];",
                    LOCAL.format(goLive.atOffset(ZoneOffset.UTC)));
            chromium.click(By.cssSelector("section.publishing form[action$='/publish'] button"));
            assertTrue(browser.findElement(By.cssSelector("p.ok")).getText().contains("Scheduled."));
            chromium.check("editor, scheduled");
            assertEquals("scheduled", JsonPath.from(draft(api, id, "en")).getString("status"));
            assertEquals(404, delivery(api, id));
            while (Instant.now().isBefore(goLive.plusSeconds(1))) {
                Thread.sleep(500);
            }
            long deadline = System.currentTimeMillis() + 30_000;
            int status = delivery(api, id);
            while (status != 200 && System.currentTimeMillis() < deadline) {
                Thread.sleep(1000);
                status = delivery(api, id);
            }
            assertEquals(200, status, "delivered after its go-live time");

            // A second editor (sam, admin of demo) saves while eddie types: eddie's save meets the 412 path.
            chromium.go(editor);
            WebElement text = browser.findElement(By.id("b0-markdown"));
            text.clear();
            text.sendKeys("Eddie's longer version, typed while sam saved.");
            String sam = Community.staffToken("sam");
            JsonPath now = JsonPath.from(draft(api, id, "en"));
            api.send(
                    "PUT",
                    "/api/v1/manage/sites/demo/content/" + id + "/translations/en",
                    sam,
                    "{\"title\":\"" + title + "\",\"slug\":\"" + now.getString("slug") + "\",\"version\":"
                            + now.getLong("version")
                            + ",\"body\":[{\"type\":\"paragraph\",\"markdown\":\"Sam's edit.\"}]}",
                    200);
            chromium.click(By.cssSelector("button[value=save]"));
            assertTrue(browser.findElement(By.cssSelector("section.theirs"))
                    .getText()
                    .contains("Sam's edit."));
            assertEquals(
                    "Eddie's longer version, typed while sam saved.",
                    browser.findElement(By.id("b0-markdown")).getAttribute("value"));
            chromium.check("stale save");
            chromium.click(By.cssSelector("button[value=save]"));
            assertTrue(browser.findElement(By.cssSelector("p.ok")).getText().contains("Saved."));
            assertEquals(
                    "Eddie's longer version, typed while sam saved.",
                    JsonPath.from(draft(api, id, "en")).getString("body[0].markdown"));
            chromium.go(editor + "/revisions");
            chromium.check("revisions");
        }
    }

    /**
     * The last two rights, in Chromium with the real Keycloak sign-in: mo (moderator of demo) is offered no
     * publishing and no save on a draft, and his forced publish is the api's 403 on a whole page, the draft still a
     * draft; kim (editor of kenya) has only kenya in the switcher, and demo's item by its address, through the
     * switcher or under kenya is a whole "not found" page in the layout, nothing of the item, no stack trace.
     */
    @Test
    void aModeratorCannotPublishAndAnEditorOfAnotherSiteSeesNothingOfThisOne() throws Exception {
        ApiUnderTest api = AdminKeycloak.api();
        String title = "Rights " + System.nanoTime();
        long id = new Community(api)
                .staff("eddie")
                .body("{\"type\":\"article\",\"translation\":{\"locale\":\"en\",\"content\":{\"title\":\""
                        + title + "\",\"slug\":\"rights-" + System.nanoTime()
                        + "\",\"body\":[{\"type\":\"paragraph\",\"markdown\":\"Only for demo.\"}]}}}")
                .post("/api/v1/manage/sites/demo/content")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        String editor = root + "sites/demo/content/" + id + "/en";

        try (Chromium chromium = Chromium.open()) {
            var browser = chromium.driver();
            AdminKeycloak.signIn(chromium, root, "mo");
            chromium.go(editor);
            assertEquals(
                    "mo",
                    browser.findElement(By.cssSelector("header .who span")).getText());
            assertEquals(title, browser.findElement(By.id("title")).getAttribute("value"));
            assertTrue(
                    browser.findElements(By.cssSelector("section.publishing")).isEmpty(), "no publishing");
            assertTrue(browser.findElements(By.cssSelector("form[action$='/publish']"))
                    .isEmpty());
            assertTrue(
                    browser.findElements(By.cssSelector("button[value=save]")).isEmpty(), "no save");
            assertTrue(
                    browser.findElements(By.cssSelector("button[value=undo]")).isEmpty(), "no block buttons");
            assertTrue(browser.findElement(By.tagName("main"))
                    .getText()
                    .contains("Your role lets you read this content, not change it."));
            chromium.check("moderator: an editor page without publishing");

            // Forced: a publish form built in the page with its own CSRF token and version.
            String version = JsonPath.from(draft(api, id, "en")).getString("version");
            chromium.afterNavigation(() -> browser.executeScript(
                    "var f = document.createElement('form'); f.method = 'post'; f.action = arguments[0];"
                            + "var t = document.querySelector('form.editor input[name=csrf-token]').cloneNode();"
                            + "var v = document.createElement('input'); v.type = 'hidden'; v.name = 'version';"
                            + " v.value = arguments[1]; f.appendChild(t); f.appendChild(v);"
                            + " document.body.appendChild(f); f.submit();",
                    editor + "/publish",
                    version));
            assertTrue(
                    browser.findElement(By.cssSelector("[role=alert]"))
                            .getText()
                            .contains("Your role on this site does not allow this."),
                    browser.findElement(By.tagName("main")).getText());
            assertEquals(
                    "mo",
                    browser.findElement(By.cssSelector("header .who span")).getText());
            assertTrue(
                    browser.findElements(By.cssSelector("section.publishing")).isEmpty());
            assertFalse(browser.getPageSource().contains("Exception"), "no stack trace");
            chromium.check("moderator: forced publish refused");
            assertEquals("draft", JsonPath.from(draft(api, id, "en")).getString("status"));
            assertEquals(404, delivery(api, id));
        }

        try (Chromium chromium = Chromium.open()) {
            var browser = chromium.driver();
            AdminKeycloak.signIn(chromium, root, "kim");
            assertEquals(
                    "kim",
                    browser.findElement(By.cssSelector("header .who span")).getText());
            List<String> sites = browser.findElements(By.cssSelector("#site-switch option")).stream()
                    .map(o -> o.getAttribute("value"))
                    .filter(v -> !v.isEmpty())
                    .toList();
            assertEquals(List.of("kenya"), sites, "only kim's site in the switcher");
            chromium.check("other site's editor: home");
            for (String path : List.of(
                    "sites/demo/content/" + id + "/en",
                    "sites/demo/content",
                    "sites/go?site=demo",
                    "sites/kenya/content/" + id + "/en")) {
                chromium.go(root + path);
                String main = browser.findElement(By.tagName("main")).getText();
                assertTrue(main.contains("Not found"), path + ": " + main);
                assertTrue(main.contains("not on a site of yours"), path + ": " + main);
                assertEquals(
                        "kim",
                        browser.findElement(By.cssSelector("header .who span")).getText(),
                        path);
                String source = browser.getPageSource();
                assertFalse(source.contains(title), path + " shows the item");
                assertFalse(source.contains("Only for demo."), path + " shows the item");
                assertFalse(source.contains("Exception") || source.contains("at dev.beacon"), path + ": a trace");
                chromium.check("other site's editor: " + path.replaceAll("/\\d+/", "/{id}/"));
            }
        }
    }

    private static String draft(ApiUnderTest api, long id, String locale) {
        return api.send(
                "GET",
                "/api/v1/manage/sites/demo/content/" + id + "/translations/" + locale,
                Community.staffToken("eddie"),
                null,
                200);
    }

    private static int delivery(ApiUnderTest api, long id) {
        return RestAssured.given()
                .get(api.url() + "/api/v1/sites/demo/content/" + id)
                .statusCode();
    }
}
