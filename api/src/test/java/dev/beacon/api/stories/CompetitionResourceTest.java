package dev.beacon.api.stories;

import static dev.beacon.api.testing.Db.count;
import static dev.beacon.api.testing.Staff.staff;
import static dev.beacon.api.tips.CommunitySites.rows;
import static dev.beacon.api.tips.CommunitySites.settings;
import static dev.beacon.api.tips.CommunitySites.site;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.beacon.api.testing.DatabaseTest;
import dev.beacon.api.testing.KeycloakTestResource;
import dev.beacon.api.testing.People;
import dev.beacon.api.testing.Staff;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(KeycloakTestResource.class)
class CompetitionResourceTest extends DatabaseTest {

    private static final String PUBLIC = "/api/v1/sites/{site}/competitions/{id}";
    private static final String MANAGE = "/api/v1/manage/sites/{site}/competitions/{id}";

    @Test
    void aPersonEntersAnOpenCompetitionAndTheAcceptedTermsAreRecordedAsTheirConsent() {
        String site = Staff.newSite();
        long id = openCompetition(site, 5000);
        String person = People.withAlias(site);
        long entry = enter(site, id, person, entryBody("My street", "It was a long walk home.", "Maria Silva", true));
        People.as(person)
                .get("/api/v1/sites/{site}/me/competitions/{id}/entries", site, id)
                .then()
                .statusCode(200)
                .header("Cache-Control", "no-store")
                .body("id", contains((int) entry))
                .body("state", contains("submitted"))
                .body("realName", contains("Maria Silva"));
        People.as(person)
                .get("/api/v1/sites/{site}/me/export", site)
                .then()
                .body("consents.document", contains("story-terms"))
                .body("consents.version", contains("2"))
                .body("consents.channel", contains("web"))
                .body("activity.stories.title", contains("My street"));
    }

    @Test
    void theCompetitionIsPublicWithItsDatesOpenStateAndTermsOnlyOncePublished() {
        String site = Staff.newSite();
        Instant closes = Instant.now().plusSeconds(3600);
        long id = competition(site, Instant.now().minusSeconds(60), closes, 800);
        String etag = given().get(PUBLIC, site, id)
                .then()
                .statusCode(200)
                .header("Cache-Control", startsWith("public, max-age="))
                .body("title", equalTo("Your words"))
                .body("phase", equalTo("open"))
                .body("open", equalTo(true))
                .body("terms.document", equalTo("story-terms"))
                .body("terms.version", equalTo("2"))
                .body("maxTextLength", equalTo(800))
                .extract()
                .header("ETag");
        given().header("If-None-Match", etag).get(PUBLIC, site, id).then().statusCode(304);
        long upcoming = competition(site, Instant.now().plusSeconds(600), closes, 800);
        given().get(PUBLIC, site, upcoming)
                .then()
                .body("phase", equalTo("upcoming"))
                .body("open", equalTo(false));

        long draft = Staff.newItem(
                site,
                "competition",
                null,
                "Draft",
                "draft-" + UUID.randomUUID().toString().substring(0, 6),
                null);
        define(site, draft, Instant.now().minusSeconds(60), closes, 800);
        given().get(PUBLIC, site, draft).then().statusCode(404).body("type", equalTo(PROBLEM + "not-found"));
    }

