package dev.beacon.api.reactions;

import static dev.beacon.api.testing.Staff.staff;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.beacon.api.testing.Db;
import dev.beacon.api.testing.KeycloakTestResource;
import dev.beacon.api.testing.Locks;
import dev.beacon.api.testing.People;
import dev.beacon.api.testing.Staff;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** Reaction questions under articles: one reaction per person, counts for everyone. */
@QuarkusTest
@WithTestResource(KeycloakTestResource.class)
class ReactionResourceTest {

    private static final String PROBLEM = "https://beacon.dev/problems/";
    private static final String QUESTION = """
            {"question":{"en":"How did this make you feel?","pt":"Como te sentiste?"},
             "choices":[{"key":"love","emoji":"❤️","labels":{"en":"Love","pt":"Adoro"}},
                        {"key":"sad","imageUrl":"https://cdn.example.org/sad.png","labels":{"en":"Sad"}}],
             "thankYou":{"en":"Thanks!","pt":"Obrigado!"}}""";
    private static final String REACTIONS = "/api/v1/sites/{site}/content/{id}/reactions";

    @Inject
    AgroalDataSource db;

    @Inject
    org.hibernate.SessionFactory orm;

    private static long article(String site) {
        long id = Staff.newItem(site, "article", null, "Story", "story", null);
        Staff.translate(site, id, "pt", "História", "historia", null);
        staff().body(QUESTION)
                .put("/api/v1/manage/sites/{site}/content/{id}/reaction-question", site, id)
                .then()
                .statusCode(200);
        Staff.publish(site, id, "en");
        Staff.publish(site, id, "pt");
        return id;
    }

    @Test
    void aPersonReactsOnceAndGetsTheThankYouInTheirLocale() {
        String site = Staff.newSite();
        long id = article(site);
        String person = People.newPerson();
        People.as(person)
                .body("{\"choice\":\"love\"}")
                .post(REACTIONS + "?locale=pt-BR", site, id)
                .then()
                .statusCode(201)
                .header("Cache-Control", "no-store")
                .body("thankYou", equalTo("Obrigado!"))
                .body("locale", equalTo("pt"));
        People.as(person)
                .body("{\"choice\":\"sad\"}")
                .post(REACTIONS, site, id)
                .then()
                .statusCode(409)
                .body("type", equalTo(PROBLEM + "already-done"));
        People.as(People.newPerson())
                .body("{\"choice\":\"sad\"}")
                .post(REACTIONS, site, id)
                .then()
                .statusCode(201)
                .body("thankYou", equalTo("Thanks!"));
        String etag = given().get(REACTIONS + "?locale=pt", site, id)
                .then()
                .statusCode(200)
                .header("Cache-Control", containsString("public"))
                .body("question", equalTo("Como te sentiste?"))
                .body("choices.key", contains("love", "sad"))
                .body("choices.label", contains("Adoro", "Sad"))
                .body("choices.count", contains(1, 1))
                .body("total", equalTo(2))
                .extract()
                .header("ETag");
        given().header("If-None-Match", etag)
                .get(REACTIONS + "?locale=pt", site, id)
                .then()
                .statusCode(304);
        People.as(person)
                .get("/api/v1/sites/{site}/me/export", site)
                .then()
                .body("activity.reactions.choice", contains("love"));
    }

    @Test
    void countsAreHeldUntilAReactionOrADefinitionOrAnEpochChangesThem() {
        String site = Staff.newSite();
        long id = article(site);
        given().get(REACTIONS, site, id).then().statusCode(200).body("total", equalTo(0));
        assertEquals(
                0,
                statementsOf(() ->
                        given().get(REACTIONS, site, id).then().statusCode(200).body("total", equalTo(0))),
                "a held count reads nothing");
        People.as(People.newPerson())
                .body("{\"choice\":\"sad\"}")
                .post(REACTIONS, site, id)
                .then()
                .statusCode(201);
        given().get(REACTIONS, site, id).then().body("total", equalTo(1)).body("choices.count", contains(0, 1));
        staff().body(QUESTION.replace("\"Love\"", "\"Loved it\""))
                .put("/api/v1/manage/sites/{site}/content/{id}/reaction-question", site, id)
                .then()
                .statusCode(200);
        given().get(REACTIONS, site, id).then().body("choices.label", contains("Loved it", "Sad"));
        staff().post("/api/v1/manage/sites/{site}/content/{id}/translations/en/unpublish", site, id)
                .then()
                .statusCode(200);
        staff().post("/api/v1/manage/sites/{site}/content/{id}/translations/pt/unpublish", site, id)
                .then()
                .statusCode(200);
        given().get(REACTIONS, site, id).then().statusCode(404);
    }

