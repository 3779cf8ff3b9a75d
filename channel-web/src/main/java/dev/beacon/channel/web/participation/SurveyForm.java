package dev.beacon.channel.web.participation;

import dev.beacon.channel.kit.model.SurveyQuestion;
import dev.beacon.channel.web.view.Form;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One survey step as a form: its questions, what the person chose or typed (kept when the step comes back with
 * errors), and the answers in the API's types. Field names are {@code a.<question key>}, so a key can never
 * clash with {@code _csrf} or {@code lang}.
 */
public class SurveyForm {

    public static final String PREFIX = "a.";

    private final List<SurveyQuestion> questions;
    private final Form form = new Form();
    private final Map<String, List<String>> chosen = new LinkedHashMap<>();

    public SurveyForm(List<SurveyQuestion> questions) {
        this.questions = questions;
    }

    public List<SurveyQuestion> questions() {
        return questions;
    }

    public Form form() {
        return form;
    }

    public String field(SurveyQuestion q) {
        return PREFIX + q.key();
    }

    /** Whether this choice (or yes/no value) was chosen: radios and checkboxes come back ticked. */
    public boolean checked(SurveyQuestion q, String value) {
        return chosen.getOrDefault(q.key(), List.of()).contains(value);
    }

    public String value(SurveyQuestion q) {
        return form.value(q.key());
    }

    public String error(SurveyQuestion q) {
        return form.error(q.key());
    }

    /** The refusals in the person's language: required, number, date, at-least, at-most and between (with the bounds). */
    @FunctionalInterface
    public interface ErrorTexts {
        String text(String key, Object... bounds);
    }

    /**
     * Reads the posted values of this step's questions and turns them into answers: numbers as numbers, yes/no as
     * booleans, several choices as a list; empty fields are left out. A value that cannot be of its question's type
     * becomes an error from {@code errorTexts} (in the person's language) and no answer; so does a number outside
     * the question's bounds.
     */
    public Map<String, Object> read(Map<String, List<String>> posted, ErrorTexts errorTexts) {
        Map<String, Object> answers = new LinkedHashMap<>();
        for (SurveyQuestion q : questions) {
            List<String> values = posted.getOrDefault(field(q), List.of()).stream()
                    .map(String::trim)
                    .filter(v -> !v.isEmpty())
                    .toList();
            chosen.put(q.key(), values);
            String one = values.isEmpty() ? null : values.get(0);
            form.value(q.key(), one);
            if (values.isEmpty()) {
                if (q.required()) {
                    form.error(q.key(), errorTexts.text("required"));
                }
                continue;
            }
            switch (q.type()) {
                case "multiChoice":
                    answers.put(q.key(), new ArrayList<>(values));
                    break;
                case "number":
                    BigDecimal n;
                    try {
                        n = new BigDecimal(one.replace(',', '.'));
                    } catch (NumberFormatException e) {
                        form.error(q.key(), errorTexts.text("number"));
                        break;
                    }
                    if (q.min() != null && n.compareTo(q.min()) < 0 || q.max() != null && n.compareTo(q.max()) > 0) {
                        form.error(
                                q.key(),
                                q.min() == null
                                        ? errorTexts.text("at-most", q.max())
                                        : q.max() == null
                                                ? errorTexts.text("at-least", q.min())
                                                : errorTexts.text("between", q.min(), q.max()));
                    } else {
                        answers.put(q.key(), n);
                    }
                    break;
                case "date":
                    try {
                        answers.put(q.key(), LocalDate.parse(one).toString());
                    } catch (DateTimeParseException e) {
                        form.error(q.key(), errorTexts.text("date"));
                    }
                    break;
                case "yesNo":
                    if (!Set.of("yes", "no").contains(one)) {
                        form.error(q.key(), errorTexts.text("required"));
                    } else {
                        answers.put(q.key(), "yes".equals(one));
                    }
                    break;
                default:
                    answers.put(q.key(), one);
            }
        }
        return answers;
    }
}
