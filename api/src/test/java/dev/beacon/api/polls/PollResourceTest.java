package dev.beacon.api.polls;

import static dev.beacon.api.polls.Polls.PROBLEM;
import static dev.beacon.api.polls.Polls.YES_NO;
import static dev.beacon.api.testing.Staff.staff;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.beacon.api.testing.Db;
import dev.beacon.api.testing.KeycloakTestResource;
import dev.beacon.api.testing.People;
import dev.beacon.api.testing.Staff;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Polls as editors define them, the public reads them and people vote, through real channel clients. */
@QuarkusTest
@WithTestResource(KeycloakTestResource.class)
class PollResourceTest {

    @Inject
    org.hibernate.SessionFactory orm;

    private static final String POLL = "/api/v1/sites/{site}/polls/{id}";

    @Inject
    AgroalDataSource db;

    @Test
    void aPublishedPollIsServedInTheAskedLocaleWithLabelsByTheFallbackChainAndIsCacheable() {
        String site = Staff.newSite();
        long id = Polls.singleChoice(site);
        Staff.translate(site, id, "pt", "Gostas da escola?", "gostas", null);
        Staff.publish(site, id, "pt");
        String etag = given().get(POLL + "?locale=pt-BR", site, id)
                .then()
                .statusCode(200)
                .header("Cache-Control", containsString("public"))
                .body("question", equalTo("Gostas da escola?"))
                .body("locale", equalTo("pt"))
                .body("requestedLocale", equalTo("pt-BR"))
                .body("state", equalTo("open"))
                .body("kind", equalTo("single"))
                .body("choices.key", contains("yes", "no", "not-sure"))
                // a choice without a pt label falls back along the chain to en
                .body("choices.label", contains("Sim", "Não", "Not sure"))
                .extract()
                .header("ETag");
        given().header("If-None-Match", etag)
                .get(POLL + "?locale=pt-BR", site, id)
                .then()
                .statusCode(304);
    }

    @Test
    void aPollWithNoPublishedTranslationIsNotFoundAndTakesNoVotes() {
        String site = Staff.newSite();
        long id = Polls.poll(site, "\"kind\":\"single\",\"shortName\":\"q\"," + YES_NO, false);
        given().get(POLL, site, id).then().statusCode(404).body("type", equalTo(PROBLEM + "not-found"));
        Polls.vote(site, id, People.newPerson(), "{\"choices\":[\"yes\"]}").statusCode(404);
        assertEquals(0, Db.count(db, "SELECT count(*) FROM poll_vote WHERE poll_id = " + id));
    }

    @Test
    void votesFromEveryTranslationCountTowardTheSamePollAndRecordTheirLocale() {
        String site = Staff.newSite();
        long id = Polls.singleChoice(site);
        Staff.translate(site, id, "pt", "Gostas da escola?", "gostas", null);
        Staff.publish(site, id, "pt");
        People.as(People.newPerson())
                .body("{\"choices\":[\"yes\"]}")
                .post(POLL + "/votes?locale=en", site, id)
                .then()
                .statusCode(201)
                .header("Cache-Control", "no-store")
                .body("locale", equalTo("en"))
                .body("results.total", equalTo(1));
        People.as(People.newPerson())
                .body("{\"choices\":[\"yes\"]}")
                .post(POLL + "/votes?locale=pt-BR", site, id)
                .then()
                .statusCode(201)
                .body("locale", equalTo("pt"))
                .body("results.total", equalTo(2))
                .body("results.choices.count", contains(2, 0, 0))
                .body("results.choices.label", contains("Sim", "Não", "Not sure"));
        given().get(POLL + "/results?locale=en", site, id)
                .then()
                .statusCode(200)
                .body("total", equalTo(2))
                .body("choices.count", contains(2, 0, 0));
        assertEquals(1, Db.count(db, "SELECT count(*) FROM poll_vote WHERE locale = 'pt' AND poll_id = " + id));
    }

