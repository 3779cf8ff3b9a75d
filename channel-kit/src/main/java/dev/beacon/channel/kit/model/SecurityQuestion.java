package dev.beacon.channel.kit.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Map;

/** A recovery question, by key, with its text per locale. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SecurityQuestion(String key, Map<String, String> text) {

    /** The text in the first locale of {@code chain} that has one, else any. */
    public String textIn(List<String> chain) {
        for (String locale : chain) {
            if (text.containsKey(locale)) {
                return text.get(locale);
            }
        }
        return text.values().iterator().next();
    }
}
