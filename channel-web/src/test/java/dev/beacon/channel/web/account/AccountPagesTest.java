package dev.beacon.channel.web.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.beacon.channel.kit.testing.Aliases;
import dev.beacon.channel.kit.testing.ApiTestResource;
import dev.beacon.channel.web.support.WebVisitor;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** A person's own pages over HTTP, as a browser without JavaScript uses them, against the real API. */
@QuarkusTest
@QuarkusTestResource(ApiTestResource.class)
class AccountPagesTest {

    private static String alias() {
        return Aliases.unique("web");
    }

    private static Document html(Response response) {
        return Jsoup.parse(response.asString());
    }

    @Test
    void signingUpKeepsOnlyASignedRandomIdentityInAnHttpOnlyLaxCookie() {
        WebVisitor person = new WebVisitor();
        String name = alias();
        person.get("/s/demo/sign-up?lang=en");
        Response joined = person.postSignUp(name, "securityQuestion", "best-friend", "securityAnswer", "Ana");

        String setCookie = joined.getHeader("Set-Cookie");
        assertEquals(303, joined.statusCode());
        assertTrue(setCookie.contains("HttpOnly") && setCookie.contains("SameSite=Lax"), setCookie);
        assertTrue(
                person.cookie("beacon_session").matches("web:[0-9a-f-]{36}\\.\\d+\\.1\\.[A-Za-z0-9_-]+"),
                person.cookie("beacon_session"));
        assertFalse(setCookie.contains(name));
        Response account = person.get("/s/demo/account?lang=en");
        assertEquals("private, no-store", account.getHeader("Cache-Control"));
        assertEquals(
                "You are signed in as " + name + ".",
                html(account).select("main p").first().text());
    }

    @Test
    void aBannedWordIsRefusedInPortugueseKeepingWhatWasTypedButNeverThePin() {
        WebVisitor person = new WebVisitor();
        person.get("/s/demo/sign-up?lang=pt");

        Response refused = person.postSignUp(
                "grande idiot",
                "lang",
                "pt",
                "pin",
                "4567",
                "pin2",
                "4567",
                "securityQuestion",
                "favourite-food",
                "securityAnswer",
                "Matapa");

        Document page = html(refused);
        assertEquals(422, refused.statusCode(), "the api's banned-text status, passed through");
        assertTrue(
                page.select("span.e").text().startsWith("Esta alcunha não pode ser usada"),
                page.select("span.e").text());
        assertEquals("grande idiot", page.select("#alias").attr("value"));
        assertEquals("Matapa", page.select("#securityAnswer").attr("value"));
        assertEquals(
                "favourite-food",
                page.select("#securityQuestion option[selected]").attr("value"));
        assertEquals("", page.select("#pin").attr("value"));
        assertFalse(refused.asString().contains("4567"));
    }

    @Test
    void aTooLongOrTakenAliasAndMismatchedPinsAreShownAgainstTheirField() {
        String taken = alias();
        new WebVisitor().signUp(taken);
        WebVisitor person = new WebVisitor();
        person.get("/s/demo/sign-up?lang=en");

        Response tooLong = person.postSignUp("x".repeat(31));
        Response clash = person.postSignUp(taken);
        Response mismatch = person.postSignUp(alias(), "pin2", "4321", "terms", null);

        assertTrue(html(tooLong).select("span.e").text().startsWith("This alias cannot be used"));
        assertEquals(409, clash.statusCode());
        assertEquals(
                "Someone already uses this alias. Choose another.",
                html(clash).select("span.e").text());
        assertEquals(
                List.of("The two PINs are not the same.", "You need to accept the terms of use to join."),
                html(mismatch).select("span.e").eachText());
        assertEquals("0", person.cookie("beacon_session").split("\\.")[2], "still not signed in");
    }

    @Test
    void aWrongPinIsRefusedThenTheRightOneSignsInWithAFreshIdentity() {
        String name = alias();
        WebVisitor phone = new WebVisitor();
        phone.signUp(name);
        WebVisitor laptop = new WebVisitor();
        laptop.get("/s/demo/sign-in?lang=pt");
        String before = laptop.cookie("beacon_session");

        Response wrong = laptop.post("/s/demo/sign-in", "lang", "pt", "alias", name, "pin", "9999");
        Response right = laptop.post("/s/demo/sign-in", "lang", "pt", "alias", name, "pin", "1234");

        assertEquals(401, wrong.statusCode());
        assertEquals(
                "Esta alcunha e este PIN não correspondem.",
                html(wrong).select("p.e").text());
        assertEquals(name, html(wrong).select("#alias").attr("value"));
        assertEquals(303, right.statusCode());
        assertNotEquals(before.split("\\.")[0], laptop.cookie("beacon_session").split("\\.")[0]);
        assertTrue(laptop.get("/s/demo/account?lang=pt").asString().contains("Entraste como " + name));
    }

