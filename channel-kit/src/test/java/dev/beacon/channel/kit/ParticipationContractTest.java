package dev.beacon.channel.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.beacon.channel.kit.model.Competition;
import dev.beacon.channel.kit.model.MyStoryEntry;
import dev.beacon.channel.kit.model.MySurvey;
import dev.beacon.channel.kit.model.MyTip;
import dev.beacon.channel.kit.model.ProfileUpdate;
import dev.beacon.channel.kit.model.StoryEntryRequest;
import dev.beacon.channel.kit.model.Survey;
import dev.beacon.channel.kit.model.SurveyAnswers;
import dev.beacon.channel.kit.model.SurveyQuestion;
import dev.beacon.channel.kit.model.SurveyStep;
import dev.beacon.channel.kit.model.Tip;
import dev.beacon.channel.kit.model.TipRequest;
import dev.beacon.channel.kit.rest.ApiProblemException;
import dev.beacon.channel.kit.testing.Aliases;
import dev.beacon.channel.kit.testing.ApiTestResource;
import dev.beacon.channel.kit.testing.ApiUnderTest;
import dev.beacon.channel.kit.testing.Subjects;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * {@link BeaconParticipation} against the real, packaged api and the demo's "Have your say" section: the survey
 * with skip logic, tips through moderation, and the story competition. Drift in a record or a status fails here.
 */
@QuarkusTest
@QuarkusTestResource(ApiTestResource.class)
class ParticipationContractTest {

    @Inject
    BeaconParticipation participation;

    @Inject
    BeaconDelivery delivery;

    @Inject
    BeaconPeople people;

    private long id(String path) {
        return delivery.byPath("demo", path, "en").body().id();
    }

    @Test
    void readsTheSurveyLabelledInTheServedLocaleAndRevalidatesIt() {
        long survey = id("have-your-say/wellbeing-survey");

        Delivered<Survey> en = participation.survey("demo", survey, "en");
        Delivered<Survey> again = participation.survey("demo", survey, "en");
        Survey pt = participation.survey("demo", survey, "pt").body();

        assertEquals("How are you doing?", en.body().title());
        assertTrue(en.body().anonymous());
        assertFalse(en.body().intro().isEmpty());
        SurveyQuestion feeling = en.body().questions().get(0);
        assertEquals("choice", feeling.type());
        assertEquals(
                List.of("good", "okay", "bad"),
                feeling.options().stream().map(SurveyQuestion.Choice::key).toList());
        assertEquals("Como te sentiste esta semana?", pt.questions().get(0).label());
        assertTrue(again.notModified());
        assertNotNull(again.etag());
    }

    @Test
    void walksTheSurveysSkipLogicAndResumesAtTheSameQuestion() {
        long survey = id("have-your-say/wellbeing-survey");
        String person = Subjects.newWebPerson();

        SurveyStep first = participation.startSurvey("demo", survey, "en", person);
        assertEquals(
                List.of("feeling"),
                first.asked().stream().map(SurveyQuestion::key).toList());
        SurveyStep talk =
                participation.answerSurvey("demo", survey, "en", person, new SurveyAnswers(Map.of("feeling", "bad")));
        assertEquals(
                List.of("talk"), talk.asked().stream().map(SurveyQuestion::key).toList());

        MySurvey mine = participation.mySurvey("demo", survey, "pt", person);
        assertTrue(mine.inProgress());
        assertEquals("talk", mine.current().asked().get(0).key());
        assertEquals("yesNo", mine.current().asked().get(0).type());
        SurveyStep resumed = participation.startSurvey("demo", survey, "en", person);
        assertEquals("talk", resumed.asked().get(0).key());

        ApiProblemException wrongType = assertThrows(
                ApiProblemException.class,
                () -> participation.answerSurvey(
                        "demo", survey, "en", person, new SurveyAnswers(Map.of("talk", "maybe"))));
        assertEquals("validation", wrongType.kind());
        assertTrue(
                wrongType.problem().fieldErrors().get(0).field().contains("talk"),
                wrongType.problem().toString());

        SurveyStep done =
                participation.answerSurvey("demo", survey, "en", person, new SurveyAnswers(Map.of("talk", true)));
        assertTrue(done.complete());
        MySurvey after = participation.mySurvey("demo", survey, "en", person);
        assertEquals("completed", after.state());
        assertEquals(1, after.completed());
    }

