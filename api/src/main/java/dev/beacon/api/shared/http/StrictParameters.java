package dev.beacon.api.shared.http;

import dev.beacon.api.shared.error.ProblemException;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Numbers and booleans in query, path and header parameters, read strictly and refused by name. JAX-RS answers a
 * number it cannot read with a 404 (as if the endpoint did not exist) and reads anything but {@code true} as
 * {@code false}; here {@code ?size=abc} and {@code ?featured=banana} are a 400 {@code validation} naming the
 * parameter. A request filter, because a {@code ParamConverterProvider} is handed another parameter's type and
 * annotations by RESTEasy Reactive when the resource class injects parameters into fields too.
 */
public class StrictParameters {

    private record Declared(String source, String name, Function<String, ?> parse, String message) {}

    private static final Map<Method, List<Declared>> DECLARED = new ConcurrentHashMap<>();

    @ServerRequestFilter(nonBlocking = true)
    public void check(ResourceInfo resource, UriInfo uri, HttpHeaders headers) {
        ProblemException refusal = refusal(resource, uri, headers);
        if (refusal != null) {
            throw refusal;
        }
    }

    /** The validation problem for the first number or boolean parameter the request sent unreadable; else null. */
    public static ProblemException refusal(ResourceInfo resource, UriInfo uri, HttpHeaders headers) {
        Method method = resource == null ? null : resource.getResourceMethod();
        if (method == null) {
            return null;
        }
        ProblemException nul = nul(uri);
        if (nul != null) {
            return nul;
        }
        for (Declared d : DECLARED.computeIfAbsent(method, m -> declared(m, resource.getResourceClass()))) {
            List<String> values = switch (d.source()) {
                case "query" -> uri.getQueryParameters().get(d.name());
                case "path" -> uri.getPathParameters().get(d.name());
                default -> headers == null ? null : headers.getRequestHeader(d.name());
            };
            for (String value : values == null ? List.<String>of() : values) {
                // Read as JAX-RS will read it: " 1" is no number there either (it used to be a 404 route-not-found).
                if (value != null && !value.isBlank() && !reads(d.parse(), value)) {
                    return ProblemException.invalid(d.name(), d.message());
                }
            }
        }
        return null;
    }

    /**
     * A path or query parameter holding NUL (U+0000, {@code %00}): no text column of PostgreSQL can hold it, so it
     * would fail in the database as a 500. Refused by name like any malformed parameter.
     */
    private static ProblemException nul(UriInfo uri) {
        for (Map<String, List<String>> params : List.of(uri.getPathParameters(), uri.getQueryParameters())) {
            for (Map.Entry<String, List<String>> p : params.entrySet()) {
                if (p.getKey().indexOf('\0') >= 0) {
                    return ProblemException.invalid("query", StrictJson.NUL);
                }
                for (String value : p.getValue()) {
                    if (value != null && value.indexOf('\0') >= 0) {
                        return ProblemException.invalid(p.getKey(), StrictJson.NUL);
                    }
                }
            }
        }
        return null;
    }

    private static List<Declared> declared(Method method, Class<?> resourceClass) {
        List<AnnotatedElement> elements = new ArrayList<>(List.of(method.getParameters()));
        for (Class<?> c = resourceClass; c != null && c != Object.class; c = c.getSuperclass()) {
            elements.addAll(List.of(c.getDeclaredFields()));
        }
        List<Declared> found = new ArrayList<>();
        for (AnnotatedElement element : elements) {
            Class<?> type = element instanceof Parameter p ? p.getType() : ((Field) element).getType();
            Function<String, ?> parse = parser(type);
            if (parse == null) {
                continue;
            }
            String message =
                    type == Boolean.class || type == boolean.class ? "must be true or false" : "must be a whole number";
            if (element.getAnnotation(QueryParam.class) != null) {
                found.add(new Declared(
                        "query", element.getAnnotation(QueryParam.class).value(), parse, message));
            } else if (element.getAnnotation(PathParam.class) != null) {
                found.add(new Declared(
                        "path", element.getAnnotation(PathParam.class).value(), parse, message));
            } else if (element.getAnnotation(HeaderParam.class) != null) {
                found.add(new Declared(
                        "header", element.getAnnotation(HeaderParam.class).value(), parse, message));
            }
        }
        return List.copyOf(found);
    }

    private static boolean reads(Function<String, ?> parse, String value) {
        try {
            parse.apply(value);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static Function<String, ?> parser(Class<?> type) {
        if (type == Integer.class || type == int.class) {
            return Integer::valueOf;
        }
        if (type == Long.class || type == long.class) {
            return Long::valueOf;
        }
        if (type == Boolean.class || type == boolean.class) {
            return StrictParameters::bool;
        }
        return null;
    }

    /** {@code true} or {@code false} in any case, nothing else (an {@link IllegalArgumentException}). */
    public static Boolean bool(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException(value);
        };
    }
}
