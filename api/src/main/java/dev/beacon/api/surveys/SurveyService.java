package dev.beacon.api.surveys;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.beacon.api.content.ContentItem;
import dev.beacon.api.content.ContentType;
import dev.beacon.api.shared.cache.ChangeNotifier;
import dev.beacon.api.shared.db.SqlValues;
import dev.beacon.api.shared.error.Problem.FieldError;
import dev.beacon.api.shared.error.ProblemException;
import dev.beacon.api.shared.error.ProblemType;
import dev.beacon.api.shared.http.Versions;
import dev.beacon.api.sites.Site;
import dev.beacon.api.sites.SiteRepository;
import dev.beacon.api.surveys.SurveyModel.Choice;
import dev.beacon.api.surveys.SurveyModel.Question;
import dev.beacon.api.surveys.SurveyModel.QuestionType;
import dev.beacon.api.surveys.SurveyRequests.SurveyDefinitionRequest;
import dev.beacon.api.surveys.SurveyResponses.NumberSummaryResponse;
import dev.beacon.api.surveys.SurveyResponses.QuestionResultResponse;
import dev.beacon.api.surveys.SurveyResponses.ResultsResponse;
import dev.beacon.api.surveys.SurveyResponses.SurveyDefinitionResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Staff side of surveys: the definition, its results, and the rows of the CSV export. */
@ApplicationScoped
public class SurveyService {

    /** One completed submission for the CSV. */
    public record CsvRow(long id, Instant completedAt, Map<String, JsonNode> answers) {}

    @Inject
    SiteRepository sites;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ChangeNotifier notifier;

    @Inject
    ObjectMapper json;

