package dev.beacon.api.surveys;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.beacon.api.community.Feature;
import dev.beacon.api.events.EventType;
import dev.beacon.api.events.Outbox;
import dev.beacon.api.profiles.ChannelActor.Subject;
import dev.beacon.api.profiles.Profile;
import dev.beacon.api.profiles.ProfileService;
import dev.beacon.api.shared.error.ProblemException;
import dev.beacon.api.sites.Site;
import dev.beacon.api.sites.SiteDirectory;
import dev.beacon.api.sites.SiteDirectory.SiteView;
import dev.beacon.api.sites.TextPolicy;
import dev.beacon.api.surveys.SurveyFlow.Given;
import dev.beacon.api.surveys.SurveyFlow.Outcome;
import dev.beacon.api.surveys.SurveyModel.QuestionType;
import dev.beacon.api.surveys.SurveyModel.SubmissionPolicy;
import dev.beacon.api.surveys.SurveyResponses.MySurveyResponse;
import dev.beacon.api.surveys.SurveyResponses.StepResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A person going through a survey from any channel. The unfinished submission lives here, keyed by survey and
 * profile, so it is resumed from whichever channel the person writes next, whenever they do.
 */
@ApplicationScoped
public class SubmissionService {

    /** The step to answer, and whether the submission was started by this call (or resumed). */
    public record Started(StepResponse step, boolean created) {}

    @Inject
    SiteDirectory directory;

    @Inject
    Outbox outbox;

    @Inject
    SurveyDelivery delivery;

    @Inject
    ProfileService profiles;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ObjectMapper json;