    @Test
    void droppingAChoiceWhileSomeoneReactsWithItWaitsAndIsRefused() throws Exception {
        String site = Staff.newSite();
        long id = article(site);
        String person = People.newPerson();
        People.clientToken("web");
        String withoutSad = """
                {"question":{"en":"How did this make you feel?"},
                 "choices":[{"key":"love","emoji":"❤️","labels":{"en":"Love"}},{"key":"wow","emoji":"😮","labels":{"en":"Wow"}}],
                 "thankYou":{"en":"Thanks!"}}""";
        // The reaction is held after it has read the choices; the editor drops its choice meanwhile.
        Locks.Overlap statuses = Locks.whileHeld(
                db,
                site,
                person,
                () -> People.as(person)
                        .body("{\"choice\":\"sad\"}")
                        .post(REACTIONS, site, id)
                        .statusCode(),
                () -> staff().body(withoutSad)
                        .put("/api/v1/manage/sites/{site}/content/{id}/reaction-question", site, id)
                        .statusCode());
        assertEquals(201, statuses.held(), "the reaction, begun before the change, is counted");
        assertEquals(409, statuses.meanwhile(), "the change then finds a reaction with the choice");
        given().get(REACTIONS, site, id)
                .then()
                .body("choices.key", contains("love", "sad"))
                .body("total", equalTo(1));
    }

    private long statementsOf(Runnable request) {
        long before = orm.getStatistics().getPrepareStatementCount();
        request.run();
        return orm.getStatistics().getPrepareStatementCount() - before;
    }

    @Test
    void badReactionsAreRefusedAndChangeNothing() {
        String site = Staff.newSite();
        long id = article(site);
        long other = article(Staff.newSite());
        long before = rows();
        String person = People.newPerson();
        People.as(person)
                .body("{}")
                .post(REACTIONS, site, id)
                .then()
                .statusCode(400)
                .body("type", equalTo(PROBLEM + "validation"));
        People.as(person)
                .body("{\"choice\":\"angry\"}")
                .post(REACTIONS, site, id)
                .then()
                .statusCode(400);
        People.as(person)
                .body("{\"choice\":[\"love\"]}")
                .post(REACTIONS, site, id)
                .then()
                .statusCode(400);
        People.as(person)
                .body("{\"choice\":\"" + "x".repeat(41) + "\"}")
                .post(REACTIONS, site, id)
                .then()
                .statusCode(400);
        People.as(person)
                .body("{\"choice\":\"love\"}")
                .post(REACTIONS, site, other)
                .then()
                .statusCode(404)
                .body("type", equalTo(PROBLEM + "not-found"));
        staff().body(
                        "{\"name\":\"T\",\"locales\":[{\"code\":\"en\"},{\"code\":\"pt\",\"fallback\":\"en\"},{\"code\":\"pt-BR\",\"fallback\":\"pt\"}],"
                                + "\"settings\":{\"features\":{\"polls\":false}}}")
                .put("/api/v1/manage/sites/{site}", site)
                .then()
                .statusCode(200);
        People.as(person)
                .body("{\"choice\":\"love\"}")
                .post(REACTIONS, site, id)
                .then()
                .statusCode(404)
                .body("type", equalTo(PROBLEM + "feature-off"));
        given().get(REACTIONS, site, id).then().statusCode(404).body("type", equalTo(PROBLEM + "feature-off"));
        assertEquals(before, rows());
    }

    @Test
    void questionsGoUnderArticlesOnlyAndAreChecked() {
        String site = Staff.newSite();
        long section = Staff.newItem(site, "section", null, "S", "s", null);
        staff().body(QUESTION)
                .put("/api/v1/manage/sites/{site}/content/{id}/reaction-question", site, section)
                .then()
                .statusCode(409);
        long id = Staff.newItem(site, "article", null, "A", "a", null);
        String both = QUESTION.replace("\"emoji\":\"❤️\"", "\"emoji\":\"❤️\",\"imageUrl\":\"https://x.org/a.png\"");
        staff().body(both)
                .put("/api/v1/manage/sites/{site}/content/{id}/reaction-question", site, id)
                .then()
                .statusCode(400);
        String insecure = QUESTION.replace("https://cdn", "http://cdn");
        staff().body(insecure)
                .put("/api/v1/manage/sites/{site}/content/{id}/reaction-question", site, id)
                .then()
                .statusCode(400)
                .body("errors.field", contains("choices[1].imageUrl"));
        staff().get("/api/v1/manage/sites/{site}/content/{id}/reaction-question", site, id)
                .then()
                .statusCode(404);
    }

    @Test
    void erasureKeepsTheReactionAsAnAnonymousCount() {
        String site = Staff.newSite();
        long id = article(site);
        String person = People.newPerson();
        long profile = People.profileId(site, person);
        People.as(person)
                .body("{\"choice\":\"love\"}")
                .post(REACTIONS, site, id)
                .then()
                .statusCode(201);
        People.as(person).delete("/api/v1/sites/{site}/me", site).then().statusCode(204);
        given().get(REACTIONS, site, id).then().body("choices.count", contains(1, 0));
        assertEquals(0, Db.count(db, "SELECT count(*) FROM reaction WHERE profile_id = " + profile));
        assertEquals(1, Db.count(db, "SELECT count(*) FROM reaction WHERE profile_id IS NULL AND item_id = " + id));
    }

    private long rows() {
        return Db.count(db, "SELECT count(*) FROM reaction");
    }
}
