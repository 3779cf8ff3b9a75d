package dev.beacon.channel.kit.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** What to ask now (the API walks the skip logic), or that the survey is complete and where to go on. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SurveyStep(long survey, boolean complete, Long continueWith, List<SurveyQuestion> questions) {

    public List<SurveyQuestion> asked() {
        return questions == null ? List.of() : questions;
    }
}