    @Transactional
    public SurveyDefinitionResponse define(
            String siteSlug, long id, SurveyDefinitionRequest request, Long expectedVersion) {
        Site site = sites.requireBySlug(siteSlug);
        requireSurveyItem(site.id, id);
        SurveyDefinitions.validate(
                id,
                request.questions(),
                request.opensAt(),
                request.closesAt(),
                site.localeChains(),
                other -> isSurveyItem(site.id, other));
        List<Question> questions =
                request.questions().stream().map(Question::normalised).toList();
        // Locked, so a definition cannot change under a person's answer being checked against it.
        Survey survey = em.find(Survey.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (survey == null) {
            survey = new Survey();
            survey.itemId = id;
            survey.siteId = site.id;
        } else {
            Versions.check(expectedVersion, survey.version);
            refuseLosingAnswers(survey, questions);
        }
        survey.anonymous = request.anonymous();
        survey.submissions = request.submissions();
        survey.opensAt = request.opensAt();
        survey.closesAt = request.closesAt();
        survey.questions = questions;
        survey.updatedAt = clock.instant();
        if (!em.contains(survey)) {
            em.persist(survey);
        }
        em.flush();
        notifier.siteChanged(site.id); // delivery caches the survey's questions: a new definition ends their epoch
        return SurveyDefinitionResponse.of(survey);
    }

    @Transactional(TxType.SUPPORTS)
    public SurveyDefinitionResponse definition(String siteSlug, long id) {
        return SurveyDefinitionResponse.of(require(sites.requireBySlug(siteSlug).id, id));
    }

    /** Counts over completed submissions; those in progress are only counted. */
    @Transactional(TxType.SUPPORTS)
    public ResultsResponse results(String siteSlug, long id) {
        Survey survey = require(sites.requireBySlug(siteSlug).id, id);
        Object[] totals =
                (Object[]) em.createNativeQuery("""
                SELECT count(*) FILTER (WHERE completed_at IS NOT NULL), count(*) FILTER (WHERE completed_at IS NULL)
                FROM survey_submission WHERE survey_id = :id""").setParameter("id", id).getSingleResult();
        Map<String, Long> answered = new HashMap<>();
        rows("""
                SELECT a.question_key, count(*) FROM survey_answer a JOIN survey_submission s ON s.id = a.submission_id
                WHERE s.survey_id = :id AND s.completed_at IS NOT NULL GROUP BY a.question_key""", id).forEach(r -> answered.put((String) r[0], ((Number) r[1]).longValue()));
        Map<String, Map<String, Long>> counted = new HashMap<>();
        rows("""
                SELECT a.question_key, e.v, count(*) FROM survey_answer a JOIN survey_submission s ON s.id = a.submission_id
                CROSS JOIN LATERAL jsonb_array_elements_text(
                    CASE WHEN jsonb_typeof(a.value) = 'array' THEN a.value ELSE jsonb_build_array(a.value) END) e(v)
                WHERE s.survey_id = :id AND s.completed_at IS NOT NULL AND a.kind IN ('choice', 'multiChoice', 'yesNo')
                GROUP BY a.question_key, e.v""", id)
                .forEach(r -> counted.computeIfAbsent((String) r[0], k -> new HashMap<>())
                        .put((String) r[1], ((Number) r[2]).longValue()));
        Map<String, NumberSummaryResponse> numbers = new HashMap<>();
        rows("""
                SELECT a.question_key, min(a.value::numeric), max(a.value::numeric), avg(a.value::numeric)
                FROM survey_answer a JOIN survey_submission s ON s.id = a.submission_id
                WHERE s.survey_id = :id AND s.completed_at IS NOT NULL AND a.kind = 'number' GROUP BY a.question_key""", id)
                .forEach(r -> numbers.put(
                        (String) r[0],
                        new NumberSummaryResponse(
                                plain(SqlValues.decimal(r[1])),
                                plain(SqlValues.decimal(r[2])),
                                plain(SqlValues.decimal(r[3]).setScale(4, RoundingMode.HALF_UP)))));
        List<QuestionResultResponse> questions = survey.questions.stream()
                .map(q -> new QuestionResultResponse(
                        q.key(),
                        q.shortName(),
                        q.type(),
                        answered.getOrDefault(q.key(), 0L),
                        counts(q, counted.getOrDefault(q.key(), Map.of())),
                        numbers.get(q.key())))
                .toList();
        return new ResultsResponse(id, ((Number) totals[0]).longValue(), ((Number) totals[1]).longValue(), questions);
    }

    /** The definition for an export, after the same checks as every staff read. */
    @Transactional(TxType.SUPPORTS)
    public List<Question> exportColumns(String siteSlug, long id) {
        return require(sites.requireBySlug(siteSlug).id, id).questions;
    }

    /** Completed submissions after {@code afterId}, oldest first: the export reads them page by page. */
    @Transactional(TxType.SUPPORTS)
    public List<CsvRow> completed(long surveyId, long afterId, int limit) {
        List<CsvRow> page = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<Object[]> heads = em.createNativeQuery("""
                SELECT id, completed_at FROM survey_submission
                WHERE survey_id = :id AND completed_at IS NOT NULL AND id > :after ORDER BY id LIMIT :limit""")
                .setParameter("id", surveyId)
                .setParameter("after", afterId)
                .setParameter("limit", limit)
                .getResultList();
        if (heads.isEmpty()) {
            return page;
        }
        Map<Long, Map<String, JsonNode>> answers = new LinkedHashMap<>();
        heads.forEach(h -> answers.put(((Number) h[0]).longValue(), new HashMap<>()));
        @SuppressWarnings("unchecked")
        List<Object[]> values = em.createNativeQuery(
                        "SELECT submission_id, question_key, value::text FROM survey_answer WHERE submission_id IN (:ids)")
                .setParameter("ids", answers.keySet())
                .getResultList();
        values.forEach(v -> answers.get(((Number) v[0]).longValue()).put((String) v[1], parse((String) v[2])));
        heads.forEach(h -> page.add(new CsvRow(
                ((Number) h[0]).longValue(), SqlValues.instant(h[1]), answers.get(((Number) h[0]).longValue()))));
        return page;
    }

    Survey require(long siteId, long id) {
        Survey survey = em.find(Survey.class, id);
        if (survey == null || survey.siteId != siteId) {
            throw ProblemException.notFound("Survey", id);
        }
        return survey;
    }

    private void requireSurveyItem(long siteId, long id) {
        ContentItem item = em.find(ContentItem.class, id);
        if (item == null || item.siteId != siteId || item.type != ContentType.survey) {
            throw ProblemException.notFound("Survey", id);
        }
    }

    private boolean isSurveyItem(long siteId, long id) {
        ContentItem item = em.find(ContentItem.class, id);
        return item != null && item.siteId == siteId && item.type == ContentType.survey;
    }

    /**
     * Answers already given must keep their question (of the same type) and their choices, and people in the middle
     * of a step must still find its questions: such changes are refused, listing what they would lose.
     */
    private void refuseLosingAnswers(Survey survey, List<Question> next) {
        Map<String, Question> byKey = next.stream().collect(Collectors.toMap(Question::key, q -> q));
        List<FieldError> errors = new ArrayList<>();
        rows("""
                SELECT DISTINCT a.question_key, a.kind FROM survey_answer a JOIN survey_submission s ON s.id = a.submission_id
                WHERE s.survey_id = :id ORDER BY 1""", survey.itemId).forEach(r -> {
            Question q = byKey.get((String) r[0]);
            if (q == null) {
                errors.add(new FieldError("questions", "question '" + r[0] + "' has answers and cannot be removed"));
            } else if (!q.type().name().equals(r[1])) {
                errors.add(new FieldError(
                        "questions",
                        "question '" + r[0] + "' has answers of type " + r[1] + "; its type cannot change"));
            }
        });
        rows("""
                SELECT DISTINCT a.question_key, e.v FROM survey_answer a JOIN survey_submission s ON s.id = a.submission_id
                CROSS JOIN LATERAL jsonb_array_elements_text(
                    CASE WHEN jsonb_typeof(a.value) = 'array' THEN a.value ELSE jsonb_build_array(a.value) END) e(v)
                WHERE s.survey_id = :id AND a.kind IN ('choice', 'multiChoice') ORDER BY 1, 2""", survey.itemId).forEach(r -> {
            Question q = byKey.get((String) r[0]);
            if (q != null
                    && q.type().hasChoices()
                    && q.choices().stream().map(Choice::key).noneMatch(r[1]::equals)) {
                errors.add(new FieldError(
                        "questions",
                        "choice '" + r[1] + "' of question '" + r[0] + "' has answers and cannot be removed"));
            }
        });
        @SuppressWarnings("unchecked")
        List<String> asked = em.createNativeQuery(
                        "SELECT DISTINCT unnest(step) FROM survey_submission WHERE survey_id = :id AND completed_at IS NULL ORDER BY 1")
                .setParameter("id", survey.itemId)
                .getResultList();
        asked.stream()
                .filter(k -> !byKey.containsKey(k))
                .forEach(k -> errors.add(new FieldError(
                        "questions", "question '" + k + "' is being answered right now and cannot be removed")));
        if (!errors.isEmpty()) {
            throw new ProblemException(
                    ProblemType.CONFLICT,
                    errors.stream().map(FieldError::message).collect(Collectors.joining("; ")),
                    errors);
        }
    }

    /** Every choice with its count (zero included); yes/no as "yes" and "no"; nothing for other types. */
    private static Map<String, Long> counts(Question q, Map<String, Long> counted) {
        Map<String, Long> result = new LinkedHashMap<>();
        if (q.type().hasChoices()) {
            q.choices().forEach(c -> result.put(c.key(), counted.getOrDefault(c.key(), 0L)));
        } else if (q.type() == QuestionType.yesNo) {
            result.put("yes", counted.getOrDefault("true", 0L));
            result.put("no", counted.getOrDefault("false", 0L));
        } else {
            return null;
        }
        return result;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, long surveyId) {
        return em.createNativeQuery(sql).setParameter("id", surveyId).getResultList();
    }

    private JsonNode parse(String value) {
        try {
            return json.readTree(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** 16.0000 → 16, 15.5000 → 15.5: never an exponent in the JSON. */
    private static BigDecimal plain(BigDecimal d) {
        BigDecimal stripped = d.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
