package dev.beacon.api.polls;

import dev.beacon.api.polls.PollRequests.ChoiceRequest;
import dev.beacon.api.polls.PollRequests.PollDefinitionRequest;
import dev.beacon.api.shared.error.ProblemException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** How a poll definition's parts fit together: window, kind and choices, min and max, unique keys and CSV names. */
final class PollDefinitions {

    private PollDefinitions() {}

    /** Refuses a definition whose parts do not fit together, naming the field. */
    static void validate(PollDefinitionRequest r, List<ChoiceRequest> choices) {
        if (r.opensAt() != null && r.closesAt() != null && !r.closesAt().isAfter(r.opensAt())) {
            throw ProblemException.invalid("closesAt", "must be after opensAt");
        }
        if (r.kind().hasChoices() && choices.size() < 2) {
            throw ProblemException.invalid("choices", "a " + r.kind() + " choice poll needs at least two choices");
        }
        if (!r.kind().hasChoices() && !choices.isEmpty()) {
            throw ProblemException.invalid("choices", "a " + r.kind() + " poll takes no choices");
        }
        if (r.kind() != Poll.Kind.multiple && (r.minChoices() != null || r.maxChoices() != null)) {
            throw ProblemException.invalid("minChoices", "only multiple choice polls take minChoices and maxChoices");
        }
        if (r.minChoices() != null && r.maxChoices() != null && r.maxChoices() < r.minChoices()) {
            throw ProblemException.invalid("maxChoices", "must not be less than minChoices");
        }
        if (r.maxChoices() != null && r.maxChoices() > choices.size()) {
            throw ProblemException.invalid("maxChoices", "must not be more than the number of choices");
        }
        if (r.minChoices() != null && r.minChoices() > choices.size()) {
            throw ProblemException.invalid("minChoices", "must not be more than the number of choices");
        }
        Set<String> keys = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < choices.size(); i++) {
            if (!keys.add(choices.get(i).key())) {
                throw ProblemException.invalid(
                        "choices[" + i + "].key", "'" + choices.get(i).key() + "' is used twice");
            }
            if (!names.add(choices.get(i).shortName())) {
                throw ProblemException.invalid(
                        "choices[" + i + "].shortName", "'" + choices.get(i).shortName() + "' is used twice");
            }
        }
    }
}
