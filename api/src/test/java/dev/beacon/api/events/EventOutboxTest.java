package dev.beacon.api.events;

import static dev.beacon.api.events.EventFeeds.data;
import static dev.beacon.api.events.EventFeeds.last;
import static dev.beacon.api.events.EventFeeds.types;
import static dev.beacon.api.testing.Staff.staff;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.beacon.api.comments.ModerationService;
import dev.beacon.api.content.manage.ContentRequests.PublishRequest;
import dev.beacon.api.content.manage.PublishingService;
import dev.beacon.api.polls.PollClosings;
import dev.beacon.api.testing.ApiTest;
import dev.beacon.api.testing.DatabaseTest;
import dev.beacon.api.testing.Staff;
import dev.beacon.api.testing.TestClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every change that matters writes its event in its own transaction: one per change, none when it rolls back. */
@QuarkusTest
@ApiTest
class EventOutboxTest extends DatabaseTest {

    @Inject
    PublishingService publishing;

    @Inject
    PollClosings pollClosings;

    @Inject
    ModerationService moderation;

    @AfterEach
    void clockBack() {
        TestClock.reset();
    }

    @Test
    void contentEventsArePublishedUnpublishedLiveAndExpiredAsCloudEvents() {
        String site = Staff.newSite();
        long id = Staff.newItem(site, "article", null, "News", "news", Staff.paragraph("Hi"));
        Staff.publish(site, id, "en");
        staff().post("/api/v1/manage/sites/{site}/content/{id}/translations/en/unpublish", site, id)
                .then()
                .statusCode(200);
        Instant from = TestClock.now().plus(1, ChronoUnit.HOURS);
        Staff.publish(
                site,
                id,
                "en",
                "{\"liveFrom\":\"" + from + "\",\"liveUntil\":\"" + from.plus(1, ChronoUnit.HOURS) + "\"}");
        TestClock.advance(Duration.ofMinutes(61));
        assertTrue(publishing.runSchedule() >= 1);
        TestClock.advance(Duration.ofMinutes(60));
        assertTrue(publishing.runSchedule() >= 1);

        List<Map<String, Object>> events = EventFeeds.atLeast(site, 5);
        assertEquals(
                List.of(
                        "content.published",
                        "content.unpublished",
                        "content.published",
                        "content.live",
                        "content.expired"),
                types(events));
        Map<String, Object> first = events.get(0);
        assertEquals("1.0", first.get("specversion"));
        assertNotNull(UUID.fromString((String) first.get("id")));
        assertEquals("/sites/" + site, first.get("source"));
        assertEquals("content/" + id, first.get("subject"));
        assertEquals("application/json", first.get("datacontenttype"));
        assertNotNull(Instant.parse((String) first.get("time")));
        assertEquals(Map.of("itemId", (int) id, "locale", "en", "revision", 1), data(first));
        assertEquals(from.toString(), data(events.get(2)).get("liveFrom"));
        assertEquals(Map.of("itemId", (int) id, "locale", "en"), data(events.get(4)));
        assertEquals(5, events.stream().map(e -> e.get("id")).distinct().count(), "every event has its own id");
    }

