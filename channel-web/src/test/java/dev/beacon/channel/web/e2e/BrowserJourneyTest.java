package dev.beacon.channel.web.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.beacon.channel.kit.testing.ApiTestResource;
import dev.beacon.channel.web.support.DemoArticles;
import dev.beacon.channel.web.support.DemoCommunity;
import dev.beacon.channel.web.support.WebVisitor;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import dev.beacon.channel.kit.testing.Aliases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A person in real headless Chromium, against the real api and this mobi-site: browse, switch language, join,
 * sign out and in, vote in a poll, comment under an article and report a comment, download their data, delete the
 * account. Screenshots of the poll's results and of an article's comments are kept too. Screenshots of home and an article at 240×320 and
 * 360×640 are kept in {@code target/screenshots/}.
 */
@QuarkusTest
@QuarkusTestResource(ApiTestResource.class)
class BrowserJourneyTest {

    @TestHTTPResource("/")
    URL root;

    private ChromeDriver browser;
    private Path downloads;

    @BeforeEach
    void openBrowser() throws Exception {
        Path run = Path.of("target", "chromium", UUID.randomUUID().toString());
        downloads = run.resolve("downloads");
        browser = Chromium.start(run.resolve("profile"), downloads);
        Chromium.viewport(browser, 360, 640);
        // A click that submits a form returns before the next page is there: look for elements patiently.
        browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private void open(String path) {
        browser.get(root.toString().replaceAll("/$", "") + path);
    }

    /** Waits for the page after a click or a form to be the one with this heading. */
    private void assertHeading(String expected) {
        try {
            new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                    .until(b -> expected.equals(b.findElement(By.tagName("h1")).getText()));
        } catch (org.openqa.selenium.TimeoutException e) {
            assertEquals(expected, browser.findElement(By.tagName("h1")).getText());
        }
    }

    private void assertText(String css, String expected) {
        try {
            new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                    .until(b -> expected.equals(b.findElement(By.cssSelector(css)).getText()));
        } catch (org.openqa.selenium.TimeoutException e) {
            assertEquals(expected, browser.findElement(By.cssSelector(css)).getText());
        }
    }

    private void click(org.openqa.selenium.WebElement element) {
        element.click();
    }

    private void click(String linkText) {
        browser.findElement(By.linkText(linkText)).click();
    }

    private void type(String id, String text) {
        browser.findElement(By.id(id)).clear();
        browser.findElement(By.id(id)).sendKeys(text);
    }

    @Test
    void aPersonBrowsesSwitchesLanguageJoinsSignsOutAndInVotesCommentsReportsDownloadsTheirDataAndLeaves() throws Exception {
        open("/s/demo/?lang=en");
        assertHeading("Beacon Demo");
        assertTrue(browser.findElements(By.tagName("script")).isEmpty());

        click("Health");
        assertHeading("Health");
        click("Mental health");
        click("When stress gets too much");
        assertHeading("When stress gets too much");

        click("Português");
        assertEquals("pt", browser.findElement(By.tagName("html")).getAttribute("lang"));
        assertHeading("Quando o stress é demais");

        String alias = Aliases.unique("Zola");
        click("A minha conta");
        assertHeading("Entrar");
        click("És novo aqui? Regista-te");
        type("alias", alias);
        type("pin", "2580");
        type("pin2", "2580");
        new Select(browser.findElement(By.id("securityQuestion"))).selectByValue("favourite-food");
        type("securityAnswer", "Matapa");
        browser.findElement(By.name("terms")).click();
        browser.findElement(By.cssSelector("form button")).click();
        assertHeading("A minha conta");
        assertText("main p", "Entraste como " + alias + ".");

        browser.findElement(By.xpath("//button[text()='Sair']")).click();
        assertHeading("Saíste da tua conta");

        click("A minha conta");
        type("alias", alias);
        type("pin", "1111");
        browser.findElement(By.cssSelector("form button")).click();
        assertText("p.e", "Esta alcunha e este PIN não correspondem.");
        type("pin", "2580");
        browser.findElement(By.cssSelector("form button")).click();
        assertText("main p", "Entraste como " + alias + ".");

        // Vote in the poll of "A tua voz", reached from the home page.
        click(browser.findElement(By.cssSelector("header a.brand")));
        click("A tua voz");
        click("Onde procuras informação sobre saúde?");
        assertHeading("Onde procuras informação sobre saúde?");
        browser.findElement(By.cssSelector("input[name=choice][value=friends]")).click();
        browser.findElement(By.xpath("//button[text()='Votar']")).click();
        assertText("p.ok", "Votaste: Amigos");
        assertTrue(browser.findElement(By.cssSelector("ul.t")).getText().contains("Amigos:"));
        Chromium.screenshot(browser, "poll-results", 240, 320);

        // Comment under an article, then report someone else's comment there.
        long consent = DemoCommunity.id(DemoCommunity.CONSENT);
        WebVisitor other = new WebVisitor();
        other.signUp(Aliases.unique("Other"));
        other.get("/s/demo/comments/" + consent + "?lang=en");
        String theirs = other.post("/s/demo/comments/" + consent, "lang", "en", "text", "Cheap phones for sale, call me").getHeader("Location");
        long theirId = Long.parseLong(theirs.replaceAll("^.*#c(\\d+)$", "$1"));
        open("/s/demo/comments/show/" + consent + "?lang=pt");
        assertHeading("O que é o consentimento");
        click("Escrever um comentário");
        assertHeading("Escrever um comentário");
        type("text", "Sim quer dizer sim, sempre. <script>alert(1)</script>");
        browser.findElement(By.xpath("//button[text()='Publicar']")).click();
        assertText("#comments p.ok", "O teu comentário foi publicado.");
        assertTrue(browser.findElements(By.tagName("script")).isEmpty(), "a comment's script stays text");
        assertTrue(browser.findElement(By.id("comments")).getText().contains("Sim quer dizer sim, sempre. <script>alert(1)</script>"));
        Chromium.screenshot(browser, "article-comments", 360, 640);
        browser.findElement(By.cssSelector("#c" + theirId + " a[href*='/comments/report/']")).click();
        assertHeading("Denunciar um comentário");
        browser.findElement(By.cssSelector("input[name=reason][value=spam]")).click();
        browser.findElement(By.xpath("//button[text()='Enviar a denúncia']")).click();
        assertHeading("Obrigado pela tua denúncia");
        click("A minha conta");

        click("Descarregar os meus dados (JSON)");
        Path file = downloads.resolve("my-data-demo.json");
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(b -> Files.exists(file) && file.toFile().length() > 0);
        String data = Files.readString(file);
        assertTrue(data.contains("\"alias\":\"" + alias + "\""), data);
        assertTrue(data.contains("\"favourite-food\""), data);
        assertTrue(data.contains("Sim quer dizer sim, sempre."), "the export holds the comment: " + data);

        click("Apagar a minha conta");
        browser.findElement(By.xpath("//button[text()='Apagar a minha conta para sempre']")).click();
        assertHeading("A tua conta foi apagada");

        click("A minha conta");
        type("alias", alias);
        type("pin", "2580");
        browser.findElement(By.cssSelector("form button")).click();
        assertText("p.e", "Esta alcunha e este PIN não correspondem.");
    }

    @Test
    void homeAndAnArticleAreScreenshotAtPhoneSizes() throws Exception {
        open("/s/demo/?lang=en");
        Chromium.screenshot(browser, "home", 240, 320);
        Chromium.screenshot(browser, "home", 360, 640);
        open("/s/demo/c/" + DemoArticles.everyBlockType() + "?lang=en");
        assertHeading("The clinic is open");
        Chromium.screenshot(browser, "article", 240, 320);
        Chromium.screenshot(browser, "article", 360, 640);

        long pageWidth = (Long) browser.executeScript("return document.documentElement.scrollWidth");
        assertTrue(pageWidth <= 360, "no sideways scrolling at 360 px: " + pageWidth);
        Path dir = Path.of(System.getProperty("beacon.test.screenshots", "target/screenshots"));
        for (String shot : new String[] { "home-240x320.png", "home-360x640.png", "article-240x320.png", "article-360x640.png" }) {
            assertTrue(Files.size(dir.resolve(shot)) > 1000, shot);
        }
    }
}
