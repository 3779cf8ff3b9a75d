package dev.beacon.channel.web.view;

import dev.beacon.channel.kit.model.Problem;
import dev.beacon.channel.kit.rest.ApiProblemException;
import dev.beacon.channel.web.i18n.Texts;
import java.util.Map;

/**
 * The API's refusals in the person's language: the problem {@code type} and each {@code errors[].field} map to
 * an interface text ({@code error.<type>} or {@code error.<field>}); the API's English wording is never shown.
 */
public final class ProblemMessages {

    /** API field names as the web's form fields call them. */
    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("newPin", "pin"),
            Map.entry("securityAnswer", "securityAnswer"),
            Map.entry("securityQuestion", "securityQuestion"),
            Map.entry("pin", "pin"),
            Map.entry("alias", "alias"),
            Map.entry("dateOfBirth", "dateOfBirth"),
            Map.entry("gender", "gender"),
            Map.entry("location", "location"),
            Map.entry("text", "text"),
            Map.entry("number", "number"),
            Map.entry("choices", "choices"),
            Map.entry("reason", "reason"),
            Map.entry("note", "note"));

    private ProblemMessages() {}

    public static Form addTo(Form form, ApiProblemException e, Texts texts) {
        Problem problem = e.problem();
        switch (problem.kind()) {
            case "validation":
                if (problem.fieldErrors().isEmpty()) {
                    form.error(Form.GENERAL, texts.get("error.invalid"));
                }
                for (Problem.FieldError error : problem.fieldErrors()) {
                    String field = FIELDS.get(error.field());
                    if (field == null) {
                        form.error(Form.GENERAL, texts.get("error.invalid"));
                    } else {
                        form.error(field, texts.get("error.field." + field));
                    }
                }
                return form;
            case "banned-text":
                // The site's rules (banned words, phone numbers, e-mail addresses), shown on the field that broke them.
                for (Problem.FieldError error : problem.fieldErrors()) {
                    String field = FIELDS.getOrDefault(error.field(), Form.GENERAL);
                    form.error(field, texts.get("alias".equals(field) ? "error.field.alias" : "error.banned-text"));
                }
                if (problem.fieldErrors().isEmpty()) {
                    form.error(Form.GENERAL, texts.get("error.banned-text"));
                }
                return form;
            case "conflict":
                return form.error("alias", texts.get("error.alias-taken"));
            case "sign-in-failed":
                return form.error(Form.GENERAL, texts.get("error.sign-in-failed"));
            case "locked":
                return form.error(Form.GENERAL, texts.get("error.locked"));
            case "rate-limited":
                long minutes = e.retryAfterSeconds() == null ? 1 : Math.max(1, (e.retryAfterSeconds() + 59) / 60);
                return form.error(Form.GENERAL, texts.format("error.rate-limited", minutes));
            case "not-open":
            case "already-done":
            case "alias-required":
            case "feature-off":
                return form.error(Form.GENERAL, texts.get("error." + problem.kind()));
            default:
                return form.error(Form.GENERAL, texts.get("error.unexpected"));
        }
    }
}
