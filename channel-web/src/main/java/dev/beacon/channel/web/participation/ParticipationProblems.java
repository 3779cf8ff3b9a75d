package dev.beacon.channel.web.participation;

import dev.beacon.channel.kit.model.Problem;
import dev.beacon.channel.kit.rest.ApiProblemException;
import dev.beacon.channel.web.view.Form;
import dev.beacon.channel.web.view.Page;
import dev.beacon.channel.web.view.ProblemMessages;
import jakarta.ws.rs.core.Response;
import java.util.function.UnaryOperator;

/**
 * The API's refusals of surveys, tips and story entries in the person's language, on the field they concern:
 * {@code validation} → {@code <form>.error.<field>}, {@code banned-text} on its field, and {@code rate-limited},
 * {@code not-open}, {@code already-done} for the whole form. Anything else is {@link ProblemMessages}' business.
 */
final class ParticipationProblems {

    private ParticipationProblems() {}

    /**
     * {@code prefix} names the form's texts ({@code tips}, {@code competition}, {@code survey}); {@code field} turns
     * an API field name into the form's field name, or null when the form has no such field.
     */
    static Form addTo(Form form, ApiProblemException e, Page p, String prefix, UnaryOperator<String> field) {
        Problem problem = e.problem();
        switch (problem.kind()) {
            case "validation":
            case "banned-text":
                boolean banned = "banned-text".equals(problem.kind());
                for (Problem.FieldError error : problem.fieldErrors()) {
                    String name = field.apply(error.field());
                    String key = prefix + ".error." + name;
                    if (name == null) {
                        form.error(Form.GENERAL, p.msg(banned ? "error.banned-text" : "error.invalid"));
                    } else {
                        form.error(
                                name,
                                banned
                                        ? p.msg("error.banned-text")
                                        : p.texts().has(key) ? p.msg(key) : p.msg("error.invalid"));
                    }
                }
                if (problem.fieldErrors().isEmpty()) {
                    form.error(Form.GENERAL, p.msg(banned ? "error.banned-text" : "error.invalid"));
                }
                return form;
            case "rate-limited":
                return form.error(
                        Form.GENERAL, p.msg("participation.error.rate-limited", minutes(e.retryAfterSeconds())));
            case "not-open":
                return form.error(Form.GENERAL, p.msg(prefix + ".error.not-open"));
            case "already-done":
                return form.error(Form.GENERAL, p.msg(prefix + ".error.already-done"));
            default:
                return ProblemMessages.addTo(form, e, p.texts());
        }
    }

    /** The refused form's response, with the API's status, and its {@code Retry-After} when it was rate-limited. */
    static Response withRetryAfter(Response page, ApiProblemException e) {
        if (e.retryAfterSeconds() == null) {
            return page;
        }
        return Response.fromResponse(page)
                .header("Retry-After", e.retryAfterSeconds())
                .build();
    }

    /** Whole minutes to wait, at least one. */
    static long minutes(Long retryAfterSeconds) {
        return retryAfterSeconds == null ? 60 : Math.max(1, (retryAfterSeconds + 59) / 60);
    }
}
