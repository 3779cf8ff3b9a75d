package dev.beacon.channel.kit.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.Map;

/** A person's state in a survey: {@code notStarted}, {@code inProgress} (with the step to answer) or {@code completed}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MySurvey(long survey, String state, int completed, SurveyStep current, Map<String, Object> answers) {

    public boolean inProgress() {
        return "inProgress".equals(state) && current != null;
    }
}
