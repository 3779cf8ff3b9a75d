package dev.beacon.channel.kit.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** What a site asks of the people who sign up: per field {@code off}, {@code optional} or {@code required}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Profiles(
        String avatar,
        String dateOfBirth,
        String gender,
        String location,
        Integer minimumAge,
        List<SecurityQuestion> securityQuestions) {

    public static boolean asks(String policy) {
        return policy != null && !"off".equals(policy);
    }

    public static boolean requires(String policy) {
        return "required".equals(policy);
    }
}