    @Test
    void everyFormPostWithoutThisSessionsTokenIsRefusedAndChangesNothing() {
        String name = alias();
        WebVisitor person = new WebVisitor();
        person.signUp(name);
        WebVisitor other = new WebVisitor();
        other.get("/s/demo/sign-in?lang=en");
        person.forgeCsrf(other.csrf());

        for (String path : List.of(
                "/s/demo/sign-up",
                "/s/demo/sign-in",
                "/s/demo/recover",
                "/s/demo/sign-out",
                "/s/demo/account",
                "/s/demo/account/terms",
                "/s/demo/account/delete")) {
            Response forged = person.post(path, "lang", "en", "alias", "Hacked", "pin", "1111", "pin2", "1111");
            assertEquals(403, forged.statusCode(), path);
        }
        person.forgeCsrf(null);
        assertEquals(403, person.post("/s/demo/account/delete", "lang", "en").statusCode());
        assertTrue(person.get("/s/demo/account?lang=en").asString().contains("You are signed in as " + name));
    }

    @Test
    void aCopyOfTheCookieSignsNobodyInOnceItsOwnerSignedOut() {
        String name = alias();
        WebVisitor person = new WebVisitor();
        person.signUp(name);
        WebVisitor thief = new WebVisitor();
        thief.setCookie("beacon_session", person.cookie("beacon_session"));
        assertTrue(
                thief.get("/s/demo/account?lang=en").asString().contains("You are signed in as " + name),
                "a copy works…");

        person.get("/s/demo/account?lang=en");
        assertEquals(200, person.post("/s/demo/sign-out", "lang", "en").statusCode());

        Response stolen = thief.get("/s/demo/account?lang=en");
        assertEquals(303, stolen.statusCode(), "…until its owner signs out");
        assertTrue(stolen.getHeader("Location").endsWith("/s/demo/sign-in?lang=en"));
        WebVisitor again = new WebVisitor();
        again.get("/s/demo/sign-in?lang=en");
        assertEquals(
                303,
                again.post("/s/demo/sign-in", "lang", "en", "alias", name, "pin", "1234")
                        .statusCode(),
                "the person signs in again with alias and PIN");
        assertTrue(again.get("/s/demo/account?lang=en").asString().contains("You are signed in as " + name));
    }

    @Test
    void aTamperedSessionCookieIsNoSession() {
        WebVisitor person = new WebVisitor();
        person.signUp(alias());
        String cookie = person.cookie("beacon_session");
        String forged = cookie.replaceFirst("^web:[0-9a-f-]{36}", "web:" + UUID.randomUUID());

        person.setCookie("beacon_session", forged);
        Response account = person.get("/s/demo/account?lang=en");

        assertEquals(303, account.statusCode());
        assertTrue(account.getHeader("Location").endsWith("/s/demo/sign-in?lang=en"));
    }

    @Test
    void editsTheProfileDownloadsTheDataAndDeletesTheAccount() {
        String name = alias();
        WebVisitor person = new WebVisitor();
        person.signUp(name);
        person.get("/s/demo/account?lang=en");

        Response saved = person.post(
                "/s/demo/account",
                "lang",
                "en",
                "alias",
                name,
                "location",
                "Beira",
                "gender",
                "",
                "dateOfBirth",
                "2008-02-29");
        Response agreed = person.post("/s/demo/account/terms", "lang", "en");
        Response export = person.get("/s/demo/account/export?lang=en");

        assertEquals(303, saved.statusCode());
        assertEquals(303, agreed.statusCode());
        assertTrue(person.get("/s/demo/account?lang=en&saved=true").asString().contains("value=\"Beira\""));
        assertEquals("private, no-store", export.getHeader("Cache-Control"));
        assertTrue(export.getHeader("Content-Disposition").startsWith("attachment"));
        assertEquals(name, export.jsonPath().getString("profile.alias"));
        assertEquals("2008-02-29", export.jsonPath().getString("profile.dateOfBirth"));
        assertEquals(2, export.jsonPath().getList("consents").size());

        person.get("/s/demo/account/delete?lang=en");
        Response deleted = person.post("/s/demo/account/delete", "lang", "en");
        assertEquals(200, deleted.statusCode());
        assertTrue(deleted.getHeader("Set-Cookie").contains("Max-Age=0"));
        WebVisitor again = new WebVisitor();
        again.get("/s/demo/sign-in?lang=en");
        assertEquals(
                401,
                again.post("/s/demo/sign-in", "lang", "en", "alias", name, "pin", "1234")
                        .statusCode());
    }

    @Test
    void aForgottenPinIsResetWithTheSecurityAnswer() {
        String name = alias();
        new WebVisitor().signUp(name);
        WebVisitor person = new WebVisitor();
        person.get("/s/demo/recover?lang=en");

        Response recovered = person.post(
                "/s/demo/recover", "lang", "en", "alias", name, "securityAnswer", "escola um", "pin", "2468");

        assertEquals(303, recovered.statusCode());
        WebVisitor later = new WebVisitor();
        later.get("/s/demo/sign-in?lang=en");
        assertEquals(
                303,
                later.post("/s/demo/sign-in", "lang", "en", "alias", name, "pin", "2468")
                        .statusCode());
    }
}
