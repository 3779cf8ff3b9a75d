package dev.beacon.api.surveys;

import com.fasterxml.jackson.databind.JsonNode;
import dev.beacon.api.community.Csv;
import dev.beacon.api.surveys.SurveyModel.Question;
import dev.beacon.api.surveys.SurveyModel.QuestionType;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * RFC 4180 CSV of completed submissions, one column per question by its short name. A cell that a spreadsheet
 * would run as a formula (starting with = + - @, tab or carriage return) is prefixed with {@code '}: answers are
 * written by the public, and the file is opened by staff.
 */
final class SurveyCsv {

    private SurveyCsv() {}

    static String header(List<Question> questions) {
        List<String> cells = new ArrayList<>(List.of("submission", "completedAt"));
        questions.forEach(q -> cells.add(Csv.defuse(q.shortName() == null ? q.key() : q.shortName())));
        return Csv.line(cells);
    }

    static String row(List<Question> questions, SurveyService.CsvRow row) {
        List<String> cells = new ArrayList<>();
        cells.add(Long.toString(row.id()));
        cells.add(row.completedAt() == null ? "" : row.completedAt().toString());
        questions.forEach(q -> cells.add(value(q, row.answers().get(q.key()))));
        return Csv.line(cells);
    }

    /** Multiple choices are joined with ";"; yes/no reads as yes or no; numbers are written plainly. */
    private static String value(Question q, JsonNode v) {
        if (v == null || v.isNull()) {
            return "";
        }
        if (v.isArray()) {
            return StreamSupport.stream(v.spliterator(), false)
                    .map(JsonNode::asText)
                    .collect(Collectors.joining(";"));
        }
        if (q.type() == QuestionType.yesNo && v.isBoolean()) {
            return v.asBoolean() ? "yes" : "no";
        }
        if (v.isNumber()) {
            return v.decimalValue().toPlainString(); // a number we parsed: "-5" is a value, not a formula
        }
        return Csv.defuse(v.asText());
    }
}
