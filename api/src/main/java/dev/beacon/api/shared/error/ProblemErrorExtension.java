package dev.beacon.api.shared.error;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.smallrye.graphql.api.ErrorExtensionProvider;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import jakarta.validation.ConstraintViolationException;
import org.eclipse.microprofile.graphql.GraphQLException;
import org.jboss.logging.Logger;

/**
 * Gives GraphQL errors the same stable problem type as REST errors, under {@code extensions.problemType}, and
 * logs only what is unexpected: SmallRye's own logging is off
 * ({@code print-data-fetcher-exception=false}) because it printed every refused vote as an ERROR with a stack trace.
 */
public class ProblemErrorExtension implements ErrorExtensionProvider {

    private static final Logger LOG = Logger.getLogger(ProblemErrorExtension.class);

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
                return Json.createValue(
                        (String) type.getClass().getMethod("uri").invoke(type));
            } catch (ReflectiveOperationException e) {
                return JsonValue.NULL;
            }
        }
        if (exception instanceof UnauthorizedException || exception instanceof AuthenticationFailedException) {
            return Json.createValue(ProblemType.UNAUTHORIZED.uri());
        }
        if (exception instanceof ForbiddenException) {
            return Json.createValue(ProblemType.FORBIDDEN.uri());
        }
        if (exception instanceof ConstraintViolationException) {
            return Json.createValue(ProblemType.VALIDATION.uri());
        }
        var conflict = DatabaseConflicts.of(exception);
        if (conflict.isPresent()) {
            return Json.createValue(conflict.get().type().uri());
        }
        if (!(exception instanceof GraphQLException)) {
            LOG.error("GraphQL data fetching failed", exception);
        }
        return JsonValue.NULL;
    }
}
