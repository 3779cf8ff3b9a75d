package dev.beacon.api.profiles;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.beacon.api.testing.DemoSiteTest;
import dev.beacon.api.testing.KeycloakTestResource;
import dev.beacon.api.testing.KeycloakTokens;
import dev.beacon.api.testing.Traces;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** People through channels, with real channel-client tokens from Keycloak. */
@QuarkusTest
@WithTestResource(KeycloakTestResource.class)
class ProfileResourceTest extends DemoSiteTest {

    private static final String ME = "/api/v1/sites/demo/me";

    @Test
    void firstContactCreatesAProfileAndTheSameIdentityFindsItAgain() {
        String subject = "whatsapp:1555" + (System.nanoTime() % 10_000_000);
        long id = as("whatsapp", subject)
                .get(ME)
                .then()
                .statusCode(200)
                .header("Cache-Control", "no-store")
                .body("alias", nullValue())
                .body("identities", contains(subject))
                .extract()
                .jsonPath()
                .getLong("id");
        as("whatsapp", subject).get(ME).then().body("id", equalTo((int) id));
    }

    @Test
    void aChannelActsOnlyForItsOwnIdentitiesAndStaffForNobody() {
        as("messenger", "whatsapp:15550100000").get(ME).then().statusCode(403);
        given().auth()
                .oauth2(KeycloakTokens.passwordToken("ada"))
                .header("Beacon-Subject", "web:abc")
                .get(ME)
                .then()
                .statusCode(403);
        as("web", null).get(ME).then().statusCode(400).body("errors.field", contains("Beacon-Subject"));
        as("web", "not a subject").get(ME).then().statusCode(400);
        given().header("Beacon-Subject", "web:abc").get(ME).then().statusCode(401);
    }

    @Test
    void aliasesAreCheckedAndUniquePerSite() {
        String a = web();
        String alias = "Star" + UUID.randomUUID().toString().substring(0, 6);
        as("web", a)
                .body("{\"alias\":\"" + alias + "\",\"dateOfBirth\":\"2008-05-01\",\"gender\":\"f\"}")
                .put(ME)
                .then()
                .statusCode(200)
                .body("alias", equalTo(alias))
                .body("dateOfBirth", equalTo("2008-05-01"));
        as("web", web())
                .body("{\"alias\":\"" + alias.toLowerCase() + "\"}")
                .put(ME)
                .then()
                .statusCode(409)
                .body("type", equalTo(PROBLEM + "conflict"));
        for (String banned : new String[] {"call 0821234567", "me@example.org", "you idiot", "You IDIÓT"}) {
            as("web", a)
                    .body("{\"alias\":\"" + banned + "\"}")
                    .put(ME)
                    .then()
                    .statusCode(422)
                    .body("type", equalTo(PROBLEM + "banned-text"))
                    .body("errors.field", contains("alias"));
        }
        as("web", a)
                .body("{\"alias\":\"<b>x</b>\"}")
                .put(ME)
                .then()
                .statusCode(400)
                .body("type", equalTo(PROBLEM + "validation"))
                .body("errors.field", contains("alias"));
        as("web", a)
                .body("{\"alias\":\"" + alias + "\",\"dateOfBirth\":\"2999-01-01\"}")
                .put(ME)
                .then()
                .statusCode(400)
                .body("errors.field", contains("dateOfBirth"));
        as("web", a).get(ME).then().body("alias", equalTo(alias)).body("dateOfBirth", equalTo("2008-05-01"));
    }