    @Test
    void commentsRepliesReportsAndModerationEachTellTheirEvent() throws Exception {
        String site = communitySite("{\"comments\":{\"reportThreshold\":1}}");
        long article = Staff.newItem(site, "article", null, "Talk", "talk", Staff.paragraph("Hi"));
        Staff.publish(site, article, "en");
        String author = Persons.withAlias(site);
        String replier = Persons.withAlias(site);
        long authorId = Persons.profileId(site, author);
        long comment = comment(site, author, article, "My secret words", null);
        long reply = comment(site, replier, article, "Their answer", comment);
        Persons.as(replier)
                .body("{\"reason\":\"spam\",\"note\":\"private note\"}")
                .post("/api/v1/sites/{site}/comments/{id}/reports", site, comment)
                .then()
                .statusCode(201);
        for (String decision : List.of("approve", "hide", "delete")) {
            staff().post("/api/v1/manage/sites/{site}/comments/{id}/" + decision, site, comment)
                    .then()
                    .statusCode(200);
        }

        List<Map<String, Object>> events = EventFeeds.atLeast(site, 9);
        assertEquals(
                List.of(
                        "content.published",
                        "comment.created",
                        "comment.created",
                        "notification.created",
                        "comment.reported",
                        "comment.hidden",
                        "comment.approved",
                        "comment.hidden",
                        "comment.deleted"),
                types(events));
        assertEquals(
                Map.of(
                        "commentId",
                        (int) reply,
                        "itemId",
                        (int) article,
                        "parentId",
                        (int) comment,
                        "profileId",
                        (int) Persons.profileId(site, replier),
                        "moderator",
                        false),
                data(events.get(2)));
        Map<String, Object> notification = data(last(events, "notification.created"));
        assertEquals((int) authorId, notification.get("profileId"));
        assertEquals((int) reply, notification.get("commentId"));
        assertEquals("reports", data(events.get(5)).get("by"));
        assertEquals("moderator", data(events.get(7)).get("by"));
        assertEquals("spam", data(events.get(4)).get("reason"));
        // Ids only: nothing anyone wrote, no alias, no note.
        String feed = new ObjectMapper().writeValueAsString(events);
        for (String personal : List.of("secret words", "Their answer", "private note", Persons.aliasOf(site, author))) {
            assertFalse(feed.contains(personal), personal + " leaked into " + feed);
        }
    }

    @Test
    void tipsStoryEntriesSurveysPollsAndErasureTellTheirEvents() {
        String site = communitySite("{}");
        String person = Persons.withAlias(site);
        long profile = Persons.profileId(site, person);
        Persons.as(person)
                .body("{\"text\":\"Drink water before exams\"}")
                .post("/api/v1/sites/{site}/tips", site)
                .then()
                .statusCode(201);

        long competition = Staff.newItem(site, "competition", null, "Words", "words", null);
        Staff.publish(site, competition, "en");
        staff().body("{\"opensAt\":\"" + Instant.now().minusSeconds(60) + "\",\"closesAt\":\""
                        + Instant.now().plusSeconds(3600)
                        + "\",\"terms\":{\"document\":\"story-terms\",\"version\":\"2\"}}")
                .put("/api/v1/manage/sites/{site}/competitions/{id}", site, competition)
                .then()
                .statusCode(200);
        long entry = Persons.as(person)
                .body("{\"title\":\"Mine\",\"text\":\"A story\",\"hideRealName\":true,\"acceptTerms\":true}")
                .post("/api/v1/sites/{site}/competitions/{id}/entries", site, competition)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");

        long survey = completesAOneQuestionSurvey(site, person, false);

        long poll = Staff.newItem(site, "poll", null, "Like school?", "poll", null);
        Instant now = Instant.now();
        staff().body("{\"kind\":\"single\",\"shortName\":\"q\",\"opensAt\":\"" + now.minus(2, ChronoUnit.DAYS)
                        + "\",\"closesAt\":\"" + now.minus(1, ChronoUnit.DAYS) + "\",\"choices\":["
                        + "{\"key\":\"yes\",\"shortName\":\"yes\",\"labels\":{\"en\":\"Yes\"}},"
                        + "{\"key\":\"no\",\"shortName\":\"no\",\"labels\":{\"en\":\"No\"}}]}")
                .put("/api/v1/manage/sites/{site}/polls/{id}", site, poll)
                .then()
                .statusCode(200);
        assertTrue(pollClosings.announce() >= 1);
        pollClosings.announce(); // told once only

        Persons.as(person).delete("/api/v1/sites/{site}/me", site).then().statusCode(204);

        List<Map<String, Object>> events = EventFeeds.atLeast(site, 9);
        List<String> community =
                types(events).stream().filter(t -> !t.startsWith("content.")).toList();
        assertEquals(
                List.of("tip.submitted", "story.entry.submitted", "survey.completed", "poll.closed", "profile.erased"),
                community);
        assertEquals((int) profile, data(last(events, "tip.submitted")).get("profileId"));
        assertEquals(
                Map.of("entryId", (int) entry, "competitionId", (int) competition, "profileId", (int) profile),
                data(last(events, "story.entry.submitted")));
        assertEquals((int) survey, data(last(events, "survey.completed")).get("surveyId"));
        assertEquals(Map.of("pollId", (int) poll), data(last(events, "poll.closed")));
        assertEquals(Map.of("profileId", (int) profile), data(last(events, "profile.erased")));
        assertEquals("profile/" + profile, last(events, "profile.erased").get("subject"));
    }

