package dev.beacon.api.surveys;

import dev.beacon.api.shared.error.Problem.FieldError;
import dev.beacon.api.shared.error.ProblemException;
import dev.beacon.api.shared.error.ProblemType;
import dev.beacon.api.sites.Locales;
import dev.beacon.api.surveys.SurveyModel.Choice;
import dev.beacon.api.surveys.SurveyModel.Next;
import dev.beacon.api.surveys.SurveyModel.Question;
import dev.beacon.api.surveys.SurveyModel.QuestionType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongPredicate;
import java.util.stream.Collectors;

/**
 * How a definition's parts fit together: unique keys and CSV names, choices only where they belong, labels in the
 * site's locales (always in its default one, where every fallback chain ends), and skip logic that only jumps
 * forward, so no path through a survey can loop. Every problem is reported at once, per field.
 */
final class SurveyDefinitions {

    private SurveyDefinitions() {}

    /**
     * Checks a definition; {@code otherSurvey} answers whether an item id is another survey of the same site.
     * Throws a {@code validation} problem listing every error.
     */
    static void validate(
            long surveyId,
            List<Question> questions,
            Instant opensAt,
            Instant closesAt,
            Locales locales,
            LongPredicate otherSurvey) {
        List<FieldError> errors = new ArrayList<>();
        if (opensAt != null && closesAt != null && !closesAt.isAfter(opensAt)) {
            errors.add(new FieldError("closesAt", "must be after opensAt"));
        }
        Map<String, Integer> index = new HashMap<>();
        Set<String> shortNames = new HashSet<>();
        for (int i = 0; i < questions.size(); i++) {
            Question q = questions.get(i);
            String at = "questions[" + i + "]";
            boolean keyTaken = index.putIfAbsent(q.key(), i) != null;
            if (keyTaken) {
                errors.add(new FieldError(at + ".key", "'" + q.key() + "' is used by another question"));
            }
            String shortName = q.shortName() == null ? q.key() : q.shortName();
            if (!shortNames.add(shortName) && !(keyTaken && q.shortName() == null)) {
                errors.add(
                        new FieldError(at + ".shortName", "'" + shortName + "' is the CSV column of another question"));
            }
            labels(at + ".labels", q.labels(), locales, errors);
        }
        for (int i = 0; i < questions.size(); i++) {
            Question q = questions.get(i);
            String at = "questions[" + i + "]";
            if (q.type().hasChoices()) {
                if (q.choices() == null || q.choices().isEmpty()) {
                    errors.add(
                            new FieldError(at + ".choices", "a " + q.type() + " question needs at least one choice"));
                } else {
                    Set<String> keys = new HashSet<>();
                    for (int j = 0; j < q.choices().size(); j++) {
                        Choice c = q.choices().get(j);
                        String cat = at + ".choices[" + j + "]";
                        if (!keys.add(c.key())) {
                            errors.add(new FieldError(cat + ".key", "'" + c.key() + "' is used by another choice"));
                        }
                        labels(cat + ".labels", c.labels(), locales, errors);
                        next(cat + ".next", c.next(), i, index, surveyId, otherSurvey, errors);
                    }
                }
            } else if (q.choices() != null && !q.choices().isEmpty()) {
                errors.add(new FieldError(at + ".choices", "only choice and multiChoice questions have choices"));
            }
            next(at + ".next", q.next(), i, index, surveyId, otherSurvey, errors);
            limits(at, q, errors);
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(
                    ProblemType.VALIDATION,
                    errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; ")),
                    errors);
        }
    }

    /** min and max bound a number question's answers, maxLength a text question's; no other question takes them. */
    private static void limits(String at, Question q, List<FieldError> errors) {
        if (q.type() != QuestionType.number) {
            if (q.min() != null) {
                errors.add(new FieldError(at + ".min", "only number questions take min"));
            }
            if (q.max() != null) {
                errors.add(new FieldError(at + ".max", "only number questions take max"));
            }
        } else if (q.min() != null && q.max() != null && q.max().compareTo(q.min()) < 0) {
            errors.add(new FieldError(at + ".max", "must not be less than min"));
        }
        if (q.type() != QuestionType.text && q.maxLength() != null) {
            errors.add(new FieldError(at + ".maxLength", "only text questions take maxLength"));
        }
    }

    private static void labels(String at, Map<String, String> labels, Locales locales, List<FieldError> errors) {
        if (labels == null) {
            return;
        }
        labels.keySet().stream()
                .filter(l -> !locales.contains(l))
                .sorted()
                .forEach(l -> errors.add(new FieldError(at + "." + l, "'" + l + "' is not one of the site's locales")));
        if (!labels.containsKey(locales.defaultLocale())) {
            errors.add(
                    new FieldError(at, "needs a label in the site's default locale '" + locales.defaultLocale() + "'"));
        }
    }

    private static void next(
            String at,
            Next next,
            int from,
            Map<String, Integer> index,
            long surveyId,
            LongPredicate otherSurvey,
            List<FieldError> errors) {
        if (next == null) {
            return;
        }
        int given = (next.goTo() != null ? 1 : 0) + (next.end() != null ? 1 : 0) + (next.survey() != null ? 1 : 0);
        if (given != 1 || (next.end() != null && !next.isEnd())) {
            errors.add(new FieldError(
                    at, "must be exactly one of {\"goTo\":\"<question key>\"}, {\"end\":true}, {\"survey\":<id>}"));
            return;
        }
        if (next.goTo() != null) {
            Integer target = index.get(next.goTo());
            if (target == null) {
                errors.add(new FieldError(at + ".goTo", "there is no question '" + next.goTo() + "'"));
            } else if (target <= from) {
                // Only forward: then every path through the survey ends, and no one is asked the same thing twice.
                errors.add(new FieldError(at + ".goTo", "must go forward, to a question after this one"));
            }
        }
        if (next.survey() != null && (next.survey() == surveyId || !otherSurvey.test(next.survey()))) {
            errors.add(new FieldError(
                    at + ".survey",
                    next.survey() == surveyId
                            ? "must be another survey"
                            : "there is no survey " + next.survey() + " on this site"));
        }
    }
}
