package dev.beacon.api.shared.error;

import io.smallrye.graphql.api.ErrorExtensionProvider;
import jakarta.json.Json;
import jakarta.json.JsonValue;

/** Gives GraphQL errors the same stable problem type as REST errors, under {@code extensions.problemType}. */
public class ProblemErrorExtension implements ErrorExtensionProvider {

    @Override
    public String getKey() {
        return "problemType";
    }

    @Override
    public JsonValue mapValueFrom(Throwable exception) {
        return exception instanceof ProblemException p ? Json.createValue(p.type().uri()) : JsonValue.NULL;
    }
}
