package dev.beacon.channel.kit.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/** That a person accepted a document in a version or, with {@code withdrawn}, took that consent back. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ConsentRequest(String document, String version, Boolean withdrawn) {

    public ConsentRequest(String document, String version) {
        this(document, version, null);
    }
}
