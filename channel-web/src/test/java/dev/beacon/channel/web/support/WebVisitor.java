package dev.beacon.channel.web.support;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** One person's browser without JavaScript, over HTTP: keeps the session cookie and reads each form's CSRF token. */
public class WebVisitor {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final Map<String, String> cookies = new HashMap<>();
    private String csrf;

    public Response get(String path) {
        Response response = request().get(path);
        remember(response);
        Matcher m = CSRF.matcher(response.asString());
        if (m.find()) {
            csrf = m.group(1);
        }
        return response;
    }

    /** Posts a form with the CSRF token of the last page that had one. {@code fields}: name, value, name, value… */
    public Response post(String path, String... fields) {
        RequestSpecification request = request().contentType("application/x-www-form-urlencoded; charset=UTF-8");
        if (csrf != null) {
            request.formParam("_csrf", csrf);
        }
        for (int i = 0; i < fields.length; i += 2) {
            request.formParam(fields[i], fields[i + 1]);
        }
        Response response = request.post(path);
        remember(response);
        return response;
    }

    /**
     * Posts the demo site's sign-up form as a person fills it in: this alias, PIN 1234 typed twice, the first-school
     * question answered, the terms accepted, in English. {@code changes} (name, value, …) replace fields; a null
     * value leaves the field out.
     */
    public Response postSignUp(String alias, String... changes) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("lang", "en");
        form.put("alias", alias);
        form.put("pin", "1234");
        form.put("pin2", "1234");
        form.put("securityQuestion", "first-school");
        form.put("securityAnswer", "Escola Um");
        form.put("terms", "yes");
        for (int i = 0; i < changes.length; i += 2) {
            form.put(changes[i], changes[i + 1]);
        }
        form.values().removeIf(Objects::isNull);
        return post(
                "/s/demo/sign-up",
                form.entrySet().stream()
                        .flatMap(e -> Stream.of(e.getKey(), e.getValue()))
                        .toArray(String[]::new));
    }

    /** Joins the demo site with this alias and PIN 1234; fails unless the API accepted it. */
    public void signUp(String alias) {
        get("/s/demo/sign-up?lang=en");
        Response joined = postSignUp(alias);
        if (joined.statusCode() != 303) {
            throw new AssertionError("sign-up answered " + joined.statusCode() + ": " + joined.asString());
        }
    }

    public String cookie(String name) {
        return cookies.get(name);
    }

    public void setCookie(String name, String value) {
        cookies.put(name, value);
    }

    public String csrf() {
        return csrf;
    }

    public void forgeCsrf(String token) {
        csrf = token;
    }

    private RequestSpecification request() {
        return given().redirects().follow(false).cookies(cookies);
    }

    private void remember(Response response) {
        response.getDetailedCookies().asList().forEach(c -> {
            if (c.getMaxAge() == 0) {
                cookies.remove(c.getName());
            } else {
                cookies.put(c.getName(), c.getValue());
            }
        });
    }
}