    @Test
    void onlyShortlistedEntriesAndWinnersArePublicAndAHiddenRealNameNeverIs() {
        String site = Staff.newSite();
        long id = openCompetition(site, 5000);
        String hider = People.withAlias(site);
        String alias = People.as(hider)
                .get("/api/v1/sites/{site}/me", site)
                .then()
                .extract()
                .jsonPath()
                .getString("alias");
        long hidden = enter(site, id, hider, entryBody("Hidden", "<script>x()</script> story", "Secret Person", true));
        long shown = enter(site, id, People.withAlias(site), entryBody("Shown", "Another story", "Open Name", false));
        enter(site, id, People.withAlias(site), entryBody("Unread", "Not yet judged", null, true));
        given().get(PUBLIC + "/entries", site, id).then().statusCode(200).body("items", empty());

        staff().body("{\"state\":\"shortlisted\"}")
                .post(MANAGE + "/entries/{entry}/state", site, id, shown)
                .then()
                .statusCode(200)
                .body("state", equalTo("shortlisted"));
        staff().body("{\"state\":\"winner\"}")
                .post(MANAGE + "/entries/{entry}/state", site, id, hidden)
                .then()
                .statusCode(200);

        String body = given().get(PUBLIC + "/entries", site, id)
                .then()
                .statusCode(200)
                .header("Cache-Control", startsWith("public, max-age="))
                .body("items.title", contains("Hidden", "Shown"))
                .body("items.author", contains(alias, "Open Name"))
                .body("items[0].text", equalTo("<script>x()</script> story"))
                .body("items[0].html", equalTo("&lt;script&gt;x()&lt;/script&gt; story"))
                .extract()
                .asString();
        assertFalse(body.contains("Secret Person"), body);
        assertFalse(body.contains("profile"), body);
        staff().queryParam("state", "winner")
                .get(MANAGE + "/entries", site, id)
                .then()
                .statusCode(200)
                .body("items.realName", contains("Secret Person"))
                .body("totalItems", equalTo(1));
    }

    @Test
    void badEntriesAreRefusedWithTheirProblemTypeAndChangeNothing() {
        String site = site("{\"bannedWords\":[\"idiot\"]}");
        long open = openCompetition(site, 50);
        long upcoming =
                competition(site, Instant.now().plusSeconds(3600), Instant.now().plusSeconds(7200), 50);
        long closed = competition(
                site, Instant.now().minusSeconds(7200), Instant.now().minusSeconds(3600), 50);
        String other = Staff.newSite();
        long elsewhere =
                competition(other, Instant.now().minusSeconds(60), Instant.now().plusSeconds(3600), 50);
        String person = People.withAlias(site);
        String before = rows(db, site);
        String otherBefore = rows(db, other);

        refused(site, open, person, "{\"text\":\"t\",\"acceptTerms\":true}", 400, "validation");
        refused(
                site,
                open,
                person,
                "{\"title\":\"" + "x".repeat(121) + "\",\"text\":\"t\",\"acceptTerms\":true}",
                400,
                "validation");
        refused(
                site,
                open,
                person,
                "{\"title\":\"t\",\"text\":\"" + "x".repeat(51) + "\",\"acceptTerms\":true}",
                400,
                "validation");
        refused(
                site,
                open,
                person,
                "{\"title\":\"t\",\"text\":\"t\",\"realName\":\"" + "n".repeat(101) + "\",\"acceptTerms\":true}",
                400,
                "validation");
        refused(
                site,
                open,
                person,
                "{\"title\":\"t\",\"text\":\"t\",\"hideRealName\":\"maybe\",\"acceptTerms\":true}",
                400,
                "validation");
        refused(site, open, person, "{\"title\":\"t\",\"text\":\"t\",\"acceptTerms\":false}", 400, "validation");
        refused(site, open, person, "{\"title\":\"t\",\"text\":\"t\"}", 400, "validation");
        refused(
                site,
                open,
                person,
                "{\"title\":\"t\",\"text\":\"mail me at a@example.org\",\"acceptTerms\":true}",
                422,
                "banned-text");
        refused(site, open, person, "{\"title\":\"idiot\",\"text\":\"t\",\"acceptTerms\":true}", 422, "banned-text");
        refused(site, upcoming, person, "{\"title\":\"t\",\"text\":\"t\",\"acceptTerms\":true}", 409, "not-open");
        refused(site, closed, person, "{\"title\":\"t\",\"text\":\"t\",\"acceptTerms\":true}", 409, "not-open");
        refused(site, elsewhere, person, "{\"title\":\"t\",\"text\":\"t\",\"acceptTerms\":true}", 404, "not-found");
        assertEquals(before, rows(db, site));
        assertEquals(otherBefore, rows(db, other));

        settings(site, "{\"features\":{\"stories\":false}}");
        refused(site, open, person, "{\"title\":\"t\",\"text\":\"t\",\"acceptTerms\":true}", 404, "feature-off");
        given().get(PUBLIC, site, open).then().statusCode(404).body("type", equalTo(PROBLEM + "feature-off"));
        given().get(PUBLIC + "/entries", site, open)
                .then()
                .statusCode(404)
                .body("type", equalTo(PROBLEM + "feature-off"));
        assertEquals(before, rows(db, site));
    }

