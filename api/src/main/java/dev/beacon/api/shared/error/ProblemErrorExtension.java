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
        if (exception instanceof ProblemException p) {
            return Json.createValue(p.type().uri());
        }
        // SmallRye keeps the provider it loaded first; after a Quarkus test restart the exception comes from a new
        // class loader, so instanceof fails: match by name instead, or the type is lost for every later test.
        if (exception != null && exception.getClass().getName().equals(ProblemException.class.getName())) {
            try {
                Object type = exception.getClass().getMethod("type").invoke(exception);
                return Json.createValue((String) type.getClass().getMethod("uri").invoke(type));
            } catch (ReflectiveOperationException e) {
                return JsonValue.NULL;
            }
        }
        return JsonValue.NULL;
    }
}