    @Test
    void aSecondVoteOfTheSamePersonIsAlreadyDoneAndChangesNothing() {
        String site = Staff.newSite();
        long id = Polls.singleChoice(site);
        String person = People.newPerson();
        Polls.vote(site, id, person, "{\"choices\":[\"yes\"]}").statusCode(201);
        Polls.vote(site, id, person, "{\"choices\":[\"no\"]}")
                .statusCode(409)
                .body("type", equalTo(PROBLEM + "already-done"));
        given().get(POLL + "/results", site, id).then().body("choices.count", contains(1, 0, 0));
        People.as(person)
                .get("/api/v1/sites/{site}/me/polls/{id}", site, id)
                .then()
                .statusCode(200)
                .header("Cache-Control", "no-store")
                .body("voted", equalTo(true))
                .body("vote.choices", contains("yes"))
                .body("resultsShown", equalTo(true))
                .body("results.total", equalTo(1));
    }

    @Test
    void closedAndNotYetOpenPollsRefuseVotesAndSayWhereTheyStand() {
        String site = Staff.newSite();
        Instant now = Instant.now();
        long upcoming = Polls.poll(
                site,
                "\"kind\":\"single\",\"shortName\":\"q\",\"opensAt\":\"" + now.plus(1, ChronoUnit.DAYS) + "\","
                        + YES_NO,
                true);
        long closed = Polls.poll(
                site,
                "\"kind\":\"single\",\"shortName\":\"q\",\"opensAt\":\"" + now.minus(2, ChronoUnit.DAYS)
                        + "\",\"closesAt\":\"" + now.minus(1, ChronoUnit.DAYS) + "\"," + YES_NO,
                true);
        given().get(POLL, site, upcoming).then().body("state", equalTo("upcoming"));
        given().get(POLL, site, closed).then().body("state", equalTo("closed"));
        for (long id : List.of(upcoming, closed)) {
            Polls.vote(site, id, People.newPerson(), "{\"choices\":[\"yes\"]}")
                    .statusCode(409)
                    .body("type", equalTo(PROBLEM + "not-open"));
            assertEquals(0, Db.count(db, "SELECT count(*) FROM poll_vote WHERE poll_id = " + id));
        }
    }

    @Test
    void badVotesAreRefusedWithTheirTypeAndChangeNothing() {
        String site = Staff.newSite();
        long single = Polls.singleChoice(site);
        long text = Polls.poll(site, "\"kind\":\"text\",\"shortName\":\"why\"", true);
        long number = Polls.poll(site, "\"kind\":\"number\",\"shortName\":\"age\"", true);
        String otherSite = Staff.newSite();
        long elsewhere = Polls.singleChoice(otherSite);
        String person = People.newPerson();
        long before =
                Db.count(db, "SELECT count(*) FROM poll_vote") + Db.count(db, "SELECT count(*) FROM poll_vote_choice");
        record Bad(long poll, String body, int status, String type) {}
        List<Bad> bad = List.of(
                new Bad(single, "{}", 400, "validation"), // nothing given
                new Bad(single, "{\"choices\":[]}", 400, "validation"),
                new Bad(single, "{\"choices\":\"yes\"}", 400, "validation"), // wrong type
                new Bad(single, "{\"choices\":[\"maybe\"]}", 400, "validation"), // no such choice
                new Bad(single, "{\"choices\":[\"yes\",\"no\"]}", 400, "validation"), // one only
                new Bad(single, "{\"text\":\"yes\"}", 400, "validation"), // not what the kind takes
                new Bad(single, "{\"choices\":[\"yes\"],\"colour\":\"red\"}", 400, "validation"), // unknown field
                new Bad(text, "{\"text\":\"" + "a".repeat(2001) + "\"}", 400, "validation"), // too long
                new Bad(text, "{\"text\":\"   \"}", 400, "validation"),
                new Bad(text, "{\"text\":\"call me on 0821 555 0199\"}", 422, "banned-text"),
                new Bad(number, "{\"number\":\"twelve\"}", 400, "validation"),
                new Bad(number, "{\"number\":1e40}", 400, "validation"),
                new Bad(elsewhere, "{\"choices\":[\"yes\"]}", 404, "not-found"), // another site's poll
                new Bad(999_999_999L, "{\"choices\":[\"yes\"]}", 404, "not-found"));
        for (Bad b : bad) {
            Polls.vote(site, b.poll(), person, b.body())
                    .statusCode(b.status())
                    .body("type", equalTo(PROBLEM + b.type()));
        }
        assertEquals(
                before,
                Db.count(db, "SELECT count(*) FROM poll_vote") + Db.count(db, "SELECT count(*) FROM poll_vote_choice"));
    }

