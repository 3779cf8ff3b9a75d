package dev.beacon.admin.content;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.qute.TemplateData;
import jakarta.ws.rs.core.MultivaluedMap;
import java.text.Normalizer;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The forms of a poll, a survey (with its skip logic), a reaction question and a competition, turned into the api's
 * requests and back. A request starts from the saved definition, so what the form does not show (the labels of other
 * languages, the CSV names) is kept; labels are edited in the page's language. What cannot be read (a date, a number)
 * is sent as typed, and the api's refusal names the field. Blank rows are left out; a row given a label but no key
 * gets one made from the label.
 */
final class Definitions {

    static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** Rows of blanks offered after the saved choices (questions: one). */
    static final int BLANK_CHOICES = 2;

    private Definitions() {}

    /** A choice, reaction or question as a form row: its key, CSV name, label in this language, emoji, next step. */
    @TemplateData
    public record Row(String key, String shortName, String label, String emoji, String next) {}

    /** A survey question with its choices. */
    @TemplateData
    public record Question(
            String key,
            String type,
            String label,
            boolean required,
            boolean pageBreakBefore,
            String next,
            String min,
            String max,
            List<Row> choices) {}

    // ---- form → request

    static ObjectNode poll(JsonNode saved, MultivaluedMap<String, String> form, String locale) {
        ObjectNode request = start(saved);
        request.remove(List.of("id", "updatedAt"));
        request.put("kind", text(form, "kind"));
        request.put("shortName", text(form, "shortName"));
        request.put("results", text(form, "results"));
        request.put("resultsAs", text(form, "resultsAs"));
        request.put("randomiseChoices", "true".equals(form.getFirst("randomiseChoices")));
        number(request, "minChoices", form.getFirst("minChoices"));
        number(request, "maxChoices", form.getFirst("maxChoices"));
        window(request, form);
        ArrayNode choices = JSON.arrayNode();
        for (int i = 0; form.containsKey("c" + i + ".key"); i++) {
            String label = text(form, "c" + i + ".label");
            String key = keyOr(text(form, "c" + i + ".key"), label);
            if (key.isEmpty()) {
                continue;
            }
            ObjectNode choice = choices.addObject();
            choice.put("key", key);
            String shortName = text(form, "c" + i + ".shortName");
            choice.put("shortName", shortName.isEmpty() ? shortName(key) : shortName);
            choice.set("labels", labels(find(saved.path("choices"), key).path("labels"), locale, label));
        }
        request.set("choices", choices);
        return request;
    }

    static ObjectNode survey(JsonNode saved, MultivaluedMap<String, String> form, String locale) {
        ObjectNode request = start(saved);
        request.remove(List.of("id", "updatedAt"));
        request.put("anonymous", "true".equals(form.getFirst("anonymous")));
        request.put("submissions", text(form, "submissions"));
        window(request, form);
        ArrayNode questions = JSON.arrayNode();
        for (int i = 0; form.containsKey("q" + i + ".key"); i++) {
            String q = "q" + i;
            String label = text(form, q + ".label");
            String key = keyOr(text(form, q + ".key"), label);
            if (key.isEmpty()) {
                continue;
            }
            JsonNode before = find(saved.path("questions"), key);
            ObjectNode question = before.isObject() ? ((ObjectNode) before).deepCopy() : JSON.objectNode();
            question.put("key", key);
            question.put("type", text(form, q + ".type"));
            question.put("required", "true".equals(form.getFirst(q + ".required")));
            question.put("pageBreakBefore", "true".equals(form.getFirst(q + ".pageBreakBefore")));
            question.set("labels", labels(before.path("labels"), locale, label));
            next(question, text(form, q + ".next"));
            question.remove(List.of("min", "max"));
            number(question, "min", form.getFirst(q + ".min"));
            number(question, "max", form.getFirst(q + ".max"));
            ArrayNode choices = JSON.arrayNode();
            for (int j = 0; form.containsKey(q + ".c" + j + ".key"); j++) {
                String c = q + ".c" + j;
                String choiceLabel = text(form, c + ".label");
                String choiceKey = keyOr(text(form, c + ".key"), choiceLabel);
                if (choiceKey.isEmpty()) {
                    continue;
                }
                ObjectNode choice = choices.addObject();
                choice.put("key", choiceKey);
                choice.set(
                        "labels", labels(find(before.path("choices"), choiceKey).path("labels"), locale, choiceLabel));
                next(choice, text(form, c + ".next"));
            }
            question.remove("choices");
            if (!choices.isEmpty()) {
                question.set("choices", choices);
            }
            questions.add(question);
        }
        request.set("questions", questions);
        return request;
    }

    static ObjectNode reactions(JsonNode saved, MultivaluedMap<String, String> form, String locale) {
        ObjectNode request = start(saved);
        request.remove("itemId");
        request.set("question", labels(saved.path("question"), locale, text(form, "question")));
        request.set("thankYou", labels(saved.path("thankYou"), locale, text(form, "thankYou")));
        ArrayNode choices = JSON.arrayNode();
        for (int i = 0; form.containsKey("c" + i + ".key"); i++) {
            String label = text(form, "c" + i + ".label");
            String key = keyOr(text(form, "c" + i + ".key"), label);
            if (key.isEmpty()) {
                continue;
            }
            JsonNode before = find(saved.path("choices"), key);
            ObjectNode choice = choices.addObject();
            choice.put("key", key);
            String emoji = text(form, "c" + i + ".emoji");
            if (!emoji.isEmpty()) {
                choice.put("emoji", emoji);
            }
            if (before.hasNonNull("imageUrl")) {
                choice.set("imageUrl", before.get("imageUrl"));
            }
            choice.set("labels", labels(before.path("labels"), locale, label));
        }
        request.set("choices", choices);
        return request;
    }

