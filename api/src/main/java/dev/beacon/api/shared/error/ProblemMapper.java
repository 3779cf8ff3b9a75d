package dev.beacon.api.shared.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.beacon.api.shared.http.Routes;
import dev.beacon.api.shared.http.StrictJson;
import dev.beacon.api.shared.http.StrictParameters;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place where failures become {@code application/problem+json}. Nothing here ever echoes a
 * Java class name or a stack trace: unexpected failures are logged with an id that the response carries.
 */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    @Inject
    Routes routes;

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        Response r = respond(e.type(), e.getMessage(), uri, e.errors());
        return e.retryAfterSeconds() == null
                ? r
                : Response.fromResponse(r)
                        .header(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds())
                        .build();
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        String detail = errors.stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; "));
        return respond(ProblemType.VALIDATION, detail, uri, errors);
    }

    @ServerExceptionMapper
    public Response malformed(JsonProcessingException e, UriInfo uri) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = pathOf(mapping.getPath());
            String message = e instanceof UnrecognizedPropertyException
                    ? "unknown field"
                    : e instanceof InvalidNullException
                            ? "must not be null"
                            : e instanceof InvalidTypeIdException t
                                    ? "unknown type '" + t.getTypeId() + "'"
                                    : e instanceof InvalidFormatException f
                                                    && f.getValue() instanceof String text
                                                    && text.indexOf('\0') >= 0
                                            ? StrictJson.NUL
                                            : "has the wrong type or format";
            // Well-formed JSON whose content does not fit: that is invalid input, reported per field.
            return respond(
                    ProblemType.VALIDATION,
                    field + ": " + message,
                    uri,
                    List.of(new Problem.FieldError(field, message)));
        }
        return respond(
                ProblemType.MALFORMED_REQUEST,
                "The body is not valid JSON (line " + e.getLocation().getLineNr() + ", column "
                        + e.getLocation().getColumnNr() + ")",
                uri,
                List.of());
    }

    /** Declared separately: Quarkus has its own, more specific mapper for these, which ours must win over. */
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e, UriInfo uri) {
        return malformed((JsonProcessingException) e, uri);
    }

    @ServerExceptionMapper
    public Response stale(OptimisticLockException e, UriInfo uri) {
        return respond(
                ProblemType.STALE_VERSION,
                "The resource was changed by someone else while you were saving. Reload and try again.",
                uri,
                List.of());
    }

    @ServerExceptionMapper
    public Response stale(StaleStateException e, UriInfo uri) {
        return stale((OptimisticLockException) null, uri);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    @ServerExceptionMapper
    public Response unauthorized(AuthenticationFailedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(ProblemType.FORBIDDEN, "Your account has no right to do this here.", uri, List.of());
    }

    @ServerExceptionMapper
    public Response web(
            WebApplicationException e, UriInfo uri, Request request, ResourceInfo resource, HttpHeaders headers) {
        if (e.getCause() instanceof IllegalArgumentException) {
            // A parameter JAX-RS could not read (a 404 for query and path, a 400 for headers): name it if we can.
            ProblemException refusal = StrictParameters.refusal(resource, uri, headers);
            if (refusal != null) {
                return problem(refusal, uri);
            }
        }
        if (e instanceof NotFoundException || e instanceof NotAllowedException) {
            // The router's answer is not trusted here (see Routes): the resources' own methods decide 404 or 405.
            Set<String> allowed = routes.allowed(uri.getPath());
            if (!allowed.isEmpty() && !allowed.contains(request.getMethod())) {
                Response r = respond(
                        ProblemType.METHOD_NOT_ALLOWED,
                        "This endpoint does not accept " + request.getMethod() + "; it accepts "
                                + String.join(", ", allowed),
                        uri,
                        List.of());
                return Response.fromResponse(r).allow(allowed).build();
            }
            return respond(ProblemType.ROUTE_NOT_FOUND, "There is no endpoint at " + uri.getPath(), uri, List.of());
        }
        if (e instanceof NotSupportedException) {
            return respond(ProblemType.UNSUPPORTED_MEDIA_TYPE, "Send the body as application/json", uri, List.of());
        }
        if (e instanceof NotAcceptableException) {
            return respond(ProblemType.NOT_ACCEPTABLE, "This endpoint answers in application/json", uri, List.of());
        }
        int status = e.getResponse().getStatus();
        if (status == 400) {
            return respond(ProblemType.MALFORMED_REQUEST, "The request could not be read", uri, List.of());
        }
        if (status == 401) {
            return unauthenticated(uri);
        }
        if (status == 413) {
            return respond(ProblemType.PAYLOAD_TOO_LARGE, "The body is larger than this server takes", uri, List.of());
        }
        if (status == 403) {
            return forbidden((ForbiddenException) null, uri);
        }
        return unexpected(e, uri);
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e, UriInfo uri) {
        var conflict = DatabaseConflicts.of(e);
        if (conflict.isPresent()) {
            return problem(conflict.get(), uri);
        }
        String id = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected failure %s on %s", id, uri.getPath());
        return respond(
                ProblemType.INTERNAL,
                "Something went wrong on our side. Quote this id if you report it: " + id,
                uri,
                List.of());
    }

    private Response unauthenticated(UriInfo uri) {
        Response r = respond(ProblemType.UNAUTHORIZED, "Send a valid bearer token for this endpoint.", uri, List.of());
        return Response.fromResponse(r)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build();
    }

    static Response respond(ProblemType type, String detail, UriInfo uri, List<Problem.FieldError> errors) {
        return Response.status(type.status())
                .type(Problem.MEDIA_TYPE)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .entity(Problem.of(type, detail, uri == null ? null : uri.getPath(), errors))
                .build();
    }

    /** {@code create.request.body[2].text} → {@code body[2].text}: drop the method and the body parameter. */
    private static String fieldOf(ConstraintViolation<?> v) {
        List<String> parts = new ArrayList<>();
        String parameter = null;
        for (Path.Node node : v.getPropertyPath()) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, CROSS_PARAMETER, RETURN_VALUE -> {}
                case PARAMETER -> parameter = node.getName();
                default -> {
                    if (node.isInIterable() && !parts.isEmpty()) {
                        Object at = node.getIndex() != null ? node.getIndex() : node.getKey();
                        int last = parts.size() - 1;
                        parts.set(last, parts.get(last) + "[" + at + "]");
                    }
                    if (node.getKind() != jakarta.validation.ElementKind.CONTAINER_ELEMENT && node.getName() != null) {
                        parts.add(node.getName());
                    }
                }
            }
        }
        // A body parameter is the root object; a query or path parameter keeps its own name.
        if (parts.isEmpty()) {
            return parameter == null ? "request" : parameter;
        }
        return String.join(".", parts);
    }

    private static String pathOf(List<JsonMappingException.Reference> path) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : path) {
            if (ref.getFieldName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.isEmpty() ? "request" : sb.toString();
    }
}