    @Test
    void withPollsTurnedOffVotesAndReadsAreFeatureOff() {
        String site = Staff.newSite();
        long id = Polls.singleChoice(site);
        Polls.settings(site, "{\"features\":{\"polls\":false}}");
        given().get(POLL, site, id).then().statusCode(404).body("type", equalTo(PROBLEM + "feature-off"));
        given().get(POLL + "/results", site, id).then().statusCode(404).body("type", equalTo(PROBLEM + "feature-off"));
        Polls.vote(site, id, People.newPerson(), "{\"choices\":[\"yes\"]}")
                .statusCode(404)
                .body("type", equalTo(PROBLEM + "feature-off"));
        assertEquals(0, Db.count(db, "SELECT count(*) FROM poll_vote WHERE poll_id = " + id));
    }

    @Test
    void freeTextIsStoredAsWrittenCountedInResultsAndNeverShownPublicly() {
        String site = Staff.newSite();
        long id = Polls.poll(site, "\"kind\":\"text\",\"shortName\":\"why\"", true);
        String script = "<script>alert('hi')</script>";
        Polls.vote(site, id, People.newPerson(), "{\"text\":\"" + script + "\"}")
                .statusCode(201)
                .body("text", equalTo(script));
        Polls.vote(site, id, People.newPerson(), "{\"text\":\"=HYPERLINK(\\\"x\\\")\"}")
                .statusCode(201);
        assertEquals(
                script,
                Db.string(db, "SELECT text_answer FROM poll_vote WHERE poll_id = " + id + " ORDER BY id LIMIT 1"));
        String results = given().get(POLL + "/results", site, id)
                .then()
                .statusCode(200)
                .body("total", equalTo(2))
                .body("choices", nullValue())
                .extract()
                .asString();
        assertFalse(results.contains("script") || results.contains("HYPERLINK"), results);
        String poll =
                given().get(POLL, site, id).then().statusCode(200).extract().asString();
        assertFalse(poll.contains("script"), poll);
        // Staff get the texts, quoted per RFC 4180 and with formulas defused.
        String csv = staff().get("/api/v1/manage/sites/{site}/polls/{id}/answers.csv", site, id)
                .then()
                .statusCode(200)
                .contentType(containsString("text/csv"))
                .extract()
                .asString();
        List<String> lines = csv.lines().toList();
        assertEquals("answer,answered_at,locale,why", lines.get(0));
        assertEquals(3, lines.size(), csv);
        org.junit.jupiter.api.Assertions.assertTrue(lines.get(1).endsWith(",en," + script), lines.get(1));
        org.junit.jupiter.api.Assertions.assertTrue(
                lines.get(2).endsWith(",en,\"'=HYPERLINK(\"\"x\"\")\""), lines.get(2));
    }

    @Test
    void numberPollsGiveCountLowestHighestAndMeanButNoAnswers() {
        String site = Staff.newSite();
        long id = Polls.poll(site, "\"kind\":\"number\",\"shortName\":\"age\"", true);
        for (String n : List.of("12", "15", "-3.5")) {
            Polls.vote(site, id, People.newPerson(), "{\"number\":" + n + "}").statusCode(201);
        }
        given().get(POLL + "/results", site, id)
                .then()
                .statusCode(200)
                .body("total", equalTo(3))
                .body("numbers.min", equalTo(-3.5f))
                .body("numbers.max", equalTo(15))
                .body("numbers.mean", equalTo(7.83f));
        String csv = staff().get("/api/v1/manage/sites/{site}/polls/{id}/answers.csv", site, id)
                .then()
                .extract()
                .asString();
        org.junit.jupiter.api.Assertions.assertTrue(csv.contains(",en,-3.5\r\n"), csv); // numbers are never defused
    }