    @Test
    void anAnonymousSurveyTellsNeitherThePersonNorTheSubmission() {
        String site = communitySite("{}");
        String person = Persons.newPerson();
        long survey = completesAOneQuestionSurvey(site, person, true);
        Map<String, Object> completed = last(EventFeeds.atLeast(site, 2), "survey.completed");
        assertEquals(Map.of("surveyId", (int) survey, "anonymous", true), data(completed));
    }

    @Test
    void aChangeThatRollsBackLeavesNoEvent() {
        String site = communitySite("{}");
        long article = Staff.newItem(site, "article", null, "Talk", "talk", Staff.paragraph("Hi"));
        Staff.publish(site, article, "en");
        String author = Persons.withAlias(site);
        long comment = comment(site, author, article, "Words", null);
        long before = events(site);

        QuarkusTransaction.begin();
        moderation.hide(site, comment, "ada", null);
        publishing.unpublish(site, article, "en", null);
        QuarkusTransaction.rollback();

        assertEquals(before, events(site), "the rolled-back hide and unpublish left no event");
        assertEquals(
                "visible", dev.beacon.api.testing.Db.string(db, "SELECT state FROM comment WHERE id = " + comment));
        // The same changes committed do tell.
        moderation.hide(site, comment, "ada", null);
        assertEquals(before + 1, events(site));
        publishing.publish(site, article, "en", new PublishRequest(null, null, null, null), null);
        assertEquals(before + 2, events(site));
    }

    private long events(String site) {
        return dev.beacon.api.testing.Db.count(
                db, "SELECT count(*) FROM event WHERE site_id = (SELECT id FROM site WHERE slug = ?)", site);
    }

    static String communitySite(String settings) {
        String slug = "e-" + UUID.randomUUID().toString().substring(0, 8);
        staff().body("{\"slug\":\"" + slug + "\",\"name\":\"E " + slug
                        + "\",\"locales\":[{\"code\":\"en\",\"name\":\"English\"}],\"settings\":" + settings + "}")
                .post("/api/v1/manage/sites")
                .then()
                .statusCode(201);
        return slug;
    }

    static long comment(String site, String subject, long item, String text, Long parent) {
        return Persons.as(subject)
                .body("{\"text\":\"" + text + "\"" + (parent == null ? "" : ",\"parentId\":" + parent) + "}")
                .post("/api/v1/sites/{site}/content/{id}/comments", site, item)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    /** A published one-question survey on {@code site}, started and completed by {@code person}. */
    private static long completesAOneQuestionSurvey(String site, String person, boolean anonymous) {
        long survey = Staff.newItem(site, "survey", null, "Survey", "survey", null);
        staff().body("{\"anonymous\":" + anonymous + ",\"submissions\":\"single\",\"questions\":["
                        + "{\"key\":\"age\",\"type\":\"number\",\"required\":true,\"labels\":{\"en\":\"Age?\"}}]}")
                .put("/api/v1/manage/sites/{site}/surveys/{id}", site, survey)
                .then()
                .statusCode(200);
        Staff.publish(site, survey, "en");
        Persons.as(person)
                .post("/api/v1/sites/{site}/surveys/{id}/submissions", site, survey)
                .then()
                .statusCode(201);
        Persons.as(person)
                .body("{\"answers\":{\"age\":15}}")
                .post("/api/v1/sites/{site}/surveys/{id}/submissions/current/answers", site, survey)
                .then()
                .statusCode(200);
        return survey;
    }
}
