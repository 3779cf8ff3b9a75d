package dev.beacon.channel.conversation;

import dev.beacon.channel.kit.model.Problem;
import dev.beacon.channel.kit.rest.ApiProblemException;

/**
 * The API's refusals as a short text in the person's language, chosen by the problem's {@code type} (and, for
 * {@code validation}, its field); the API's own English wording and anything from Java never reach the person.
 */
final class Refusals {

    private Refusals() {}

    static String explain(Turn turn, ApiProblemException e) {
        Problem problem = e.problem();
        return switch (problem.kind()) {
            case "rate-limited" ->
                turn.t(
                        "error.rate-limited",
                        e.retryAfterSeconds() == null ? 1 : Math.max(1, (e.retryAfterSeconds() + 59) / 60));
            case "banned-text" ->
                problem.fieldErrors().stream().anyMatch(f -> "alias".equals(f.field()))
                        ? turn.t("error.alias-banned")
                        : turn.t("error.banned-text");
            case "validation" -> validation(turn, problem);
            case "not-open", "already-done", "alias-required", "feature-off", "not-found", "locked" ->
                turn.t("error." + problem.kind());
            case "conflict" ->
                problem.fieldErrors().stream().anyMatch(f -> "alias".equals(f.field()))
                                || (problem.detail() != null && problem.detail().contains("alias"))
                        ? turn.t("error.alias-taken")
                        : turn.t("error.conflict");
            default -> turn.t("error.unexpected");
        };
    }

    private static String validation(Turn turn, Problem problem) {
        for (Problem.FieldError error : problem.fieldErrors()) {
            String field = error.field() == null ? "" : error.field();
            switch (field) {
                case "alias":
                    return turn.t("error.field.alias");
                case "text":
                    return turn.t("error.field.text");
                case "code":
                    return turn.t("error.field.code");
                case "number":
                    return turn.t("error.field.number");
                default:
                    if (field.startsWith("answers")) {
                        return turn.t("error.field.answer");
                    }
            }
        }
        return turn.t("error.invalid");
    }
}
