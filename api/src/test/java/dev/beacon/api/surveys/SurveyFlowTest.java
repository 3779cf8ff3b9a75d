package dev.beacon.api.surveys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.beacon.api.shared.error.Problem.FieldError;
import dev.beacon.api.shared.error.ProblemException;
import dev.beacon.api.shared.error.ProblemType;
import dev.beacon.api.sites.Locales;
import dev.beacon.api.sites.SiteLocale;
import dev.beacon.api.surveys.SurveyModel.Choice;
import dev.beacon.api.surveys.SurveyModel.Next;
import dev.beacon.api.surveys.SurveyModel.Question;
import dev.beacon.api.surveys.SurveyModel.QuestionType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The path through a survey and the checks of a definition, without a server. */
class SurveyFlowTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Locales LOCALES =
            new Locales(List.of(new SiteLocale("en", "English", null), new SiteLocale("pt", "Português", "en")));

    /** age | smoke? (yes→ how-many, no→ end) | how-many | (page) feel | (page) more */
    private static final List<Question> SURVEY = List.of(
            q("age", QuestionType.number, true, false, null, null),
            q(
                    "smoke",
                    QuestionType.choice,
                    true,
                    false,
                    List.of(
                            new Choice("yes", Map.of("en", "Yes"), null),
                            new Choice("no", Map.of("en", "No"), new Next(null, true, null)),
                            new Choice("other", Map.of("en", "Other survey"), new Next(null, null, 99L))),
                    null),
            q("howMany", QuestionType.number, false, false, null, null),
            q("feel", QuestionType.text, false, true, null, new Next("last", null, null)),
            q("skipped", QuestionType.yesNo, false, false, null, null),
            q("last", QuestionType.date, false, false, null, null));

    @Test
    void aStepRunsToTheQuestionWhoseAnswerDecidesWhereToGo() {
        assertEquals(List.of("age", "smoke"), SurveyFlow.first(SURVEY).step());
    }

    @Test
    void aChosenAnswerLeadsWhereItsChoiceSays() {
        assertEquals(
                List.of("howMany"),
                SurveyFlow.after(SURVEY, List.of("age", "smoke"), answers("{\"smoke\":\"yes\"}"))
                        .step());
        SurveyFlow.Outcome end = SurveyFlow.after(SURVEY, List.of("age", "smoke"), answers("{\"smoke\":\"no\"}"));
        assertTrue(end.complete());
        assertNull(end.continueWith());
        assertEquals(
                99L,
                SurveyFlow.after(SURVEY, List.of("age", "smoke"), answers("{\"smoke\":\"other\"}"))
                        .continueWith());
    }

    @Test
    void aPageBreakEndsAStepAndAQuestionsOwnJumpIsFollowedWithinOne() {
        assertEquals(
                List.of("feel", "last"),
                SurveyFlow.after(SURVEY, List.of("howMany"), answers("{}")).step());
        assertTrue(
                SurveyFlow.after(SURVEY, List.of("feel", "last"), answers("{}")).complete());
    }

    @Test
    void answersAreCheckedByTypeRequiredFlagAndStep() {
        ProblemException e = assertThrows(
                ProblemException.class,
                () -> SurveyFlow.check(
                        SURVEY, List.of("age", "smoke"), answers("{\"age\":\"seventeen\",\"feel\":\"ok\"}")));
        assertEquals(ProblemType.VALIDATION, e.type());
        assertEquals(
                List.of("answers.feel", "answers.age", "answers.smoke"),
                e.errors().stream().map(FieldError::field).toList());
        assertEquals(
                2,
                SurveyFlow.check(SURVEY, List.of("age", "smoke"), answers("{\"age\":17,\"smoke\":\"no\"}"))
                        .size());
        assertThrows(
                ProblemException.class,
                () -> SurveyFlow.check(SURVEY, List.of("feel", "last"), answers("{\"last\":\"2024-13-01\"}")));
        assertEquals(
                "2024-02-29",
                SurveyFlow.check(SURVEY, List.of("feel", "last"), answers("{\"last\":\"2024-02-29\"}"))
                        .get(0)
                        .value()
                        .asText());
    }

    @Test
    void definitionsOnlyJumpForwardToQuestionsThatExist() {
        List<Question> backwards = List.of(
                q("a", QuestionType.text, false, false, null, null),
                q("b", QuestionType.text, false, false, null, new Next("a", null, null)),
                q(
                        "c",
                        QuestionType.choice,
                        false,
                        false,
                        List.of(new Choice("x", Map.of("en", "X"), new Next("nope", null, null))),
                        null),
                q("a", QuestionType.yesNo, false, false, null, new Next(null, false, null)));
        ProblemException e = assertThrows(
                ProblemException.class,
                () -> SurveyDefinitions.validate(1, backwards, null, null, LOCALES, id -> false));
        assertEquals(
                List.of(
                        "questions[3].key",
                        "questions[1].next.goTo",
                        "questions[2].choices[0].next.goTo",
                        "questions[3].next"),
                e.errors().stream().map(FieldError::field).toList());
    }

    @Test
    void definitionsNeedLabelsInTheDefaultLocaleChoicesWhereTheyBelongAndAnOpeningBeforeTheClosing() {
        List<Question> bad = List.of(
                new Question(
                        "a",
                        null,
                        QuestionType.choice,
                        null,
                        null,
                        Map.of("pt", "A", "xx", "?"),
                        List.of(),
                        null,
                        null,
                        null,
                        null),
                new Question(
                        "b",
                        null,
                        QuestionType.text,
                        null,
                        null,
                        Map.of("en", "B"),
                        List.of(new Choice("x", Map.of("en", "X"), null)),
                        new Next(null, null, 7L),
                        null,
                        null,
                        null));
        ProblemException e = assertThrows(
                ProblemException.class,
                () -> SurveyDefinitions.validate(
                        1,
                        bad,
                        Instant.parse("2030-01-02T00:00:00Z"),
                        Instant.parse("2030-01-01T00:00:00Z"),
                        LOCALES,
                        id -> false));
        assertEquals(
                List.of(
                        "closesAt",
                        "questions[0].labels.xx",
                        "questions[0].labels",
                        "questions[0].choices",
                        "questions[1].choices",
                        "questions[1].next.survey"),
                e.errors().stream().map(FieldError::field).toList());
        SurveyDefinitions.validate(1, SURVEY, null, null, LOCALES, id -> id == 99L);
    }

    private static Question q(
            String key, QuestionType type, boolean required, boolean pageBreak, List<Choice> choices, Next next) {
        return new Question(key, null, type, required, pageBreak, Map.of("en", key), choices, next, null, null, null);
    }

    private static Map<String, JsonNode> answers(String json) {
        try {
            return JSON.convertValue(
                    JSON.readTree(json), new com.fasterxml.jackson.core.type.TypeReference<Map<String, JsonNode>>() {});
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