    static ObjectNode competition(JsonNode saved, MultivaluedMap<String, String> form) {
        ObjectNode request = start(saved);
        request.remove(List.of("id", "updatedAt"));
        window(request, form);
        ObjectNode terms = request.putObject("terms");
        terms.put("document", text(form, "document"));
        terms.put("version", text(form, "termsVersion"));
        request.remove("maxTextLength");
        number(request, "maxTextLength", form.getFirst("maxTextLength"));
        return request;
    }

    // ---- request or saved definition → form rows

    static List<Row> choiceRows(JsonNode definition, String locale) {
        List<Row> rows = new ArrayList<>();
        for (JsonNode c : definition.path("choices")) {
            rows.add(new Row(
                    c.path("key").asText(""),
                    c.path("shortName").asText(""),
                    c.path("labels").path(locale).asText(""),
                    c.path("emoji").asText(""),
                    nextOf(c)));
        }
        for (int i = 0; i < BLANK_CHOICES; i++) {
            rows.add(new Row("", "", "", "", ""));
        }
        return rows;
    }

    static List<Question> questions(JsonNode definition, String locale) {
        List<Question> out = new ArrayList<>();
        for (JsonNode q : definition.path("questions")) {
            out.add(new Question(
                    q.path("key").asText(""),
                    q.path("type").asText("choice"),
                    q.path("labels").path(locale).asText(""),
                    q.path("required").asBoolean(false),
                    q.path("pageBreakBefore").asBoolean(false),
                    nextOf(q),
                    q.path("min").asText(""),
                    q.path("max").asText(""),
                    choiceRows(q, locale)));
        }
        out.add(new Question("", "choice", "", false, false, "", "", "", choiceRows(JSON.objectNode(), locale)));
        return out;
    }

    /** A field's value for a {@code datetime-local} input: UTC to the minute, or as typed when it is not a time. */
    static String local(JsonNode definition, String field) {
        String value = definition.path(field).asText("");
        try {
            return value.isEmpty() ? "" : UtcTimes.local(java.time.Instant.parse(value));
        } catch (DateTimeParseException e) {
            return value;
        }
    }

    // ---- helpers

    private static ObjectNode start(JsonNode saved) {
        return saved != null && saved.isObject() ? ((ObjectNode) saved).deepCopy() : JSON.objectNode();
    }

    private static void window(ObjectNode request, MultivaluedMap<String, String> form) {
        for (String field : List.of("opensAt", "closesAt")) {
            String typed = text(form, field);
            request.remove(field);
            if (!typed.isEmpty()) {
                String instant;
                try {
                    instant = UtcTimes.parse(typed);
                } catch (DateTimeParseException e) {
                    instant = typed; // the api names the field
                }
                request.put(field, instant);
            }
        }
    }

    private static void number(ObjectNode node, String field, String typed) {
        String value = typed == null ? "" : typed.strip();
        node.remove(field);
        if (value.isEmpty()) {
            return;
        }
        if (value.matches("-?\\d{1,9}")) {
            node.put(field, Integer.parseInt(value));
        } else if (value.matches("-?\\d{1,12}(\\.\\d{1,6})?")) {
            node.put(field, new java.math.BigDecimal(value));
        } else {
            node.put(field, value); // not a number: the api names the field
        }
    }

    /** "" (the next question), "end", or the key of the question to go to. */
    private static void next(ObjectNode node, String next) {
        node.remove("next");
        if (next.equals("end")) {
            node.putObject("next").put("end", true);
        } else if (!next.isEmpty()) {
            node.putObject("next").put("goTo", next);
        }
    }

    private static String nextOf(JsonNode node) {
        JsonNode next = node.path("next");
        if (next.path("end").asBoolean(false)) {
            return "end";
        }
        return next.path("goTo").asText("");
    }

    private static ObjectNode labels(JsonNode saved, String locale, String label) {
        ObjectNode labels = saved.isObject() ? ((ObjectNode) saved).deepCopy() : JSON.objectNode();
        labels.remove(locale);
        if (!label.isEmpty()) {
            labels.put(locale, label);
        }
        return labels;
    }

    private static JsonNode find(JsonNode array, String key) {
        for (JsonNode n : array) {
            if (key.equals(n.path("key").asText())) {
                return n;
            }
        }
        return JSON.missingNode();
    }

    private static String keyOr(String key, String label) {
        if (!key.isEmpty() || label.isEmpty()) {
            return key;
        }
        String made = Normalizer.normalize(label, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-|-$", "");
        made = made.length() > 39 ? made.substring(0, 39).replaceAll("-$", "") : made;
        return made.isEmpty() || !Character.isLetter(made.charAt(0)) ? "k" + made : made;
    }

    private static String shortName(String key) {
        return key.replace('-', '_');
    }

    private static String text(MultivaluedMap<String, String> form, String name) {
        String value = form.getFirst(name);
        return value == null ? "" : value.strip();
    }
}