    @Test
    void multipleChoiceResultsAsPercentagesAndAnExportWithAColumnPerChoice() {
        String site = Staff.newSite();
        long id = Polls.poll(
                site,
                "\"kind\":\"multiple\",\"shortName\":\"likes\",\"resultsAs\":\"percentages\",\"maxChoices\":2,"
                        + YES_NO,
                true);
        Polls.vote(site, id, People.newPerson(), "{\"choices\":[\"yes\",\"no\"]}")
                .statusCode(201);
        Polls.vote(site, id, People.newPerson(), "{\"choices\":[\"yes\"]}").statusCode(201);
        Polls.vote(site, id, People.newPerson(), "{\"choices\":[\"yes\",\"no\",\"not-sure\"]}")
                .statusCode(400)
                .body("type", equalTo(PROBLEM + "validation"));
        given().get(POLL + "/results", site, id)
                .then()
                .body("total", equalTo(2))
                .body("choices.percentage", contains(100.0f, 50.0f, 0.0f))
                .body("choices[0].count", nullValue());
        String csv = staff().get("/api/v1/manage/sites/{site}/polls/{id}/answers.csv", site, id)
                .then()
                .extract()
                .asString();
        List<String> lines = csv.lines().toList();
        assertEquals("answer,answered_at,locale,yes,no,unsure", lines.get(0));
        org.junit.jupiter.api.Assertions.assertTrue(lines.get(1).endsWith(",en,1,1,0"), lines.get(1));
        org.junit.jupiter.api.Assertions.assertTrue(lines.get(2).endsWith(",en,1,0,0"), lines.get(2));
    }

    @Test
    void aPollThatNeverShowsResultsSaysSoAndShowsNobodyTheCounts() {
        String site = Staff.newSite();
        long id = Polls.poll(site, "\"kind\":\"single\",\"shortName\":\"q\",\"results\":\"never\"," + YES_NO, true);
        String person = People.newPerson();
        Polls.vote(site, id, person, "{\"choices\":[\"yes\"]}").statusCode(201).body("results", nullValue());
        given().get(POLL + "/results", site, id)
                .then()
                .statusCode(404)
                .body("type", equalTo(PROBLEM + "not-found"))
                .body("detail", containsString("never"));
        People.as(person)
                .get("/api/v1/sites/{site}/me/polls/{id}", site, id)
                .then()
                .body("resultsShown", equalTo(false))
                .body("results", nullValue());
    }

    @Test
    void resultsAreCountedOnceAndAgainOnlyAfterAVote() {
        String site = Staff.newSite();
        long id = Polls.singleChoice(site);
        readResults(site, id, 0); // the first read reads the definition and counts
        long held = readResults(site, id, 0);
        assertEquals(held, readResults(site, id, 0), "a held count costs the same every time");
        Polls.vote(site, id, People.newPerson(), "{\"choices\":[\"no\"]}").statusCode(201);
        long recounted = readResults(site, id, 1);
        org.junit.jupiter.api.Assertions.assertTrue(
                recounted > held, "after a vote the count is taken again: " + recounted + " > " + held);
        assertEquals(held, readResults(site, id, 1), "and then held again");
    }

    /** Reads the public results, checks the total, and returns the SQL statements the read cost. */
    private long readResults(String site, long id, int total) {
        long before = orm.getStatistics().getPrepareStatementCount();
        given().get(POLL + "/results", site, id).then().statusCode(200).body("total", equalTo(total));
        return orm.getStatistics().getPrepareStatementCount() - before;
    }

    @Test
    void theResultsEtagChangesWithTheCounts() {
        String site = Staff.newSite();
        long id = Polls.singleChoice(site);
        String before = given().get(POLL + "/results", site, id)
                .then()
                .statusCode(200)
                .header("Cache-Control", "public, max-age=10")
                .extract()
                .header("ETag");
        given().header("If-None-Match", before)
                .get(POLL + "/results", site, id)
                .then()
                .statusCode(304);
        Polls.vote(site, id, People.newPerson(), "{\"choices\":[\"no\"]}").statusCode(201);
        String after = given().header("If-None-Match", before)
                .get(POLL + "/results", site, id)
                .then()
                .statusCode(200)
                .body("choices.count", contains(0, 1, 0))
                .extract()
                .header("ETag");
        assertNotEquals(before, after);
    }