    @Test
    void storiesAreLimitedPerPersonAndTheRefusalSaysWhenToRetry() {
        String site = site("{\"community\":{\"stories\":{\"count\":1,\"perSeconds\":86400}}}");
        long id = openCompetition(site, 5000);
        String person = People.withAlias(site);
        enter(site, id, person, entryBody("One", "First", null, true));
        String before = rows(db, site);
        People.as(person)
                .body(entryBody("Two", "Second", null, true))
                .post(PUBLIC + "/entries", site, id)
                .then()
                .statusCode(429)
                .body("type", equalTo(PROBLEM + "rate-limited"))
                .header("Retry-After", not(nullValue()));
        assertEquals(before, rows(db, site));
    }

    @Test
    void staffExportEveryEntryAsFormulaSafeCsvWithRealNames() {
        String site = Staff.newSite();
        long id = openCompetition(site, 5000);
        enter(
                site,
                id,
                People.withAlias(site),
                entryBody("=HYPERLINK(\"http://x\")", "He said \"hi\", then\nleft", "Secret Person", true));
        enter(site, id, People.withAlias(site), entryBody("Plain", "@mention +1 -2", null, true));
        String csv = staff().accept("text/csv")
                .get(MANAGE + "/entries.csv", site, id)
                .then()
                .statusCode(200)
                .contentType(startsWith("text/csv"))
                .extract()
                .asString();
        String[] lines = csv.split("\r\n");
        assertEquals(
                "\"id\",\"submitted\",\"state\",\"alias\",\"real name\",\"real name public\",\"title\",\"text\"",
                lines[0]);
        assertTrue(
                csv.contains(
                        "\"Secret Person\",\"no\",\"'=HYPERLINK(\"\"http://x\"\")\",\"He said \"\"hi\"\", then\nleft\""),
                csv);
        assertTrue(csv.contains("\"Plain\",\"'@mention +1 -2\""), csv);
        assertEquals(3, csv.split("\r\n").length);

        long entry = staff().get(MANAGE + "/entries", site, id)
                .then()
                .extract()
                .jsonPath()
                .getLong("items[0].id");
        String before = rows(db, site);
        staff().body("{\"state\":\"submitted\"}")
                .post(MANAGE + "/entries/{entry}/state", site, id, entry)
                .then()
                .statusCode(400)
                .body("type", equalTo(PROBLEM + "validation"));
        staff().body("{\"state\":\"famous\"}")
                .post(MANAGE + "/entries/{entry}/state", site, id, entry)
                .then()
                .statusCode(400)
                .body("type", equalTo(PROBLEM + "validation"));
        staff().body("{\"state\":\"read\"}")
                .post(MANAGE + "/entries/{entry}/state", site, id, 999_999_999L)
                .then()
                .statusCode(404);
        assertEquals(before, rows(db, site));
        staff().body("{\"state\":\"read\"}")
                .post(MANAGE + "/entries/{entry}/state", site, id, entry)
                .then()
                .statusCode(200)
                .body("state", equalTo("read"));
    }

