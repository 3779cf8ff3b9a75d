package dev.beacon.admin.view;

import dev.beacon.channel.kit.model.Problem.FieldError;
import dev.beacon.channel.kit.rest.ApiProblemException;
import java.util.List;

/**
 * How a form page answers the api's refusal of what was typed: the status of the page that comes back with the form
 * (a stale version, 412, is a conflict for the person: 409), the interface text that says why, and the api's errors
 * per field to show beside their fields. Anything else the api answers is not the form's business and is rethrown
 * (to {@link ErrorPages}).
 */
public record Refusal(int status, String problem, List<FieldError> fieldErrors) {

    public static Refusal of(ApiProblemException refused) {
        return switch (refused.status()) {
            case 400 -> new Refusal(400, "edit.invalid", refused.problem().fieldErrors());
            case 403 -> new Refusal(403, "edit.forbidden", List.of());
            case 409 -> new Refusal(409, "edit.invalid", refused.problem().fieldErrors());
            case 412 -> new Refusal(409, "edit.stale-action", List.of());
            default -> throw refused;
        };
    }
}