    @Test
    void eachSiteDecidesWhichFieldsItAsksForAndHowOldPeopleMustBe() {
        String site = "p-" + UUID.randomUUID().toString().substring(0, 8);
        given().auth()
                .oauth2(KeycloakTokens.passwordToken("ada"))
                .contentType(ContentType.JSON)
                .body("""
                {"slug":"%s","name":"Teens","locales":[{"code":"en"}],
                 "settings":{"profiles":{"gender":"off","location":"required","minimumAge":13}}}
                """.formatted(site))
                .post("/api/v1/manage/sites")
                .then()
                .statusCode(201);
        given().get("/api/v1/sites/{site}", site)
                .then()
                .body("profiles.minimumAge", equalTo(13))
                .body("profiles.gender", equalTo("off"));
        String me = "/api/v1/sites/" + site + "/me";
        String person = web();
        String alias = dev.beacon.api.testing.Names.alias("t");
        refusedNaming("gender", person, me, "{\"alias\":\"" + alias + "\",\"location\":\"Kisumu\",\"gender\":\"m\"}");
        refusedNaming("location", person, me, "{\"alias\":\"" + alias + "\"}");
        String tenYearsAgo = java.time.LocalDate.now().minusYears(10).toString();
        refusedNaming(
                "dateOfBirth",
                person,
                me,
                "{\"alias\":\"" + alias + "\",\"location\":\"Kisumu\",\"dateOfBirth\":\"" + tenYearsAgo + "\"}");
        as("web", person)
                .body("{\"alias\":\"" + alias + "\",\"location\":\"Kisumu\",\"dateOfBirth\":\"2010-01-01\"}")
                .put(me)
                .then()
                .statusCode(200)
                .body("location", equalTo("Kisumu"));
    }

    @Test
    void signsInWithAliasAndPinFromAnotherDeviceAndLocksAfterRepeatedFailures() {
        String phone = web();
        String alias = withPin(phone, "1234");
        String laptop = web();
        as("web", laptop)
                .body(signIn(alias, "1234"))
                .post("/api/v1/sites/demo/sign-in")
                .then()
                .statusCode(200)
                .body("alias", equalTo(alias))
                .body("identities", hasItem(laptop));
        // An unknown alias fails exactly like a wrong PIN.
        as("web", web())
                .body(signIn("nobody-" + UUID.randomUUID().toString().substring(0, 6), "1234"))
                .post("/api/v1/sites/demo/sign-in")
                .then()
                .statusCode(401)
                .body("type", equalTo(PROBLEM + "sign-in-failed"));
        String attacker = web();
        for (int i = 0; i < 4; i++) {
            as("web", attacker)
                    .body(signIn(alias, "0000"))
                    .post("/api/v1/sites/demo/sign-in")
                    .then()
                    .statusCode(401);
        }
        as("web", attacker)
                .body(signIn(alias, "0000"))
                .post("/api/v1/sites/demo/sign-in")
                .then()
                .statusCode(423)
                .body("type", equalTo(PROBLEM + "locked"));
        as("web", attacker)
                .body(signIn(alias, "1234"))
                .post("/api/v1/sites/demo/sign-in")
                .then()
                .statusCode(423);
    }

    @Test
    void signingOutForgetsTheDevicesIdentityAndKeepsTheProfile() throws SQLException {
        String phone = web();
        String alias = withPin(phone, "1234");
        long profile = as("web", phone).get(ME).then().extract().jsonPath().getLong("id");
        String laptop = web();
        as("web", laptop)
                .body(signIn(alias, "1234"))
                .post("/api/v1/sites/demo/sign-in")
                .then()
                .statusCode(200);

        as("web", laptop).delete(ME + "/identity").then().statusCode(204);
        assertEquals(0, identityRows(laptop), "the laptop's identity is gone");
        // Whoever comes back with the laptop's identity (a copied cookie) is a new, empty person.
        as("web", laptop)
                .get(ME)
                .then()
                .statusCode(200)
                .body("alias", nullValue())
                .body("id", not(equalTo((int) profile)));
        as("web", phone)
                .get(ME)
                .then()
                .statusCode(200)
                .body("id", equalTo((int) profile))
                .body("alias", equalTo(alias));
        as("web", web())
                .body(signIn(alias, "1234"))
                .post("/api/v1/sites/demo/sign-in")
                .then()
                .statusCode(200)
                .body("id", equalTo((int) profile));

        // Forgetting twice, or an identity never seen, is forgetting once, and makes no profile.
        String stranger = web();
        as("web", stranger).delete(ME + "/identity").then().statusCode(204);
        assertEquals(0, identityRows(stranger));
        // The only identity of a profile without a PIN stays: nobody could reach the profile again.
        String messengerOnly = "messenger:" + UUID.randomUUID();
        as("messenger", messengerOnly).get(ME).then().statusCode(200);
        as("messenger", messengerOnly)
                .delete(ME + "/identity")
                .then()
                .statusCode(409)
                .body("type", equalTo(PROBLEM + "conflict"))
                .body("detail", containsString("set a PIN"));
        assertEquals(1, identityRows(messengerOnly));
    }

