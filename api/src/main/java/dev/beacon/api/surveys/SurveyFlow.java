package dev.beacon.api.surveys;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.beacon.api.shared.error.Problem.FieldError;
import dev.beacon.api.shared.error.ProblemException;
import dev.beacon.api.shared.error.ProblemType;
import dev.beacon.api.shared.http.StrictJson;
import dev.beacon.api.surveys.SurveyModel.Choice;
import dev.beacon.api.surveys.SurveyModel.Next;
import dev.beacon.api.surveys.SurveyModel.Question;
import dev.beacon.api.surveys.SurveyModel.QuestionType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The path through a survey, decided here and only here, so every channel asks the same next question. A step is
 * what is asked at once: from its first question up to the next page break, or up to a question whose answer
 * decides where to go, or one that ends the survey.
 */
final class SurveyFlow {

    static final int MAX_TEXT = 2000;

    /** Where a step leads: the keys of the next step, or the end (and the survey to continue with, if any). */
    record Outcome(List<String> step, Long continueWith) {

        boolean complete() {
            return step.isEmpty();
        }
    }

    /** One accepted answer, ready to store. */
    record Given(String key, QuestionType kind, JsonNode value) {}

    private SurveyFlow() {}

    static Outcome first(List<Question> questions) {
        return questions.isEmpty() ? new Outcome(List.of(), null) : new Outcome(step(questions, 0), null);
    }

    /** The keys asked together from question {@code start} on. */
    static List<String> step(List<Question> questions, int start) {
        List<String> keys = new ArrayList<>();
        int i = start;
        while (true) {
            Question q = questions.get(i);
            keys.add(q.key());
            if (q.branches()) {
                return keys;
            }
            int following;
            if (q.next() == null) {
                following = i + 1;
            } else if (q.next().goTo() != null) {
                following = indexOf(questions, q.next().goTo());
                if (following <= i) {
                    return keys; // defensive: stored definitions only jump forward
                }
            } else {
                return keys;
            }
            if (following >= questions.size() || questions.get(following).breaksBefore()) {
                return keys;
            }
            i = following;
        }
    }

    /** After a step was answered: its last question (by the chosen answer, else by its own rule, else the order) decides. */
    static Outcome after(List<Question> questions, List<String> step, Map<String, JsonNode> answers) {
        String lastKey = step.get(step.size() - 1);
        int last = indexOf(questions, lastKey);
        if (last < 0) {
            return new Outcome(List.of(), null); // the question was removed meanwhile: nothing sure to ask, so finish
        }
        Question q = questions.get(last);
        Next next = chosenNext(q, answers.get(lastKey));
        if (next == null) {
            next = q.next();
        }
        int target;
        if (next == null) {
            target = last + 1;
        } else if (next.goTo() != null) {
            target = indexOf(questions, next.goTo());
        } else {
            return new Outcome(List.of(), next.survey());
        }
        if (target <= last || target >= questions.size()) {
            return new Outcome(List.of(), null);
        }
        return new Outcome(step(questions, target), null);
    }

    /** The first chosen answer (in the order the choices are defined) that names where to go. */
    private static Next chosenNext(Question q, JsonNode answer) {
        if (answer == null || q.choices() == null) {
            return null;
        }
        Set<String> chosen = new HashSet<>();
        if (answer.isArray()) {
            answer.forEach(a -> chosen.add(a.asText()));
        } else {
            chosen.add(answer.asText());
        }
        return q.choices().stream()
                .filter(c -> c.next() != null && chosen.contains(c.key()))
                .map(Choice::next)
                .findFirst()
                .orElse(null);
    }