    @Transactional
    public Started start(String siteSlug, Subject subject, long id, String locale) {
        SiteView site = directory.require(siteSlug);
        Survey survey = openSurvey(site, id, locale);
        Profile profile = profiles.resolve(siteSlug, subject);
        // Two starts at once (a double tap, two channels) must make one submission.
        em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtextextended(:key, 0))")
                .setParameter("key", "survey|" + id + "|" + profile.id)
                .getSingleResult();
        SurveySubmission open = open(id, profile.id, false);
        if (open != null) {
            return new Started(step(survey, open, site, locale), false);
        }
        if (survey.submissions == SubmissionPolicy.single && completions(id, profile.id) > 0) {
            throw ProblemException.alreadyDone("You have already completed this survey");
        }
        SurveySubmission submission = new SurveySubmission();
        submission.surveyId = id;
        submission.profileId = profile.id;
        submission.anonymous = survey.anonymous;
        submission.step = SurveyFlow.first(survey.questions).step();
        submission.startedAt = clock.instant();
        em.persist(submission);
        return new Started(step(survey, submission, site, locale), true);
    }

    @Transactional
    public StepResponse answer(
            String siteSlug, Subject subject, long id, Map<String, JsonNode> answers, String locale) {
        SiteView site = directory.require(siteSlug);
        Survey survey = openSurvey(site, id, locale);
        em.lock(
                survey,
                LockModeType.PESSIMISTIC_READ); // the definition holds still while answers are checked against it
        Profile profile = profiles.resolve(siteSlug, subject);
        SurveySubmission submission = open(id, profile.id, true);
        if (submission == null) {
            throw ProblemException.notFound("Submission in progress of survey", id);
        }
        List<Given> given = SurveyFlow.check(survey.questions, submission.step, answers);
        Site settings = em.find(Site.class, site.id());
        given.stream()
                .filter(g -> g.kind() == QuestionType.text)
                .forEach(g -> TextPolicy.check(
                        settings.settings, "answers." + g.key(), g.value().asText()));
        Map<String, JsonNode> values = new LinkedHashMap<>();
        for (Given g : given) {
            values.put(g.key(), g.value());
            em.createNativeQuery(
                            "INSERT INTO survey_answer (submission_id, question_key, kind, value) VALUES (:s, :k, :kind, CAST(:v AS jsonb))")
                    .setParameter("s", submission.id)
                    .setParameter("k", g.key())
                    .setParameter("kind", g.kind().name())
                    .setParameter("v", g.value().toString())
                    .executeUpdate();
        }
        Outcome outcome = SurveyFlow.after(survey.questions, submission.step, values);
        if (!outcome.complete()) {
            submission.step = outcome.step();
            em.flush();
            return step(survey, submission, site, locale);
        }
        complete(survey, submission, profile.id);
        if (submission.anonymous) {
            // Neither the person nor the submission: an anonymous survey's answers must not be linked to anyone.
            outbox.record(site.id(), EventType.SURVEY_COMPLETED, "survey/" + id, "surveyId", id, "anonymous", true);
        } else {
            outbox.record(
                    site.id(),
                    EventType.SURVEY_COMPLETED,
                    "survey/" + id,
                    "surveyId",
                    id,
                    "submissionId",
                    submission.id,
                    "profileId",
                    profile.id);
        }
        return new StepResponse(id, true, outcome.continueWith(), List.of());
    }

    @Transactional
    public MySurveyResponse mine(String siteSlug, Subject subject, long id, String locale) {
        SiteView site = directory.require(siteSlug);
        Feature.surveys.requireOn(site);
        Survey survey = delivery.live(site, id, locale).survey();
        Profile profile = profiles.resolve(siteSlug, subject);
        int completed = completions(id, profile.id);
        SurveySubmission open = open(id, profile.id, false);
        if (open == null) {
            return new MySurveyResponse(id, completed > 0 ? "completed" : "notStarted", completed, null, null);
        }
        return new MySurveyResponse(id, "inProgress", completed, step(survey, open, site, locale), answers(open.id));
    }

    /** Answers of one submission by question key. */
    Map<String, JsonNode> answers(long submissionId) {
        Map<String, JsonNode> answers = new LinkedHashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT question_key, value::text FROM survey_answer WHERE submission_id = :s ORDER BY question_key")
                .setParameter("s", submissionId)
                .getResultList();
        rows.forEach(r -> answers.put((String) r[0], parse((String) r[1])));
        return answers;
    }

    private void complete(Survey survey, SurveySubmission submission, long profileId) {
        Instant now = clock.instant();
        submission.step = List.of();
        submission.completedAt = now;
        if (submission.anonymous) {
            // Nothing may lead back from the answers to the person: no profile, and times too coarse to match a log.
            submission.profileId = null;
            submission.startedAt = submission.startedAt.truncatedTo(ChronoUnit.HOURS);
            submission.completedAt = now.truncatedTo(ChronoUnit.HOURS);
        }
        em.flush();
        String sql =
                "INSERT INTO survey_participation (survey_id, profile_id, completions) VALUES (:s, :p, 1) ON CONFLICT (survey_id, profile_id) "
                        + (survey.submissions == SubmissionPolicy.single
                                ? "DO NOTHING"
                                : "DO UPDATE SET completions = survey_participation.completions + 1");
        int counted = em.createNativeQuery(sql)
                .setParameter("s", survey.itemId)
                .setParameter("p", profileId)
                .executeUpdate();
        if (counted == 0) {
            throw ProblemException.alreadyDone("You have already completed this survey");
        }
    }

    private Survey openSurvey(SiteView site, long id, String locale) {
        Feature.surveys.requireOn(site);
        Survey survey = delivery.live(site, id, locale).survey();
        Instant now = clock.instant();
        if (!survey.isOpenAt(now)) {
            throw ProblemException.notOpen(
                    survey.opensAt != null && now.isBefore(survey.opensAt)
                            ? "This survey opens at " + survey.opensAt
                            : "This survey closed at " + survey.closesAt);
        }
        return survey;
    }

    private SurveySubmission open(long surveyId, long profileId, boolean lock) {
        return em.createQuery(
                        "from SurveySubmission s where s.surveyId = :survey and s.profileId = :profile and s.completedAt is null",
                        SurveySubmission.class)
                .setParameter("survey", surveyId)
                .setParameter("profile", profileId)
                .setLockMode(lock ? LockModeType.PESSIMISTIC_WRITE : LockModeType.NONE)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    private int completions(long surveyId, long profileId) {
        Object n = em.createNativeQuery(
                        "SELECT coalesce(max(completions), 0) FROM survey_participation WHERE survey_id = :s AND profile_id = :p")
                .setParameter("s", surveyId)
                .setParameter("p", profileId)
                .getSingleResult();
        return ((Number) n).intValue();
    }

    private StepResponse step(Survey survey, SurveySubmission submission, SiteView site, String locale) {
        return new StepResponse(
                survey.itemId,
                false,
                null,
                SurveyDelivery.questions(
                        survey.questions, submission.step, site.locales().chainFor(locale)));
    }

    private JsonNode parse(String value) {
        try {
            return json.readTree(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