    private long identityRows(String subject) throws SQLException {
        try (var c = db.getConnection();
                var s = c.prepareStatement(
                        "SELECT count(*) FROM channel_identity WHERE channel || ':' || external_id = ?")) {
            s.setString(1, subject);
            try (var r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    @Test
    void securityQuestionsAreTheSitesOwnTranslatedList() {
        given().get("/api/v1/sites/demo")
                .then()
                .body(
                        "profiles.securityQuestions.key",
                        org.hamcrest.Matchers.hasItems("first-school", "favourite-food"))
                .body(
                        "profiles.securityQuestions.find { it.key == 'first-school' }.text.pt",
                        equalTo("Qual era o nome da tua primeira escola?"));
        String subject = web();
        as("web", subject)
                .body("{\"alias\":\"" + dev.beacon.api.testing.Names.alias("q") + "\"}")
                .put(ME)
                .then()
                .statusCode(200);
        as("web", subject)
                .body("{\"pin\":\"1234\",\"securityQuestion\":\"Your pet?\",\"securityAnswer\":\"Rex\"}")
                .put(ME + "/pin")
                .then()
                .statusCode(400)
                .body("errors.field", contains("securityQuestion"));
        as("web", subject).get(ME).then().body("hasPin", equalTo(false));
    }

    @Test
    void recoversAForgottenPinWithTheSecurityAnswer() {
        String alias = withPin(web(), "1234");
        String device = web();
        as("web", device)
                .body("{\"alias\":\"" + alias + "\",\"securityAnswer\":\"Cat\",\"newPin\":\"9999\"}")
                .post("/api/v1/sites/demo/recover")
                .then()
                .statusCode(401)
                .body("type", equalTo(PROBLEM + "sign-in-failed"));
        // Compared without case and surrounding space.
        as("web", device)
                .body("{\"alias\":\"" + alias + "\",\"securityAnswer\":\"  rEX \",\"newPin\":\"9999\"}")
                .post("/api/v1/sites/demo/recover")
                .then()
                .statusCode(200)
                .body("identities", hasItem(device));
        as("web", web())
                .body(signIn(alias, "1234"))
                .post("/api/v1/sites/demo/sign-in")
                .then()
                .statusCode(401);
        as("web", web())
                .body(signIn(alias, "9999"))
                .post("/api/v1/sites/demo/sign-in")
                .then()
                .statusCode(200);
    }

    @Test
    void linksASecondChannelWithAOneTimeCode() {
        String whatsapp = "whatsapp:2771" + (System.nanoTime() % 10_000_000);
        long id = named("whatsapp", whatsapp, dev.beacon.api.testing.Names.alias("l"));
        String code = as("whatsapp", whatsapp)
                .post(ME + "/link-code")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getString("code");
        String messenger = "messenger:" + UUID.randomUUID();
        as("messenger", messenger)
                .body("{\"code\":\"00000000\"}")
                .post(ME + "/link")
                .then()
                .statusCode(400)
                .body("errors.field", contains("code"));
        as("messenger", messenger)
                .body("{\"code\":\"" + code + "\"}")
                .post(ME + "/link")
                .then()
                .statusCode(200)
                .body("id", equalTo((int) id))
                .body("identities", org.hamcrest.Matchers.containsInAnyOrder(whatsapp, messenger));
        as("messenger", messenger).get(ME).then().body("id", equalTo((int) id));
        // A code works once.
        as("messenger", "messenger:" + UUID.randomUUID())
                .body("{\"code\":\"" + code + "\"}")
                .post(ME + "/link")
                .then()
                .statusCode(400);
    }

    @Test
    void theLockOutHoldsUnderConcurrentGuesses() throws Exception {
        String alias = withPin(web(), "2468");
        String token = KeycloakTokens.clientToken("web");
        ExecutorService pool = Executors.newFixedThreadPool(12);
        try {
            List<Future<Integer>> attempts = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                String pin = String.format("%04d", 1000 + i);
                attempts.add(pool.submit(() -> given().auth()
                        .oauth2(token)
                        .contentType(ContentType.JSON)
                        .header("Beacon-Subject", "web:" + UUID.randomUUID())
                        .body(signIn(alias, pin))
                        .post("/api/v1/sites/demo/sign-in")
                        .statusCode()));
            }
            int refused = 0;
            int locked = 0;
            for (Future<Integer> f : attempts) {
                int status = f.get();
                refused += status == 401 ? 1 : 0;
                locked += status == 423 ? 1 : 0;
            }
            assertEquals(30, refused + locked, "every guess is refused");
            assertEquals(4, refused, "only four wrong PINs are ever checked before the lock");
        } finally {
            pool.shutdownNow();
        }
        as("web", web())
                .body(signIn(alias, "2468"))
                .post("/api/v1/sites/demo/sign-in")
                .then()
                .statusCode(423);
    }

    @Test
    void aWithdrawnConsentIsThePersonsLatestRecordUntilTheyAcceptAgain() {
        String subject = "whatsapp:2778" + (System.nanoTime() % 10_000_000);
        as("whatsapp", subject)
                .get(ME + "/consents/contact")
                .then()
                .statusCode(404)
                .body("type", equalTo("https://beacon.dev/problems/not-found"));
        as("whatsapp", subject)
                .body("{\"document\":\"contact\",\"version\":\"1\"}")
                .post(ME + "/consents")
                .then()
                .statusCode(201)
                .body("withdrawn", equalTo(false));
        as("whatsapp", subject)
                .body("{\"document\":\"contact\",\"version\":\"1\",\"withdrawn\":true}")
                .post(ME + "/consents")
                .then()
                .statusCode(201)
                .body("withdrawn", equalTo(true));
        as("whatsapp", subject)
                .body("{\"document\":\"terms\",\"version\":\"2\"}")
                .post(ME + "/consents")
                .then()
                .statusCode(201);
        as("whatsapp", subject)
                .get(ME + "/consents/contact")
                .then()
                .statusCode(200)
                .header("Cache-Control", "no-store")
                .body("document", equalTo("contact"))
                .body("channel", equalTo("whatsapp"))
                .body("withdrawn", equalTo(true));
        as("whatsapp", subject)
                .get(ME + "/export")
                .then()
                .statusCode(200)
                .body("consents.document", contains("contact", "contact", "terms"))
                .body("consents.withdrawn", contains(false, true, false));

        as("whatsapp", subject)
                .body("{\"document\":\"contact\",\"version\":\"1\"}")
                .post(ME + "/consents")
                .then()
                .statusCode(201);
        as("whatsapp", subject)
                .get(ME + "/consents/contact")
                .then()
                .statusCode(200)
                .body("withdrawn", equalTo(false));
    }

    @Test
    void exportsEverythingAndErasesWithoutATrace() throws SQLException {
        String subject = "whatsapp:2779" + (System.nanoTime() % 10_000_000);
        String alias = "Erase" + UUID.randomUUID().toString().substring(0, 6);
        as("whatsapp", subject)
                .body("{\"alias\":\"" + alias + "\",\"location\":\"Soweto\"}")
                .put(ME)
                .then()
                .statusCode(200);
        as("whatsapp", subject)
                .body("{\"document\":\"terms\",\"version\":\"2026-01\"}")
                .post(ME + "/consents")
                .then()
                .statusCode(201)
                .body("channel", equalTo("whatsapp"));
        as("whatsapp", subject)
                .body("{\"pin\":\"1357\",\"securityQuestion\":\"best-friend\",\"securityAnswer\":\"Mrs Dube\"}")
                .put(ME + "/pin")
                .then()
                .statusCode(200);
        as("whatsapp", subject)
                .get(ME + "/export")
                .then()
                .statusCode(200)
                .body("profile.alias", equalTo(alias))
                .body("profile.location", equalTo("Soweto"))
                .body("profile.identities", contains(subject))
                .body("consents.version", contains("2026-01"))
                .body("securityQuestions", contains("best-friend"))
                .body(not(org.hamcrest.Matchers.containsString("pbkdf2")));

        as("whatsapp", subject).delete(ME).then().statusCode(204);
        assertEquals(List.of(), Traces.columnsContaining(db, subject.substring("whatsapp:".length())));
        assertEquals(List.of(), Traces.columnsContaining(db, alias));
        assertEquals(List.of(), Traces.columnsContaining(db, "Soweto"));
        // The same identity coming back is a new, empty person.
        as("whatsapp", subject).get(ME).then().statusCode(200).body("alias", nullValue());
    }

    @Test
    void aSiteAdminCanExportAndEraseForAPerson() {
        String subject = web();
        long id = as("web", subject).get(ME).then().extract().jsonPath().getLong("id");
        String sam = KeycloakTokens.passwordToken("sam");
        given().auth()
                .oauth2(sam)
                .get("/api/v1/manage/sites/demo/profiles/{id}/export", id)
                .then()
                .statusCode(200)
                .body("profile.identities", contains(subject));
        given().auth()
                .oauth2(sam)
                .delete("/api/v1/manage/sites/demo/profiles/{id}", id)
                .then()
                .statusCode(204);
        given().auth()
                .oauth2(sam)
                .get("/api/v1/manage/sites/demo/profiles/{id}/export", id)
                .then()
                .statusCode(404);
    }

    @Test
    void aSiteAdminFindsAPersonByAliasInAnyCaseOrByIdentityAndTheErasureNamesWhoDidIt() {
        String subject = web();
        String alias = dev.beacon.api.testing.Names.alias("Find");
        long id = named("web", subject, alias);
        String sam = KeycloakTokens.passwordToken("sam");
        given().auth()
                .oauth2(sam)
                .queryParam("alias", alias.toUpperCase(java.util.Locale.ROOT))
                .get("/api/v1/manage/sites/demo/profiles")
                .then()
                .statusCode(200)
                .body("id", contains((int) id))
                .body("[0].identities", contains(subject));
        given().auth()
                .oauth2(sam)
                .queryParam("identity", subject)
                .get("/api/v1/manage/sites/demo/profiles")
                .then()
                .statusCode(200)
                .body("alias", contains(alias));
        given().auth()
                .oauth2(sam)
                .queryParam("identity", "web:nobody-" + id)
                .get("/api/v1/manage/sites/demo/profiles")
                .then()
                .statusCode(200)
                .body("", org.hamcrest.Matchers.empty());
        given().auth()
                .oauth2(sam)
                .get("/api/v1/manage/sites/demo/profiles")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("alias"));
        given().auth()
                .oauth2(sam)
                .delete("/api/v1/manage/sites/demo/profiles/{id}", id)
                .then()
                .statusCode(204);
        assertEquals(
                "sam",
                dev.beacon.api.testing.Db.string(
                        db,
                        "SELECT data->>'by' FROM event WHERE type = 'profile.erased' AND data->>'profileId' = '" + id
                                + "'"));
    }

    /** The person takes an alias; returns their profile id. */
    private static long named(String channel, String subject, String alias) {
        return as(channel, subject)
                .body("{\"alias\":\"" + alias + "\"}")
                .put(ME)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    private static String withPin(String subject, String pin) {
        String alias = dev.beacon.api.testing.Names.alias("u");
        as("web", subject).body("{\"alias\":\"" + alias + "\"}").put(ME).then().statusCode(200);
        as("web", subject)
                .body("{\"pin\":\"" + pin + "\",\"securityQuestion\":\"favourite-food\",\"securityAnswer\":\"Rex\"}")
                .put(ME + "/pin")
                .then()
                .statusCode(200)
                .body("hasPin", equalTo(true));
        return alias;
    }

    private static String signIn(String alias, String pin) {
        return "{\"alias\":\"" + alias + "\",\"pin\":\"" + pin + "\"}";
    }

    private static String web() {
        return "web:" + UUID.randomUUID();
    }

    private static RequestSpecification as(String client, String subject) {
        RequestSpecification r =
                given().auth().oauth2(KeycloakTokens.clientToken(client)).contentType(ContentType.JSON);
        return subject == null ? r : r.header("Beacon-Subject", subject);
    }

    /** A {@code PUT /me} refused as invalid, naming one field. */
    private static void refusedNaming(String field, String person, String me, String body) {
        as("web", person).body(body).put(me).then().statusCode(400).body("errors.field", contains(field));
    }
}
