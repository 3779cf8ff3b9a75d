package dev.beacon.channel.web.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.beacon.channel.kit.testing.Aliases;
import dev.beacon.channel.kit.testing.ApiTestResource;
import dev.beacon.channel.web.support.DemoArticles;
import dev.beacon.channel.web.support.DemoCommunity;
import dev.beacon.channel.web.support.WebVisitor;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A person in real headless Chromium, against the real api and this mobi-site: browse, switch language, join,
 * sign out and in, vote in a poll, comment under an article and report a comment, download their data, delete the
 * account. Screenshots of the poll's results, of an article's comments, and of home and an article at 240×320 and
 * 360×640 are kept in {@code target/screenshots/}.
 */
@QuarkusTest
@QuarkusTestResource(ApiTestResource.class)
class BrowserJourneyTest extends BrowserTest {

    @Test
    void aPersonBrowsesSwitchesLanguageJoinsSignsOutAndInVotesCommentsReportsDownloadsTheirDataAndLeaves()
            throws Exception {
        person.open("/s/demo/?lang=en");
        person.assertHeading("Beacon Demo");
        assertTrue(person.browser.findElements(By.tagName("script")).isEmpty());

        person.follow("Health");
        person.assertHeading("Health");
        person.follow("Mental health");
        person.follow("When stress gets too much");
        person.assertHeading("When stress gets too much");

        person.follow("Português");
        assertEquals("pt", person.browser.findElement(By.tagName("html")).getAttribute("lang"));
        person.assertHeading("Quando o stress é demais");

        String alias = Aliases.unique("Zola");
        person.follow("A minha conta");
        person.assertHeading("Entrar");
        person.follow("És novo aqui? Regista-te");
        person.signUp(alias, "2580");
        person.assertHeading("A minha conta");
        person.assertText("main p", "Entraste como " + alias + ".");

        person.press("Sair");
        person.assertHeading("Saíste da tua conta");

        person.follow("A minha conta");
        person.signIn(alias, "1111");
        person.assertText("p.e", "Esta alcunha e este PIN não correspondem.");
        person.signIn(alias, "2580");
        person.assertText("main p", "Entraste como " + alias + ".");

        // Vote in the poll of "A tua voz", reached from the home page.
        person.leaveBy(person.browser.findElement(By.cssSelector("header a.brand")));
        person.follow("A tua voz");
        person.follow("Onde procuras informação sobre saúde?");
        person.assertHeading("Onde procuras informação sobre saúde?");
        person.tick("input[name=choice][value=friends]");
        person.press("Votar");
        person.assertText("p.ok", "Votaste: Amigos");
        assertTrue(person.text("ul.t").contains("Amigos:"));
        Chromium.screenshot(person.browser, "poll-results", 240, 320);

        // Comment under an article, then report someone else's comment there.
        long consent = DemoCommunity.id(DemoCommunity.CONSENT);
        WebVisitor other = new WebVisitor();
        other.signUp(Aliases.unique("Other"));
        other.get("/s/demo/comments/" + consent + "?lang=en");
        String theirs = other.post(
                        "/s/demo/comments/" + consent, "lang", "en", "text", "Cheap phones for sale, call me")
                .getHeader("Location");
        long theirId = Long.parseLong(theirs.replaceAll("^.*#c(\\d+)$", "$1"));
        person.open("/s/demo/comments/show/" + consent + "?lang=pt");
        person.assertHeading("O que é o consentimento");
        person.follow("Escrever um comentário");
        person.assertHeading("Escrever um comentário");
        person.type("text", "Sim quer dizer sim, sempre. <script>alert(1)</script>");
        person.press("Publicar");
        person.assertText("#comments p.ok", "O teu comentário foi publicado.");
        assertTrue(person.browser.findElements(By.tagName("script")).isEmpty(), "a comment's script stays text");
        assertTrue(person.text("#comments").contains("Sim quer dizer sim, sempre. <script>alert(1)</script>"));
        Chromium.screenshot(person.browser, "article-comments", 360, 640);
        person.leaveBy(person.browser.findElement(By.cssSelector("#c" + theirId + " a[href*='/comments/report/']")));
        person.assertHeading("Denunciar um comentário");
        person.tick("input[name=reason][value=spam]");
        person.press("Enviar a denúncia");
        person.assertHeading("Obrigado pela tua denúncia");
        person.follow("A minha conta");

        person.browser
                .findElement(By.linkText("Descarregar os meus dados (JSON)"))
                .click(); // a download: the page stays
        Path file = person.downloads.resolve("my-data-demo.json");
        new WebDriverWait(person.browser, Duration.ofSeconds(15))
                .until(b -> Files.exists(file) && file.toFile().length() > 0);
        String data = Files.readString(file);
        assertTrue(data.contains("\"alias\":\"" + alias + "\""), data);
        assertTrue(data.contains("\"favourite-food\""), data);
        assertTrue(data.contains("Sim quer dizer sim, sempre."), "the export holds the comment: " + data);

        person.follow("Apagar a minha conta");
        person.press("Apagar a minha conta para sempre");
        person.assertHeading("A tua conta foi apagada");

        person.follow("A minha conta");
        person.signIn(alias, "2580");
        person.assertText("p.e", "Esta alcunha e este PIN não correspondem.");
    }

    @Test
    void homeAndAnArticleAreScreenshotAtPhoneSizes() throws Exception {
        person.open("/s/demo/?lang=en");
        Chromium.screenshot(person.browser, "home", 240, 320);
        Chromium.screenshot(person.browser, "home", 360, 640);
        person.open("/s/demo/c/" + DemoArticles.everyBlockType() + "?lang=en");
        person.assertHeading("The clinic is open");
        Chromium.screenshot(person.browser, "article", 240, 320);
        Chromium.screenshot(person.browser, "article", 360, 640);

        long pageWidth = (Long) person.browser.executeScript("return document.documentElement.scrollWidth");
        assertTrue(pageWidth <= 360, "no sideways scrolling at 360 px: " + pageWidth);
        Path dir = Path.of(System.getProperty("beacon.test.screenshots", "target/screenshots"));
        for (String shot :
                new String[] {"home-240x320.png", "home-360x640.png", "article-240x320.png", "article-360x640.png"}) {
            assertTrue(Files.size(dir.resolve(shot)) > 1000, shot);
        }
    }
}