    @Test
    void sendsATipThatAppearsOnlyOnceAModeratorPublishedItAndCountsHelpfulOnce() {
        String author = Subjects.newWebPerson();
        String text = "Drink water before exams " + UUID.randomUUID().toString().substring(0, 6);

        participation.submitTip("demo", author, new TipRequest(text, "Ana", "en"));
        MyTip mine = participation.myTips("demo", author).stream()
                .filter(t -> t.text().equals(text))
                .findFirst()
                .orElseThrow();
        assertEquals("submitted", mine.state());
        assertFalse(participation.tips("demo", "en", 1, 50).body().items().stream()
                .anyMatch(t -> t.text().equals(text)));

        ApiUnderTest api = ApiUnderTest.shared();
        api.send("POST", "/api/v1/manage/sites/demo/tips/" + mine.id() + "/publish", api.staffToken("mo"), "{}", 200);
        Tip published = participation.tips("demo", "en", 1, 50).body().items().stream()
                .filter(t -> t.id() == mine.id())
                .findFirst()
                .orElseThrow();
        assertEquals("Ana", published.displayName());
        assertEquals(0, published.helpful());

        String reader = Subjects.newWebPerson();
        participation.markHelpful("demo", mine.id(), reader);
        ApiProblemException twice =
                assertThrows(ApiProblemException.class, () -> participation.markHelpful("demo", mine.id(), reader));
        assertEquals("already-done", twice.kind());
        assertEquals(
                1,
                participation.tips("demo", "en", 1, 50).body().items().stream()
                        .filter(t -> t.id() == mine.id())
                        .findFirst()
                        .orElseThrow()
                        .helpful());
    }

    @Test
    void refusesTipsThatAreTooLongOrBannedAndRateLimitsWithRetryAfter() {
        String person = Subjects.newWebPerson();
        ApiProblemException tooLong = assertThrows(
                ApiProblemException.class,
                () -> participation.submitTip("demo", person, new TipRequest("x".repeat(141), null, "en")));
        assertEquals("validation", tooLong.kind());
        assertEquals("text", tooLong.problem().fieldErrors().get(0).field());
        ApiProblemException banned = assertThrows(
                ApiProblemException.class,
                () -> participation.submitTip("demo", person, new TipRequest("you idiot", null, "en")));
        assertEquals("banned-text", banned.kind());
        assertEquals("text", banned.problem().fieldErrors().get(0).field());

        for (int i = 0; i < 3; i++) {
            participation.submitTip("demo", person, new TipRequest("Sleep early " + i, null, "en"));
        }
        ApiProblemException limited = assertThrows(
                ApiProblemException.class,
                () -> participation.submitTip("demo", person, new TipRequest("One more", null, "en")));
        assertEquals("rate-limited", limited.kind());
        assertEquals(429, limited.status());
        assertTrue(
                limited.retryAfterSeconds() != null && limited.retryAfterSeconds() > 0,
                "Retry-After: " + limited.retryAfterSeconds());
    }

    @Test
    void readsTheOpenCompetitionAndEntersAStoryUnderItsTerms() {
        long competition = id("have-your-say/your-words");
        Competition rules = participation.competition("demo", competition, "en").body();
        assertTrue(rules.open());
        assertEquals("open", rules.phase());
        assertEquals("your-words-terms", rules.terms().document());
        assertEquals("1", rules.terms().version());
        assertEquals(5000, rules.maxTextLength());
        assertNotNull(rules.closesAt());
        assertEquals(
                competition, participation.entries("demo", competition).body().competitionId());

        String person = Subjects.newWebPerson();
        people.update("demo", person, new ProfileUpdate(Aliases.unique("story"), null, null, null, null));
        ApiProblemException noTerms = assertThrows(
                ApiProblemException.class,
                () -> participation.enter(
                        "demo", competition, person, new StoryEntryRequest("Title", "Text", null, true, false)));
        assertEquals("validation", noTerms.kind());

        participation.enter(
                "demo", competition, person, new StoryEntryRequest("The day", "It rained.", "Ana Silva", true, true));
        MyStoryEntry mine = participation.myEntries("demo", competition, person).get(0);
        assertEquals("The day", mine.title());
        assertEquals("submitted", mine.state());
        assertEquals("1", mine.termsVersion());
        assertTrue(mine.hideRealName());
    }

    @Test
    void readsAnArticlesEmbeddedSurveyAndCompetitionWithTheirKinds() {
        long survey = id("have-your-say/wellbeing-survey");
        long competition = id("have-your-say/your-words");
        long news = id("news");
        long article = ApiUnderTest.shared().publish("demo", "article", news, "en", """
                {"title":"Have your say this week","slug":"say-%s","body":[{"type":"embed","itemId":%d},{"type":"embed","itemId":%d}]}""".formatted(
                        UUID.randomUUID().toString().substring(0, 8), survey, competition));

        List<dev.beacon.channel.kit.model.Block> blocks =
                delivery.item("demo", article, "en").body().body();

        assertEquals(
                List.of("embed", "embed"),
                blocks.stream().map(dev.beacon.channel.kit.model.Block::type).toList());
        assertEquals(survey, blocks.get(0).itemId());
        assertEquals("survey", blocks.get(0).kind());
        assertEquals(competition, blocks.get(1).itemId());
        assertEquals("competition", blocks.get(1).kind());
    }
}
