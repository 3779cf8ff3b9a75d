package dev.beacon.api.shared.http;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which HTTP methods the resources declare for a path, read once from their JAX-RS annotations. The router alone
 * cannot say it truthfully: when several resource classes share a path prefix it answers 404 for a method another
 * class's path does not take, or 405 with an empty {@code Allow}. The problem mapper answers those with 405 and
 * this list, and {@code OPTIONS} answers with it.
 */
@Singleton
public class Routes {

    private record Route(Pattern path, String method) {}

    private static final Pattern PARAMETER =
            Pattern.compile("\\{\\s*\\w[\\w.-]*\\s*(?::\\s*((?:[^{}]|\\{[^{}]*})+))?}");

    @Inject
    BeanManager beans;

    private volatile List<Route> routes;

    /** The methods some resource takes at {@code path} (with HEAD for GET, and OPTIONS); empty when none does. */
    public Set<String> allowed(String path) {
        String normalised = path.startsWith("/") ? path : "/" + path;
        Set<String> methods = new TreeSet<>();
        for (Route route : routes()) {
            if (route.path().matcher(normalised).matches()) {
                methods.add(route.method());
            }
        }
        if (methods.isEmpty()) {
            return methods;
        }
        if (methods.contains(HttpMethod.GET)) {
            methods.add(HttpMethod.HEAD);
        }
        methods.add(HttpMethod.OPTIONS);
        return methods;
    }

    private List<Route> routes() {
        List<Route> known = routes;
        if (known == null) {
            known = read();
            routes = known;
        }
        return known;
    }

    private List<Route> read() {
        List<Route> found = new ArrayList<>();
        for (Bean<?> bean : beans.getBeans(Object.class, Any.Literal.INSTANCE)) {
            Class<?> type = bean.getBeanClass();
            Path root = type.getAnnotation(Path.class);
            if (root == null) {
                continue;
            }
            for (Method method : type.getMethods()) {
                String verb = verbOf(method);
                if (verb != null) {
                    Path sub = method.getAnnotation(Path.class);
                    found.add(new Route(pattern(join(root.value(), sub == null ? "" : sub.value())), verb));
                }
            }
        }
        return List.copyOf(found);
    }

    private static String verbOf(Method method) {
        for (Annotation a : method.getAnnotations()) {
            HttpMethod verb = a.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return verb.value();
            }
        }
        return null;
    }

    private static String join(String root, String sub) {
        String path = "/" + strip(root) + (strip(sub).isEmpty() ? "" : "/" + strip(sub));
        return path.equals("/") ? path : path.replaceAll("/+$", "");
    }

    private static String strip(String s) {
        return s.replaceAll("^/+|/+$", "");
    }

    /** {@code /sites/{site}/paths/{path: .+}} → a regular expression: a parameter is one segment unless it says. */
    static Pattern pattern(String template) {
        StringBuilder regex = new StringBuilder();
        Matcher m = PARAMETER.matcher(template);
        int at = 0;
        while (m.find()) {
            regex.append(Pattern.quote(template.substring(at, m.start())));
            regex.append('(')
                    .append(m.group(1) == null ? "[^/]+" : m.group(1).strip())
                    .append(')');
            at = m.end();
        }
        regex.append(Pattern.quote(template.substring(at))).append("/?");
        return Pattern.compile(regex.toString());
    }
}