    @Test
    void aRandomisedPollIsPublicInEditorOrderAndEachPersonGetsAStableShuffle() {
        String site = Staff.newSite();
        String many = "\"choices\":["
                + String.join(
                        ",",
                        List.of("a", "b", "c", "d", "e", "f", "g", "h").stream()
                                .map(k -> "{\"key\":\"" + k + "\",\"shortName\":\"c_" + k + "\",\"labels\":{\"en\":\""
                                        + k.toUpperCase() + "\"}}")
                                .toList())
                + "]";
        long id = Polls.poll(site, "\"kind\":\"single\",\"shortName\":\"q\",\"randomiseChoices\":true," + many, true);
        given().get(POLL, site, id)
                .then()
                .body("randomiseChoices", equalTo(true))
                .body("choices.key", contains("a", "b", "c", "d", "e", "f", "g", "h"));
        String person = People.newPerson();
        List<String> first = People.as(person)
                .get("/api/v1/sites/{site}/me/polls/{id}", site, id)
                .then()
                .statusCode(200)
                .body("order", containsInAnyOrder("a", "b", "c", "d", "e", "f", "g", "h"))
                .extract()
                .jsonPath()
                .getList("order");
        List<String> again = People.as(person)
                .get("/api/v1/sites/{site}/me/polls/{id}", site, id)
                .then()
                .extract()
                .jsonPath()
                .getList("order");
        assertEquals(first, again);
        boolean someoneDiffers = false;
        for (int i = 0; i < 5 && !someoneDiffers; i++) {
            List<String> other = People.as(People.newPerson())
                    .get("/api/v1/sites/{site}/me/polls/{id}", site, id)
                    .then()
                    .extract()
                    .jsonPath()
                    .getList("order");
            someoneDiffers = !other.equals(first);
        }
        org.junit.jupiter.api.Assertions.assertTrue(someoneDiffers, "every person got the same order");
    }

    @Test
    void editorsDefinitionsAreCheckedAndAChoiceWithVotesCannotBeRemoved() {
        String site = Staff.newSite();
        long id = Polls.singleChoice(site);
        Polls.vote(site, id, People.newPerson(), "{\"choices\":[\"yes\"]}").statusCode(201);
        String withoutYes =
                "\"kind\":\"single\",\"shortName\":\"q\",\"choices\":[{\"key\":\"no\",\"shortName\":\"no\",\"labels\":{\"en\":\"No\"}},"
                        + "{\"key\":\"maybe\",\"shortName\":\"maybe\",\"labels\":{\"en\":\"Maybe\"}}]";
        Polls.define(site, id, withoutYes).then().statusCode(409).body("type", equalTo(PROBLEM + "conflict"));
        staff().get("/api/v1/manage/sites/{site}/polls/{id}", site, id)
                .then()
                .statusCode(200)
                .body("choices.key", contains("yes", "no", "not-sure"));
        // Relabelling and reordering keeps the votes: keys are stable.
        String reordered =
                "\"kind\":\"single\",\"shortName\":\"q\",\"choices\":[{\"key\":\"no\",\"shortName\":\"no\",\"labels\":{\"en\":\"Nope\"}},"
                        + "{\"key\":\"yes\",\"shortName\":\"yes\",\"labels\":{\"en\":\"Yep\"}}]";
        Polls.define(site, id, reordered).then().statusCode(200).body("choices.key", contains("no", "yes"));
        given().get(POLL + "/results", site, id)
                .then()
                .body("choices.label", contains("Nope", "Yep"))
                .body("choices.count", contains(0, 1));
        Polls.define(site, id, "\"kind\":\"text\",\"shortName\":\"q\"").then().statusCode(409);

        long fresh = Staff.newItem(site, "poll", null, "Q", "fresh", null);
        Polls.define(
                        site,
                        fresh,
                        "\"kind\":\"single\",\"shortName\":\"q\",\"choices\":[{\"key\":\"a\",\"shortName\":\"a\",\"labels\":{\"en\":\"A\"}}]")
                .then()
                .statusCode(400)
                .body("type", equalTo(PROBLEM + "validation"));
        Polls.define(site, fresh, "\"kind\":\"single\",\"shortName\":\"Not A Name\"," + YES_NO)
                .then()
                .statusCode(400)
                .body("errors.field", contains("shortName"));
        Polls.define(
                        site,
                        fresh,
                        "\"kind\":\"text\",\"shortName\":\"q\",\"opensAt\":\"2030-01-02T00:00:00Z\",\"closesAt\":\"2030-01-01T00:00:00Z\"")
                .then()
                .statusCode(400)
                .body("errors.field", contains("closesAt"));
        long article = Staff.newItem(site, "article", null, "A", "an-article", null);
        Polls.define(site, article, "\"kind\":\"text\",\"shortName\":\"q\"")
                .then()
                .statusCode(409);
        String other = Staff.newSite();
        Polls.define(other, fresh, "\"kind\":\"text\",\"shortName\":\"q\"")
                .then()
                .statusCode(404);
        assertEquals(0, Db.count(db, "SELECT count(*) FROM poll WHERE item_id IN (" + fresh + "," + article + ")"));
        // Optimistic locking, as everywhere in management.
        staff().header("If-Match", "\"0\"")
                .body("{\"kind\":\"single\",\"shortName\":\"q\"," + YES_NO + "}")
                .put("/api/v1/manage/sites/{site}/polls/{id}", site, id)
                .then()
                .statusCode(412);
    }