    @Test
    void anEditorTurnsAnEntryIntoADraftArticleUnderTheAuthorsPublicName() {
        String site = Staff.newSite();
        long section = Staff.newItem(site, "section", null, "Stories", "stories", null);
        long id = openCompetition(site, 5000);
        String person = People.withAlias(site);
        String alias = People.as(person)
                .get("/api/v1/sites/{site}/me", site)
                .then()
                .extract()
                .jsonPath()
                .getString("alias");
        long entry =
                enter(site, id, person, entryBody("The river", "First part.\n\nSecond *part*.", "Secret Person", true));
        long article = staff().body("{\"parentId\":" + section + "}")
                .post(MANAGE + "/entries/{entry}/article", site, id, entry)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("itemId");
        staff().get("/api/v1/manage/sites/{site}/content/{id}/translations/en", site, article)
                .then()
                .statusCode(200)
                .body("status", equalTo("draft"))
                .body("title", equalTo("The river"))
                .body("subtitle", equalTo("By " + alias))
                .body("body.markdown", contains("First part\\.", "Second \\*part\\*\\."));
        String before = rows(db, site);
        staff().body("{\"parentId\":" + section + "}")
                .post(MANAGE + "/entries/{entry}/article", site, id, entry)
                .then()
                .statusCode(409);
        assertEquals(before, rows(db, site));
    }

    @Test
    void definitionsCloseAfterTheyOpenBelongToCompetitionItemsAndAreVersioned() {
        String site = Staff.newSite();
        long id = openCompetition(site, 5000);
        long article = Staff.newItem(site, "article", null, "Not a competition", "not-one", null);
        String before = rows(db, site);
        staff().body(definition(Instant.now(), Instant.now().minusSeconds(10), null))
                .put(MANAGE, site, id)
                .then()
                .statusCode(400)
                .body("type", equalTo(PROBLEM + "validation"));
        staff().body("{\"opensAt\":\"2030-01-01T00:00:00Z\"}")
                .put(MANAGE, site, id)
                .then()
                .statusCode(400);
        staff().body(definition(Instant.now(), Instant.now().plusSeconds(10), null))
                .put(MANAGE, site, article)
                .then()
                .statusCode(404);
        staff().header("If-Match", "\"99\"")
                .body(definition(Instant.now(), Instant.now().plusSeconds(10), null))
                .put(MANAGE, site, id)
                .then()
                .statusCode(412);
        assertEquals(before, rows(db, site));
        staff().get(MANAGE, site, id)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("maxTextLength", equalTo(5000));
    }

    @Test
    void erasureUnderAnonymiseKeepsEntriesWithoutAuthorOrRealName() {
        String site = site("{\"community\":{\"writingOnErasure\":\"anonymise\"}}");
        long id = openCompetition(site, 5000);
        String person = People.withAlias(site);
        long profile = People.profileId(site, person);
        long entry = enter(site, id, person, entryBody("Kept", "Kept text", "Real Name", false));
        staff().body("{\"state\":\"winner\"}")
                .post(MANAGE + "/entries/{entry}/state", site, id, entry)
                .then()
                .statusCode(200);
        People.as(person).delete("/api/v1/sites/{site}/me", site).then().statusCode(204);
        given().get(PUBLIC + "/entries", site, id)
                .then()
                .body("items.title", contains("Kept"))
                .body("items[0].author", nullValue());
        assertEquals(0, count(db, "SELECT count(*) FROM story_entry WHERE profile_id = ?", profile));
        assertEquals(0, count(db, "SELECT count(*) FROM story_entry WHERE id = ? AND real_name IS NOT NULL", entry));
    }

    @Test
    void erasureUnderDeleteRemovesThePersonsEntries() {
        String site = site("{\"community\":{\"writingOnErasure\":\"delete\"}}");
        long id = openCompetition(site, 5000);
        String person = People.withAlias(site);
        long entry = enter(site, id, person, entryBody("Gone", "Gone text", null, true));
        enter(site, id, People.withAlias(site), entryBody("Other", "Stays", null, true));
        People.as(person).delete("/api/v1/sites/{site}/me", site).then().statusCode(204);
        assertEquals(0, count(db, "SELECT count(*) FROM story_entry WHERE id = ?", entry));
        assertEquals(1, count(db, "SELECT count(*) FROM story_entry WHERE competition_id = ?", id));
    }

