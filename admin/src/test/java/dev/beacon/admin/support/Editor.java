package dev.beacon.admin.support;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A person at the admin over plain HTTP, as a browser would be: keeps the cookies, signs in through the demo
 * sign-in page, and sends each form with the CSRF token the page carried.
 */
public final class Editor {

    private final Map<String, String> cookies = new HashMap<>();
    private String language = "en";

    public static Editor signedIn(String username) {
        Editor editor = new Editor();
        Document page = editor.page("/sign-in", 200);
        Response signedIn = editor.submit(page, "/sign-in/demo", Map.of("username", username));
        if (signedIn.statusCode() != 303) {
            throw new AssertionError("Demo sign-in as " + username + " answered " + signedIn.statusCode());
        }
        return editor;
    }

    public Editor speaking(String language) {
        this.language = language;
        return this;
    }

    public Map<String, String> cookies() {
        return cookies;
    }

    public RequestSpecification request() {
        return given().redirects().follow(false).cookies(cookies).header("Accept-Language", language);
    }

    public Response get(String path) {
        return keep(request().get(path));
    }

    /** The page at {@code path}, which must answer {@code status}. */
    public Document page(String path, int status) {
        Response response = get(path);
        if (response.statusCode() != status) {
            throw new AssertionError("GET " + path + " answered " + response.statusCode() + ", not " + status + ":\n"
                    + response.asString());
        }
        return Jsoup.parse(response.asString());
    }

    /** Posts {@code fields} to {@code action} with the CSRF token of {@code page}. */
    public Response submit(Document page, String action, Map<String, String> fields) {
        RequestSpecification request = request().contentType("application/x-www-form-urlencoded; charset=UTF-8");
        String csrf = page.select("input[name=csrf-token]").attr("value");
        request.formParam("csrf-token", csrf);
        fields.forEach(request::formParam);
        return keep(request.post(action));
    }

    /**
     * Submits the form {@code formSelector} of {@code page} as a browser would: every field in document order, after
     * setting the fields named by id in {@code changes}, plus the pressed button's {@code name=value}.
     */
    public Response press(
            Document page, String formSelector, Map<String, String> changes, String button, String value) {
        org.jsoup.nodes.FormElement form = (org.jsoup.nodes.FormElement) page.selectFirst(formSelector);
        if (form == null) {
            throw new AssertionError(
                    "No form " + formSelector + " in:\n" + page.select("main").html());
        }
        changes.forEach((id, v) -> {
            org.jsoup.nodes.Element field = page.getElementById(id);
            if (field == null) {
                throw new AssertionError("No field #" + id);
            }
            if (field.tagName().equals("select")) {
                field.select("option").forEach(o -> {
                    if (o.val().equals(v)) {
                        o.attr("selected", "selected");
                    } else {
                        o.removeAttr("selected");
                    }
                });
            } else {
                field.val(v);
            }
        });
        Map<String, java.util.List<String>> fields = new java.util.LinkedHashMap<>();
        for (org.jsoup.Connection.KeyVal kv : form.formData()) {
            fields.computeIfAbsent(kv.key(), k -> new java.util.ArrayList<>()).add(kv.value());
        }
        if (button != null) {
            fields.computeIfAbsent(button, k -> new java.util.ArrayList<>()).add(value);
        }
        RequestSpecification request = request().contentType("application/x-www-form-urlencoded; charset=UTF-8");
        fields.forEach((name, values) -> request.formParam(name, values));
        return keep(request.post(form.attr("action")));
    }

    private Response keep(Response response) {
        response.getDetailedCookies().asList().forEach(c -> {
            if (c.getMaxAge() == 0 || c.getValue().isEmpty()) {
                cookies.remove(c.getName());
            } else {
                cookies.put(c.getName(), c.getValue());
            }
        });
        return response;
    }
}