    /**
     * Checks answers to the asked step: only asked questions, every required one, each of its question's type.
     * Answers left out (or null) to optional questions are skipped. Every problem is reported at once.
     */
    static List<Given> check(List<Question> questions, List<String> step, Map<String, JsonNode> answers) {
        List<FieldError> errors = new ArrayList<>();
        answers.keySet().stream()
                .filter(k -> !step.contains(k))
                .sorted()
                .forEach(k -> errors.add(new FieldError("answers." + k, "was not asked in this step")));
        List<Given> given = new ArrayList<>();
        for (String key : step) {
            int i = indexOf(questions, key);
            if (i < 0) {
                continue;
            }
            Question q = questions.get(i);
            String field = "answers." + key;
            JsonNode value = normalise(q, answers.get(key), field, errors);
            if (value == null) {
                if (q.isRequired() && errors.stream().noneMatch(e -> e.field().equals(field))) {
                    errors.add(new FieldError(field, "is required"));
                }
            } else {
                given.add(new Given(key, q.type(), value));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(
                    ProblemType.VALIDATION,
                    errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; ")),
                    errors);
        }
        return given;
    }

    /** The value to store, null for "no answer", or an error added for a value of the wrong type. */
    private static JsonNode normalise(Question q, JsonNode v, String field, List<FieldError> errors) {
        if (v == null || v.isNull()) {
            return null;
        }
        switch (q.type()) {
            case text:
                if (!v.isTextual()) {
                    return wrong(field, "must be text", errors);
                }
                if (v.asText().length() > q.textLimit()) {
                    return wrong(field, "must be at most " + q.textLimit() + " characters", errors);
                }
                if (v.asText().indexOf('\0') >= 0) {
                    return wrong(field, StrictJson.NUL, errors); // answers are JsonNode, which StrictJson does not read
                }
                return v.asText().isBlank() ? null : v;
            case number:
                if (!v.isNumber()) {
                    return wrong(field, "must be a number", errors);
                }
                if (q.min() != null && v.decimalValue().compareTo(q.min()) < 0) {
                    return wrong(field, "must be at least " + q.min().toPlainString(), errors);
                }
                if (q.max() != null && v.decimalValue().compareTo(q.max()) > 0) {
                    return wrong(field, "must be at most " + q.max().toPlainString(), errors);
                }
                return JsonNodeFactory.instance.numberNode(v.decimalValue());
            case date:
                try {
                    if (v.isTextual()) {
                        return JsonNodeFactory.instance.textNode(
                                LocalDate.parse(v.asText()).toString());
                    }
                } catch (DateTimeParseException e) {
                    // reported below
                }
                return wrong(field, "must be a date such as 2010-05-31", errors);
            case yesNo:
                return v.isBoolean() ? v : wrong(field, "must be true (yes) or false (no)", errors);
            case choice:
                if (!v.isTextual() || !choiceKeys(q).contains(v.asText())) {
                    return wrong(field, "must be one of " + choiceKeys(q), errors);
                }
                return v;
            case multiChoice:
                if (!v.isArray()) {
                    return wrong(field, "must be a list of choices from " + choiceKeys(q), errors);
                }
                Set<String> picked = new LinkedHashSet<>();
                for (JsonNode c : v) {
                    if (!c.isTextual() || !choiceKeys(q).contains(c.asText()) || !picked.add(c.asText())) {
                        return wrong(field, "must be a list of different choices from " + choiceKeys(q), errors);
                    }
                }
                if (picked.isEmpty()) {
                    return null;
                }
                var array = JsonNodeFactory.instance.arrayNode();
                choiceKeys(q).stream().filter(picked::contains).forEach(array::add); // stored in the survey's order
                return array;
            default:
                throw new IllegalStateException("unknown question type " + q.type());
        }
    }

    private static JsonNode wrong(String field, String message, List<FieldError> errors) {
        errors.add(new FieldError(field, message));
        return null;
    }

    private static List<String> choiceKeys(Question q) {
        return q.choices() == null
                ? List.of()
                : q.choices().stream().map(Choice::key).toList();
    }

    static int indexOf(List<Question> questions, String key) {
        for (int i = 0; i < questions.size(); i++) {
            if (questions.get(i).key().equals(key)) {
                return i;
            }
        }
        return -1;
    }
}