    @Test
    void graphqlShowsCompetitionsWithTheirEntriesAndEntersOneForThePerson() {
        String site = Staff.newSite();
        long id = openCompetition(site, 5000);
        long closed = competition(
                site, Instant.now().minusSeconds(7200), Instant.now().minusSeconds(3600), 5000);
        long entry = enter(site, id, People.withAlias(site), entryBody("Picked", "Text", "Shown Name", false));
        staff().body("{\"state\":\"shortlisted\"}")
                .post(MANAGE + "/entries/{entry}/state", site, id, entry)
                .then()
                .statusCode(200);

        given().contentType("application/json")
                .body(Map.of(
                        "query",
                        "query($s:String!){ competitions(site:$s){ id phase entries { title author } } }",
                        "variables",
                        Map.of("s", site)))
                .post("/graphql")
                .then()
                .statusCode(200)
                .body("errors", nullValue())
                .body(
                        "data.competitions.find { it.id == '" + id + "' || it.id == " + id + " }.entries.author",
                        contains("Shown Name"))
                .body("data.competitions.size()", equalTo(2));

        String person = People.withAlias(site);
        String mutation =
                "mutation($s:String!,$id:BigInteger!){ enterCompetition(site:$s, id:$id, title:\"GQL\", text:\"Story\", acceptTerms:true){ id state } }";
        People.as(person)
                .body(Map.of("query", mutation, "variables", Map.of("s", site, "id", id)))
                .post("/graphql")
                .then()
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.enterCompetition.state", equalTo("submitted"));
        People.as(person)
                .body(Map.of("query", mutation, "variables", Map.of("s", site, "id", closed)))
                .post("/graphql")
                .then()
                .body("errors[0].extensions.problemType", equalTo(PROBLEM + "not-open"));
    }

    private static void refused(String site, long id, String person, String body, int status, String type) {
        People.as(person)
                .body(body)
                .post(PUBLIC + "/entries", site, id)
                .then()
                .statusCode(status)
                .body("type", equalTo(PROBLEM + type));
    }

    static Map<String, Object> entryBody(String title, String text, String realName, boolean hide) {
        Map<String, Object> body =
                new HashMap<>(Map.of("title", title, "text", text, "hideRealName", hide, "acceptTerms", true));
        if (realName != null) {
            body.put("realName", realName);
        }
        return body;
    }

    static long enter(String site, long id, String person, Map<String, Object> body) {
        return People.as(person)
                .body(body)
                .post(PUBLIC + "/entries", site, id)
                .then()
                .statusCode(201)
                .header("Cache-Control", "no-store")
                .extract()
                .jsonPath()
                .getLong("id");
    }

    /** A published competition item ("Your words") with rules; returns its id. */
    /** A competition open since a minute ago, for an hour more. */
    static long openCompetition(String site, int maxTextLength) {
        return competition(site, Instant.now().minusSeconds(60), Instant.now().plusSeconds(3600), maxTextLength);
    }

    static long competition(String site, Instant opens, Instant closes, int maxTextLength) {
        long id = Staff.newItem(
                site,
                "competition",
                null,
                "Your words",
                "words-" + UUID.randomUUID().toString().substring(0, 6),
                null);
        Staff.publish(site, id, "en");
        define(site, id, opens, closes, maxTextLength);
        return id;
    }

    static void define(String site, long id, Instant opens, Instant closes, int maxTextLength) {
        staff().body(definition(opens, closes, maxTextLength))
                .put(MANAGE, site, id)
                .then()
                .statusCode(200);
    }

    static String definition(Instant opens, Instant closes, Integer maxTextLength) {
        return "{\"opensAt\":\"" + opens + "\",\"closesAt\":\"" + closes
                + "\",\"terms\":{\"document\":\"story-terms\",\"version\":\"2\"}"
                + (maxTextLength == null ? "" : ",\"maxTextLength\":" + maxTextLength) + "}";
    }
}
