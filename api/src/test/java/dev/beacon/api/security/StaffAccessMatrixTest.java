package dev.beacon.api.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.beacon.api.demo.DemoContentLoader;
import dev.beacon.api.testing.KeycloakTestResource;
import dev.beacon.api.testing.KeycloakTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every management endpoint called as every kind of caller, with tokens from a real Keycloak. To add an
 * endpoint: add one {@link Endpoint} row to {@link #ENDPOINTS}; {@link #everyManagementEndpointIsInTheMatrix}
 * fails until you do.
 */
@QuarkusTest
@WithTestResource(KeycloakTestResource.class)
@SuppressWarnings("unchecked")
class StaffAccessMatrixTest {

    /**
     * Who calls. A person reaches Beacon only through a channel, so PROFILE is the messenger client naming a
     * person in Beacon-Subject, and CHANNEL_CLIENT the same client naming nobody. Site rights come from the dev
     * realm's groups: eddie, mo and sam on "demo", kim on "kenya".
     */
    enum Caller {
        ANONYMOUS(null),
        PROFILE("client:messenger"),
        CHANNEL_CLIENT("client:messenger"),
        EDITOR_OF_OTHER_SITE("kim"),
        EDITOR("eddie"),
        MODERATOR("mo"),
        SITE_ADMIN("sam"),
        PLATFORM_ADMIN("ada");

        final String account;

        Caller(String account) {
            this.account = account;
        }
    }

    /**
     * What each row needs: the site, an article with an English translation (published if asked), a person
     * with an alias and PIN, and a fresh channel identity to act for.
     */
    record Fixture(String site, long item, long profile, String alias, String subject) {}

    /**
     * One endpoint and the status each caller gets. {@code given} makes what the call needs beyond the fixture
     * (a poll, a comment…) and names the path parameters it fills, e.g. {@code {poll} → 42}.
     */
    record Endpoint(
            String method,
            String template,
            boolean published,
            Function<Fixture, String> body,
            Map<Caller, Integer> expected,
            Function<Fixture, Map<String, String>> given,
            boolean multipart) {

        Endpoint(
                String method,
                String template,
                boolean published,
                Function<Fixture, String> body,
                Map<Caller, Integer> expected,
                Function<Fixture, Map<String, String>> given) {
            this(method, template, published, body, expected, given, false);
        }

        Endpoint with(Caller caller, int status) {
            Map<Caller, Integer> changed = new EnumMap<>(expected);
            changed.put(caller, status);
            return new Endpoint(method, template, published, body, changed, given, multipart);
        }

        /** Runs {@code given} before the call; its values fill the path parameters of the same names. */
        Endpoint given(Function<Fixture, Map<String, String>> setUp) {
            return new Endpoint(method, template, published, body, expected, setUp, multipart);
        }

        /** Sent as multipart/form-data: a small JPEG in {@code file}, the body (if any) as JSON in {@code metadata}. */
        Endpoint sentAsMultipart() {
            return new Endpoint(method, template, published, body, expected, given, true);
        }

        String path(Fixture f, Map<String, String> params) {
            String path = template;
            for (Map.Entry<String, String> p : params.entrySet()) {
                path = path.replace("{" + p.getKey() + "}", p.getValue());
            }
            return path.replace("{site}", f.site())
                    .replace("{id}", Long.toString(template.contains("/profiles/") ? f.profile() : f.item()))
                    .replace("{locale}", "en")
                    .replace("{number}", "1");
        }
    }

    private static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "patch");
    private static final String SITE = "demo";
    private static final String PEOPLE = "/api/v1/sites/{site}";
    private static final String MANAGE = "/api/v1/manage/sites";
    private static final String ITEM = MANAGE + "/{site}/content/{id}";
    private static final String TRANSLATION = ITEM + "/translations/{locale}";

    /** 401 anonymous · 403 profile · 403 channel · 403 other site's editor · editor · moderator · site admin · platform admin. */
    private static final List<Endpoint> CORE = List.of(
            row(
                    "POST",
                    MANAGE,
                    f -> "{\"slug\":\"m-" + UUID.randomUUID().toString().substring(0, 8)
                            + "\",\"name\":\"M\",\"locales\":[{\"code\":\"en\"}]}",
                    403,
                    403,
                    403,
                    201),
            // Everyone with a role somewhere may list, and sees only their own sites.
            row("GET", MANAGE, null, 200, 200, 200, 200).with(Caller.EDITOR_OF_OTHER_SITE, 200),
            row("GET", MANAGE + "/{site}", null, 200, 200, 200, 200),
            row("PUT", MANAGE + "/{site}", StaffAccessMatrixTest::unchangedSite, 403, 403, 200, 200),
            row("GET", MANAGE + "/{site}/whatsapp-templates", null, 200, 200, 200, 200),
            row(
                    "PUT",
                    MANAGE + "/{site}/whatsapp-templates",
                    StaffAccessMatrixTest::unchangedTemplates,
                    403,
                    403,
                    200,
                    200),
            row("POST", MANAGE + "/{site}/content", f -> "{\"type\":\"article\"}", 201, 403, 201, 201),
            row("GET", MANAGE + "/{site}/content", null, 200, 200, 200, 200),
            row("GET", ITEM, null, 200, 200, 200, 200),
            row("PUT", ITEM, f -> "{\"position\":3}", 200, 403, 200, 200),
            row("GET", TRANSLATION, null, 200, 200, 200, 200),
            row("PUT", TRANSLATION, f -> "{\"title\":\"Edited\",\"slug\":\"a-" + f.item() + "\"}", 200, 403, 200, 200),
            row("GET", TRANSLATION + "/revisions", null, 200, 200, 200, 200),
            row("GET", TRANSLATION + "/revisions/{number}", null, 200, 200, 200, 200),
            row("POST", TRANSLATION + "/revisions/{number}/restore", null, 200, 403, 200, 200),
            row("POST", TRANSLATION + "/publish", f -> "{}", 200, 403, 200, 200),
            published(row("POST", TRANSLATION + "/unpublish", null, 200, 403, 200, 200)),
            // a preview token reads a draft: those who may edit it (a moderator reads drafts through the api itself)
            row("POST", TRANSLATION + "/preview", null, 200, 403, 200, 200),
            // Without alias or identity an admin's search is refused for that (400), after the right was checked.
            row("GET", MANAGE + "/{site}/profiles", null, 403, 403, 400, 400),
            row("GET", MANAGE + "/{site}/profiles/{id}/export", null, 403, 403, 200, 200),
            row("DELETE", MANAGE + "/{site}/profiles/{id}", null, 403, 403, 204, 204),
            // A person's own endpoints: only a channel client acting for them; staff accounts are not people.
            person("GET", PEOPLE + "/me", null, 200),
            person("PUT", PEOPLE + "/me", f -> "{\"alias\":\"p" + f.item() + "\"}", 200),
            person(
                    "PUT",
                    PEOPLE + "/me/pin",
                    f -> "{\"pin\":\"4321\",\"securityQuestion\":\"first-school\",\"securityAnswer\":\"a\"}",
                    200),
            person("POST", PEOPLE + "/me/consents", f -> "{\"document\":\"terms\",\"version\":\"1\"}", 201),
            // No record of "contact" yet for the fixture's person: the person may read it, and is told there is none.
            person("GET", PEOPLE + "/me/consents/{document}", null, 404).given(f -> Map.of("document", "contact")),
            person("GET", PEOPLE + "/me/export", null, 200),
            person("DELETE", PEOPLE + "/me", null, 204),
            person("DELETE", PEOPLE + "/me/identity", null, 204),
            person("POST", PEOPLE + "/sign-in", f -> "{\"alias\":\"" + f.alias() + "\",\"pin\":\"1234\"}", 200),
            person(
                    "POST",
                    PEOPLE + "/recover",
                    f -> "{\"alias\":\"" + f.alias() + "\",\"securityAnswer\":\"lusaka\",\"newPin\":\"2345\"}",
                    200),
            person("POST", PEOPLE + "/me/link-code", null, 200),
            // A wrong code is the only code a caller without one can send: allowed, and refused as invalid.
            person("POST", PEOPLE + "/me/link", f -> "{\"code\":\"00000000\"}", 400));

    /** The core rows, then one list per community feature (in files of this package, to keep each feature's rows together). */
    private static final List<Endpoint> ENDPOINTS = Stream.of(
                    CORE,
                    PollsAccessRows.ROWS,
                    SurveyAccessRows.ROWS,
                    CommentAccessRows.ROWS,
                    TipsAccessRows.ROWS,
                    StoriesAccessRows.ROWS,
                    MediaAccessRows.ROWS,
                    EventAccessRows.ROWS)
            .flatMap(List::stream)
            .toList();

    @Inject
    DemoContentLoader demo;

    /** The realm's groups name the demo sites, so the matrix works on them; loading them is idempotent. */
    @BeforeEach
    void demoSitesExist() {
        demo.load();
    }

    @TestFactory
    Stream<DynamicTest> everyCallerGetsTheExpectedStatus() {
        return ENDPOINTS.stream()
                .flatMap(e -> e.expected().entrySet().stream()
                        .map(cell -> DynamicTest.dynamicTest(
                                e.method() + " " + e.template() + " as " + cell.getKey() + " → " + cell.getValue(),
                                () -> {
                                    Fixture f = fixture(
                                            e.published(),
                                            e.template().endsWith("/sign-in")
                                                    || e.template().endsWith("/recover")
                                                    || e.template().endsWith("/me/identity"));
                                    Map<String, String> params = e.given().apply(f);
                                    RequestSpecification request = as(cell.getKey(), !e.multipart());
                                    if (cell.getKey() == Caller.PROFILE) {
                                        request.header("Beacon-Subject", f.subject());
                                    }
                                    if (e.multipart()) {
                                        request.multiPart("file", "matrix.jpg", MediaAccessRows.JPEG, "image/jpeg");
                                        if (e.body() != null) {
                                            request.multiPart(
                                                    "metadata", e.body().apply(f), "application/json");
                                        }
                                    } else if (e.body() != null) {
                                        request.body(e.body().apply(f));
                                    }
                                    int status = request.request(e.method(), e.path(f, params))
                                            .then()
                                            .extract()
                                            .statusCode();
                                    withdraw(f); // keep the shared demo site's delivery as the demo left it
                                    assertEquals(
                                            cell.getValue(),
                                            status,
                                            e.method() + " " + e.path(f, params) + " as " + cell.getKey());
                                })));
    }

    @Test
    void everyManagementEndpointIsInTheMatrix() {
        JsonPath openapi = given().accept(ContentType.JSON)
                .get("/q/openapi?format=json")
                .then()
                .extract()
                .jsonPath();
        Map<String, Map<String, Object>> paths = openapi.getMap("paths");
        Set<String> served = new TreeSet<>();
        Set<String> all = new TreeSet<>();
        paths.forEach((path, operations) -> {
            operations.keySet().stream()
                    .filter(HTTP_METHODS::contains)
                    .forEach(method -> all.add(method.toUpperCase() + " " + path));
            // Management, a person's own pages, and every write anywhere (a vote, a comment) need a row.
            boolean always = path.startsWith("/api/v1/manage")
                    || path.contains("/me/")
                    || path.endsWith("/me")
                    || path.endsWith("/sign-in")
                    || path.endsWith("/recover");
            if (path.startsWith("/api/v1/demo/")) {
                return; // exists only in the demo, for loopback callers; OperationsTest covers it
            }
            operations.keySet().stream()
                    .filter(HTTP_METHODS::contains)
                    .filter(method -> always || !method.equals("get"))
                    .forEach(method -> served.add(method.toUpperCase() + " " + path));
        });
        Set<String> covered = new TreeSet<>();
        ENDPOINTS.forEach(e -> covered.add(e.method() + " " + e.template()));
        Set<String> missing = new TreeSet<>(served);
        missing.removeAll(covered);
        assertEquals(Set.of(), missing, "add the missing endpoints to StaffAccessMatrixTest.ENDPOINTS");
        // Other endpoints may have rows too (a channel-only read); every row must still name a served endpoint.
        Set<String> unknown = new TreeSet<>(covered);
        unknown.removeAll(all);
        assertEquals(Set.of(), unknown, "rows for endpoints that are not served");
    }

    @Test
    void rightsAreNeverCarriedToAnotherSite() {
        // eddie edits "demo"; the same token on "kenya" is refused before anything is looked up.
        as(Caller.EDITOR)
                .body("{\"type\":\"article\"}")
                .post(MANAGE + "/kenya/content")
                .then()
                .statusCode(403);
        as(Caller.EDITOR).get(MANAGE + "/no-such-site/content").then().statusCode(403);
        as(Caller.EDITOR_OF_OTHER_SITE)
                .body("{\"type\":\"article\"}")
                .post(MANAGE + "/kenya/content")
                .then()
                .statusCode(201);
        List<String> visible =
                as(Caller.EDITOR).get(MANAGE).then().extract().jsonPath().getList("items.slug");
        assertEquals(List.of("demo"), visible);
    }

    /** A person's own endpoint: only a channel naming the person gets through; naming nobody is a bad request. */
    static Endpoint person(String method, String template, Function<Fixture, String> body, int profile) {
        Map<Caller, Integer> expected = new EnumMap<>(Caller.class);
        for (Caller c : Caller.values()) {
            expected.put(c, 403);
        }
        expected.put(Caller.ANONYMOUS, 401);
        expected.put(Caller.PROFILE, profile);
        expected.put(Caller.CHANNEL_CLIENT, 400);
        return new Endpoint(method, template, false, body, expected, f -> Map.of());
    }

    static Endpoint published(Endpoint e) {
        return new Endpoint(e.method(), e.template(), true, e.body(), e.expected(), e.given(), e.multipart());
    }

    /** A row: anonymous is always 401, a channel client and another site's editor always 403. */
    static Endpoint row(
            String method,
            String template,
            Function<Fixture, String> body,
            int editor,
            int moderator,
            int siteAdmin,
            int platformAdmin) {
        Map<Caller, Integer> expected = new EnumMap<>(Caller.class);
        expected.put(Caller.ANONYMOUS, 401);
        expected.put(Caller.PROFILE, 403);
        expected.put(Caller.CHANNEL_CLIENT, 403);
        expected.put(Caller.EDITOR_OF_OTHER_SITE, 403);
        expected.put(Caller.EDITOR, editor);
        expected.put(Caller.MODERATOR, moderator);
        expected.put(Caller.SITE_ADMIN, siteAdmin);
        expected.put(Caller.PLATFORM_ADMIN, platformAdmin);
        return new Endpoint(method, template, false, body, expected, f -> Map.of());
    }

    /** A PIN costs a deliberately slow hash, so only the rows that sign in or recover get one. */
    private static Fixture fixture(boolean published, boolean withPin) {
        String slug = "a-" + UUID.randomUUID().toString().substring(0, 8);
        long id = createdId(
                as(Caller.PLATFORM_ADMIN)
                        .body("{\"type\":\"article\",\"translation\":{\"locale\":\"en\",\"content\":"
                                + "{\"title\":\"Matrix\",\"slug\":\"" + slug + "\"}}}"),
                MANAGE + "/" + SITE + "/content");
        if (published) {
            as(Caller.PLATFORM_ADMIN)
                    .body("{}")
                    .post(MANAGE + "/" + SITE + "/content/" + id + "/translations/en/publish")
                    .then()
                    .statusCode(200);
        }
        // A person with an alias and PIN, made through the messenger channel.
        String person = "messenger:" + UUID.randomUUID();
        String alias = dev.beacon.api.testing.Names.alias("p-");
        long profile = as(Caller.CHANNEL_CLIENT)
                .header("Beacon-Subject", person)
                .body("{\"alias\":\"" + alias + "\"}")
                .put("/api/v1/sites/" + SITE + "/me")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("id");
        if (withPin) {
            as(Caller.CHANNEL_CLIENT)
                    .header("Beacon-Subject", person)
                    .body("{\"pin\":\"1234\",\"securityQuestion\":\"first-school\",\"securityAnswer\":\"Lusaka\"}")
                    .put("/api/v1/sites/" + SITE + "/me/pin")
                    .then()
                    .statusCode(200);
        }
        return new Fixture(SITE, id, profile, alias, person);
    }

    /** An update that writes the site back as it is, so the shared demo site keeps its settings. */
    private static String unchangedSite(Fixture f) {
        Map<String, Object> site = as(Caller.PLATFORM_ADMIN)
                .get(MANAGE + "/" + f.site())
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("$");
        List<Map<String, Object>> locales = ((List<Map<String, Object>>) site.get("locales"))
                .stream()
                        .map(l -> {
                            Map<String, Object> locale = new java.util.HashMap<>(l);
                            locale.remove("chain");
                            return locale;
                        })
                        .toList();
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper()
                    .writeValueAsString(
                            Map.of("name", site.get("name"), "locales", locales, "settings", site.get("settings")));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The site's WhatsApp templates as they are, so the row changes nothing the demo relies on. */
    private static String unchangedTemplates(Fixture f) {
        Object templates = as(Caller.PLATFORM_ADMIN)
                .get(MANAGE + "/" + f.site() + "/whatsapp-templates")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .get("templates");
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(Map.of("templates", templates));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void withdraw(Fixture f) {
        int status = as(Caller.PLATFORM_ADMIN)
                .post(MANAGE + "/" + f.site() + "/content/" + f.item() + "/translations/en/unpublish")
                .statusCode();
        assertTrue(status == 200 || status == 409, "could not withdraw the fixture: " + status);
    }

    private record Token(String value, java.time.Instant fetched) {}

    /**
     * Tokens are reused for a minute (Keycloak's live five): a password grant costs Keycloak a PIN-grade hash, and
     * the matrix makes thousands of calls, so a fresh token per call would make most of its run time.
     */
    private static final Map<String, Token> TOKENS = new java.util.concurrent.ConcurrentHashMap<>();

    /** Posts {@code request} to {@code path}, expects a 201, and returns the id of what was created. */
    static long createdId(RequestSpecification request, String path) {
        return request.post(path).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static RequestSpecification as(Caller caller) {
        return as(caller, true);
    }

    static RequestSpecification as(Caller caller, boolean json) {
        RequestSpecification request = json ? given().contentType(ContentType.JSON) : given();
        if (caller.account == null) {
            return request;
        }
        return request.auth()
                .oauth2(TOKENS.compute(
                                caller.account,
                                (account, cached) -> cached != null
                                                && cached.fetched()
                                                        .plusSeconds(60)
                                                        .isAfter(java.time.Instant.now())
                                        ? cached
                                        : new Token(
                                                account.startsWith("client:")
                                                        ? KeycloakTokens.clientToken(
                                                                account.substring("client:".length()))
                                                        : KeycloakTokens.passwordToken(account),
                                                java.time.Instant.now()))
                        .value());
    }
}
