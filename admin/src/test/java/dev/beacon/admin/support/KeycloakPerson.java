package dev.beacon.admin.support;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A person with a plain-HTTP "browser" between the admin and a real Keycloak: one cookie jar per origin, redirects
 * followed one hop at a time (each hop kept, so a test can say where it went), Keycloak's own login form filled
 * in and posted as a browser would.
 */
public final class KeycloakPerson {

    /** One answer on the way, with the address it answered for. */
    public record Hop(URI uri, int status, String location, String body) {

        public Document page() {
            return Jsoup.parse(body, uri.toString());
        }
    }

    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final Map<String, Map<String, String>> jars = new HashMap<>();
    private final URI admin;
    private final List<Hop> hops = new ArrayList<>();

    public KeycloakPerson(URI admin) {
        this.admin = admin;
    }

    /** The hops of the last {@link #go}/{@link #post}, first to last. */
    public List<Hop> hops() {
        return hops;
    }

    public Map<String, String> cookiesOf(URI origin) {
        return jars.computeIfAbsent(origin(origin), k -> new LinkedHashMap<>());
    }

    /** Forgets the admin's cookies (its session), keeping Keycloak's: what a new admin replica or restart sees. */
    public void forgetAdminSession() {
        cookiesOf(admin).clear();
    }

    /** GET {@code path} of the admin (or an absolute address), following redirects; the last hop. */
    public Hop go(String pathOrUrl) {
        hops.clear();
        return follow(send(HttpRequest.newBuilder(resolve(pathOrUrl)).GET()));
    }

    /** POST a form, following redirects; the last hop. */
    public Hop post(String pathOrUrl, Map<String, String> fields) {
        hops.clear();
        String body = fields.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return follow(send(HttpRequest.newBuilder(resolve(pathOrUrl))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))));
    }

    /** Fills Keycloak's login form ({@code #kc-form-login}) on {@code page} and sends it. */
    public Hop logIn(Hop page, String username, String password) {
        Element form = page.page().selectFirst("form#kc-form-login");
        if (form == null) {
            throw new AssertionError("No Keycloak login form at " + page.uri() + ":\n" + page.body());
        }
        Map<String, String> fields = new LinkedHashMap<>();
        form.select("input[name]").forEach(i -> fields.put(i.attr("name"), i.val()));
        fields.put("username", username);
        fields.put("password", password);
        return post(form.absUrl("action"), fields);
    }

    /** Posts an admin form of {@code page} (with its CSRF token) to {@code action}. */
    public Hop submit(Hop page, String action, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("csrf-token", page.page().select("input[name=csrf-token]").attr("value"));
        all.putAll(fields);
        return post(action, all);
    }

    private Hop follow(Hop hop) {
        for (int i = 0; hop.location() != null && hop.status() / 100 == 3; i++) {
            if (i > 10) {
                throw new AssertionError("More than 10 redirects: " + hops);
            }
            hop = send(HttpRequest.newBuilder(hop.uri().resolve(hop.location())).GET());
        }
        return hop;
    }

    private Hop send(HttpRequest.Builder request) {
        HttpRequest built = request.timeout(Duration.ofSeconds(60)).build();
        URI uri = built.uri();
        Map<String, String> jar = cookiesOf(uri);
        HttpRequest.Builder withCookies = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(60))
                .method(built.method(), built.bodyPublisher().orElse(HttpRequest.BodyPublishers.noBody()));
        built.headers().map().forEach((name, values) -> values.forEach(v -> withCookies.header(name, v)));
        withCookies.header("Accept-Language", "en");
        if (!jar.isEmpty()) {
            withCookies.header(
                    "Cookie",
                    jar.entrySet().stream()
                            .map(e -> e.getKey() + "=" + e.getValue())
                            .collect(Collectors.joining("; ")));
        }
        try {
            HttpResponse<String> response = http.send(withCookies.build(), HttpResponse.BodyHandlers.ofString());
            for (String set : response.headers().allValues("Set-Cookie")) {
                keep(jar, set);
            }
            Hop hop = new Hop(
                    uri,
                    response.statusCode(),
                    response.headers().firstValue("Location").orElse(null),
                    response.body());
            hops.add(hop);
            return hop;
        } catch (IOException e) {
            throw new AssertionError(built.method() + " " + uri + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** A Set-Cookie header: stored, or removed when it expires the cookie. */
    private static void keep(Map<String, String> jar, String header) {
        String[] parts = header.split(";");
        int eq = parts[0].indexOf('=');
        String name = parts[0].substring(0, eq).trim();
        String value = parts[0].substring(eq + 1).trim();
        boolean expired = value.isEmpty();
        for (int i = 1; i < parts.length; i++) {
            String attribute = parts[i].trim().toLowerCase(Locale.ROOT);
            if (attribute.equals("max-age=0") || (attribute.startsWith("expires=") && attribute.contains("1970"))) {
                expired = true;
            }
        }
        if (expired) {
            jar.remove(name);
        } else {
            jar.put(name, value);
        }
    }

    private URI resolve(String pathOrUrl) {
        return pathOrUrl.startsWith("http") ? URI.create(pathOrUrl) : admin.resolve(pathOrUrl);
    }

    private static String origin(URI uri) {
        return uri.getScheme() + "://" + uri.getHost() + ":" + uri.getPort();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
