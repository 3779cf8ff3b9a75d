package dev.beacon.channel.kit.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.List;

/** A person's profile as they see it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Profile(
        long id,
        String alias,
        String avatar,
        LocalDate dateOfBirth,
        String gender,
        String location,
        boolean hasPin,
        List<String> identities,
        long version) {

    /** Signed up on the web: has an alias to sign in with and a PIN. */
    public boolean isMember() {
        return alias != null && hasPin;
    }
}