    @Test
    void anEmbedBlockNamesAPollOfTheSameSiteAndIsDeliveredWithItsKind() {
        String site = Staff.newSite();
        long poll = Polls.singleChoice(site);
        long article = Staff.newItem(
                site,
                "article",
                null,
                "With a poll",
                "with-poll",
                "[{\"type\":\"paragraph\",\"markdown\":\"Tell us\"},{\"type\":\"embed\",\"itemId\":" + poll + "}]");
        Staff.publish(site, article, "en");
        given().get("/api/v1/sites/{site}/content/{id}", site, article)
                .then()
                .statusCode(200)
                .body("body[1].type", equalTo("embed"))
                .body("body[1].itemId", equalTo((int) poll))
                .body("body[1].kind", equalTo("poll"));
        long plain = Staff.newItem(site, "article", null, "Plain", "plain", null);
        String other = Staff.newSite();
        long foreign = Polls.singleChoice(other);
        for (long target : List.of(plain, foreign)) {
            staff().body("{\"title\":\"T\",\"slug\":\"t\",\"body\":[{\"type\":\"embed\",\"itemId\":" + target + "}]}")
                    .put("/api/v1/manage/sites/{site}/content/{id}/translations/en", site, article)
                    .then()
                    .statusCode(400)
                    .body("errors.field", contains("body[0].itemId"));
        }
        staff().body("{\"title\":\"T\",\"slug\":\"t\",\"body\":[{\"type\":\"embed\"}]}")
                .put("/api/v1/manage/sites/{site}/content/{id}/translations/en", site, article)
                .then()
                .statusCode(400);
    }

    @Test
    void aPersonsOwnViewNeedsAPersonAndShowsNothingOfOthers() {
        String site = Staff.newSite();
        long id = Polls.poll(site, "\"kind\":\"text\",\"shortName\":\"why\"", true);
        Polls.vote(site, id, People.newPerson(), "{\"text\":\"my secret\"}").statusCode(201);
        People.as(People.newPerson())
                .get("/api/v1/sites/{site}/me/polls/{id}", site, id)
                .then()
                .statusCode(200)
                .body("voted", equalTo(false))
                .body("vote", nullValue())
                .body(not(containsString("my secret")));
        given().get("/api/v1/sites/{site}/me/polls/{id}", site, id).then().statusCode(401);
    }
}
