package dev.beacon.admin.signin;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.beacon.admin.support.Editor;
import dev.beacon.channel.kit.testing.ApiTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.Cookie;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The demo sign-in against the real api's demo issuer, the sealed session cookie, rights and the site switcher. */
@QuarkusTest
@QuarkusTestResource(ApiTestResource.class)
class SignInTest {

    @Test
    void aStrangerIsSentToTheDemoSignInWhichListsTheIssuersStaffWithTheirRights() {
        given().redirects()
                .follow(false)
                .get("/")
                .then()
                .statusCode(303)
                .header("Location", org.hamcrest.Matchers.endsWith("/sign-in"));
        given().redirects().follow(false).get("/sites/demo").then().statusCode(303);

        Document page = new Editor().page("/sign-in", 200);
        List<String> buttons = page.select("ul.users button").eachText();
        assertEquals(
                List.of("Sign in as ada", "Sign in as sam", "Sign in as eddie", "Sign in as mo", "Sign in as kim"),
                buttons);
        assertTrue(page.select("ul.users li").get(0).text().contains("platform admin (every site)"));
        assertTrue(page.select("ul.users li").get(2).text().contains("editor · demo"));
        assertTrue(page.select("ul.users li").get(4).text().contains("editor · kenya"));
    }

    @Test
    void anEditorSeesOnlyTheSitesTheyHaveARoleOnAndNoOtherSite() {
        Editor eddie = Editor.signedIn("eddie");
        eddie.get("/").then().statusCode(303).header("Location", org.hamcrest.Matchers.endsWith("/sites/demo/content"));
        Document demo = eddie.page("/sites/demo", 200);
        assertEquals(List.of("demo"), demo.select("#site-switch option").eachAttr("value"));
        assertEquals("eddie", demo.select("form.who span").text());
        assertTrue(demo.select("table").text().contains("pt-BR → pt → en"));
        eddie.page("/sites/kenya", 404);
        eddie.get("/sites/go?site=kenya").then().statusCode(404);

        Editor ada = Editor.signedIn("ada");
        Document sites = ada.page("/", 200);
        assertEquals(
                List.of("demo", "kenya"),
                sites.select("#site-switch option[value~=.]").eachAttr("value"));
        ada.get("/sites/go?site=kenya")
                .then()
                .statusCode(303)
                .header("Location", org.hamcrest.Matchers.endsWith("/sites/kenya/content"));
    }

    @Test
    void theSessionIsASealedHttpOnlyCookieThatAlteredSignsNobodyIn() {
        Editor mo = Editor.signedIn("mo");
        Response page = mo.get("/sites/demo");
        assertEquals(200, page.statusCode());
        String sealed = mo.cookies().get(DemoSession.COOKIE);
        assertFalse(sealed.contains("mo") && sealed.contains("eyJ"), "the token is not readable in the cookie");

        Editor fresh = new Editor();
        fresh.page("/sign-in", 200);
        Cookie session =
                fresh.request().formParam("username", "sam").get("/sign-in").getDetailedCookie(DemoSession.COOKIE);
        assertEquals(null, session, "no session before signing in");

        char last = sealed.charAt(sealed.length() - 1);
        String altered = sealed.substring(0, sealed.length() - 1) + (last == 'A' ? 'B' : 'A');
        given().redirects()
                .follow(false)
                .cookie(DemoSession.COOKIE, altered)
                .get("/sites/demo")
                .then()
                .statusCode(303)
                .header("Location", org.hamcrest.Matchers.endsWith("/sign-in"));
    }

    @Test
    void theCookieIsHttpOnlyLaxAndSignOutEndsTheSession() {
        Editor editor = new Editor();
        Document form = editor.page("/sign-in", 200);
        Response signedIn = editor.submit(form, "/sign-in/demo", Map.of("username", "sam"));
        assertEquals(303, signedIn.statusCode());
        Cookie cookie = signedIn.getDetailedCookie(DemoSession.COOKIE);
        assertTrue(cookie.isHttpOnly());
        assertEquals("Lax", cookie.getSameSite());

        Document site = editor.page("/sites/demo", 200);
        Response out = editor.submit(site, "/sign-out", Map.of());
        assertEquals(303, out.statusCode());
        assertEquals(0, out.getDetailedCookie(DemoSession.COOKIE).getMaxAge());
        editor.get("/sites/demo").then().statusCode(303);
    }

    @Test
    void formsWithoutTheCsrfTokenAndUnknownDemoUsersAreRefused() {
        Editor editor = new Editor();
        Document form = editor.page("/sign-in", 200);
        editor.request()
                .contentType("application/x-www-form-urlencoded")
                .formParam("username", "ada")
                .post("/sign-in/demo")
                .then()
                .statusCode(400);
        Response unknown = editor.submit(form, "/sign-in/demo", Map.of("username", "mallory"));
        assertEquals(400, unknown.statusCode());
        assertTrue(unknown.asString().contains("That demo user does not exist."));
        assertEquals(null, unknown.getDetailedCookie(DemoSession.COOKIE));
    }

    @Test
    void theInterfaceSpeaksPortugueseFromTheBrowserOrByChoice() {
        Document pt = new Editor().speaking("pt-BR").page("/sign-in", 200);
        assertEquals("pt", pt.select("html").attr("lang"));
        assertTrue(pt.select("ul.users").text().contains("Entrar como eddie"));

        Editor eddie = Editor.signedIn("eddie");
        Response chosen = eddie.get("/lang/pt?next=/sites/demo");
        chosen.then().statusCode(303).header("Location", org.hamcrest.Matchers.endsWith("/sites/demo"));
        Document site = eddie.page("/sites/demo", 200);
        assertEquals("pt", site.select("html").attr("lang"));
        assertEquals("Sair", site.select("form.who button").text());
        eddie.get("/lang/pt?next=//evil.example/")
                .then()
                .header("Location", org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("evil")));
    }
}
