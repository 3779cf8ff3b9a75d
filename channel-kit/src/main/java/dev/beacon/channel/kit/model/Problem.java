package dev.beacon.channel.kit.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** An RFC 9457 problem from the API; channels match on {@link #type()}, never on the wording. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

    public static final String BASE = "https://beacon.dev/problems/";

    /** The last segment of the type URI, e.g. {@code validation}, {@code sign-in-failed}. */
    public String kind() {
        return type != null && type.startsWith(BASE) ? type.substring(BASE.length()) : "unknown";
    }

    public List<FieldError> fieldErrors() {
        return errors == null ? List.of() : errors;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FieldError(String field, String message) {}
}
