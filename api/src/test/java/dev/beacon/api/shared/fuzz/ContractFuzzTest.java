package dev.beacon.api.shared.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.beacon.api.demo.DemoContentLoader;
import dev.beacon.api.testing.KeycloakTestResource;
import dev.beacon.api.testing.KeycloakTokens;
import dev.beacon.api.testing.Names;
import dev.beacon.api.testing.People;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.core.models.ParseOptions;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Fuzzes every operation of the committed contract ({@code openapi/beacon-api.yaml}, read with swagger-parser) with
 * inputs from a seeded generator ({@link FuzzInputs}), each as four callers: anonymous, a person (a channel client
 * naming them in {@code Beacon-Subject}), a channel client naming nobody, and a platform admin (real Keycloak tokens).
 * It fails on any {@code 5xx}, any status the contract does not document for the operation, an answer in a media type
 * the contract does not give for that status, a {@code 2xx} for input the contract calls invalid, and any change in
 * the database after a refused ({@code 4xx}) request ({@link StateFingerprint}).
 *
 * <p>It works on a copy of the demo site made for the run, so what it manages to change touches no other test.
 * Settings (system properties, e.g. {@code -Dfuzz.seed=…}): {@code fuzz.seed} (printed at the start;
 * the same seed replays the same inputs), {@code fuzz.rounds} (cases per operation and caller, default 3),
 * {@code fuzz.seconds} (time budget, default 90: no new case starts after it; every operation is tried at
 * least once per caller first), {@code fuzz.operations} (only operations whose "METHOD path" contains it).
 */
@QuarkusTest
@WithTestResource(KeycloakTestResource.class)
class ContractFuzzTest {

    private static final Path CONTRACT = Path.of("..", "openapi", "beacon-api.yaml");
    private static final long SEED = Long.getLong("fuzz.seed", new SecureRandom().nextLong());
    private static final int ROUNDS = Integer.getInteger("fuzz.rounds", 3);
    private static final Duration BUDGET = Duration.ofSeconds(Integer.getInteger("fuzz.seconds", 90));
    private static final String ONLY = System.getProperty("fuzz.operations", "");
    private static final Set<String> METHODS = Set.of("GET", "PUT", "POST", "DELETE", "PATCH");

    /**
     * Refusals that are meant to write: a wrong PIN or security answer counts towards the lock-out (on the profile),
     * which is the point of refusing it. Nothing else may change after a 4xx.
     */
    private static final Map<String, Set<String>> WRITING_REFUSALS = Map.of(
            "POST /api/v1/sites/{site}/sign-in", Set.of("profile"),
            "POST /api/v1/sites/{site}/recover", Set.of("profile"));

    enum Caller {
        ANONYMOUS,
        PERSON,
        CHANNEL,
        STAFF
    }

    record Op(String method, String path, Operation operation, List<Parameter> parameters) {
        String key() {
            return method + " " + path;
        }
    }

    /** One request as sent, with what the generator did to it, for the report. */
    record Case(
            Caller caller,
            String method,
            String url,
            Map<String, String> headers,
            String body,
            String contentType,
            boolean invalid,
            String what) {}

    @Inject
    DemoContentLoader demo;

    @Inject
    AgroalDataSource db;

    @TestHTTPResource("/")
    URL base;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, Finding> findings = new TreeMap<>();
    private final Map<Integer, Integer> statuses = new TreeMap<>();
    private String site;
    private String person;
    private String staffToken;
    private Instant staffTokenAt = Instant.EPOCH;

    private static final class Finding {
        int count;
        final String example;

        Finding(String example) {
            this.example = example;
        }
    }

    @Test
    void everyOperationKeepsTheContract() throws Exception {
        System.out.println("ContractFuzzTest seed " + SEED + " (replay: -Dfuzz.seed=" + SEED + ")");
        List<Op> ops = operations();
        assertTrue(
                ops.size() > (ONLY.isEmpty() ? 60 : 0),
                "the contract has more operations than " + ops.size() + (ONLY.isEmpty() ? "" : " matching " + ONLY));
        fixture();
        Map<String, List<String>> ids = ids();
        StateFingerprint state = new StateFingerprint(db);
        Random random = new Random(SEED);
        Instant start = Instant.now();
        int cases = 0;
        for (int round = 0; round < ROUNDS; round++) {
            if (round > 0 && Duration.between(start, Instant.now()).compareTo(BUDGET) > 0) {
                break;
            }
            for (Op op : ops) {
                for (Caller caller : Caller.values()) {
                    Case c = generate(op, caller, new FuzzInputs(random), ids);
                    state.changes(); // what earlier, allowed requests changed is the new "before"
                    HttpResponse<String> response = send(c);
                    cases++;
                    check(op, c, response, state);
                }
            }
        }
        Duration took = Duration.between(start, Instant.now());
        System.out.printf(
                "ContractFuzzTest: %d cases, %d operations × %d callers, %d s, statuses %s, seed %d%n",
                cases, ops.size(), Caller.values().length, took.toSeconds(), statuses, SEED);
        if (!findings.isEmpty()) {
            StringBuilder report = new StringBuilder("The contract fuzz found " + findings.size()
                    + " problem(s); replay with -Dfuzz.seed=" + SEED + "\n");
            findings.forEach((key, f) -> report.append("\n• ")
                    .append(key)
                    .append(" (")
                    .append(f.count)
                    .append("×)\n")
                    .append(f.example));
            fail(report.toString());
        }
    }

    /** The fuzz itself must be able to fail: a 2xx for an input it calls invalid is caught. */
    @Test
    void theGeneratorKnowsInvalidInput() {
        Schema<Object> page = new Schema<>();
        page.setType("integer");
        page.setFormat("int32");
        page.setMinimum(java.math.BigDecimal.ONE);
        page.setMaximum(java.math.BigDecimal.valueOf(100_000));
        assertTrue(FuzzInputs.fits(page, "1"));
        assertTrue(!FuzzInputs.fits(page, "0") && !FuzzInputs.fits(page, "2147483648"));
        assertTrue(!FuzzInputs.fits(page, "1.5") && !FuzzInputs.fits(page, "abc"));
        Random random = new Random(1);
        int invalid = 0;
        for (int i = 0; i < 200; i++) {
            FuzzInputs.Input input = new FuzzInputs(random).parameter(page, "1", true);
            if (input.invalid()) {
                invalid++;
                assertTrue(!input.text().matches("[0-9]+") || !FuzzInputs.fits(page, input.text()), input.toString());
            }
        }
        assertTrue(invalid > 100, "most edge values of a bounded page are invalid: " + invalid);
        assertEquals("integer", FuzzInputs.type(page));
    }

    // ------------------------------------------------------------------------------------------- the contract

    private static List<Op> operations() throws Exception {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(true);
        OpenAPI api = new OpenAPIParser()
                .readContents(Files.readString(CONTRACT, StandardCharsets.UTF_8), null, options)
                .getOpenAPI();
        List<Op> ops = new ArrayList<>();
        api.getPaths()
                .forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                    List<Parameter> parameters = new ArrayList<>();
                    if (item.getParameters() != null) {
                        parameters.addAll(item.getParameters());
                    }
                    if (operation.getParameters() != null) {
                        parameters.addAll(operation.getParameters());
                    }
                    Op op = new Op(method.name(), path, operation, parameters);
                    if (METHODS.contains(op.method()) && op.key().contains(ONLY)) {
                        ops.add(op);
                    }
                }));
        return ops;
    }

    // ----------------------------------------------------------------------------------------------- fixture

    /** A copy of the demo site, a person with an alias on it who wrote a tip and a comment, all through the API. */
    private void fixture() throws Exception {
        site = "fz-" + UUID.randomUUID().toString().substring(0, 8);
        demo.loadCopy("demo", site);
        person = "messenger:fuzz-" + UUID.randomUUID();
        String alias = "{\"alias\":\"" + Names.alias("fz") + "\"}";
        expect(200, personRequest("PUT", "/api/v1/sites/" + site + "/me", alias));
        expect(201, personRequest("POST", "/api/v1/sites/" + site + "/tips", "{\"text\":\"A tip from the fuzz\"}"));
        String article = one("SELECT min(i.id) FROM content_item i JOIN site s ON s.id = i.site_id "
                + "WHERE s.slug = ? AND i.type = 'article'");
        expect(
                201,
                personRequest(
                        "POST",
                        "/api/v1/sites/" + site + "/content/" + article + "/comments",
                        "{\"text\":\"A comment from the fuzz\"}"));
    }

    private HttpRequest personRequest(String method, String path, String body) {
        return HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + path))
                .header("Authorization", "Bearer " + People.clientToken("messenger"))
                .header("Beacon-Subject", person)
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    private void expect(int status, HttpRequest request) throws Exception {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(status, response.statusCode(), request.uri() + ": " + response.body());
    }

    /** Real ids of the fixture's site for each kind of path parameter, plus a few of other sites. */
    private Map<String, List<String>> ids() throws Exception {
        Map<String, List<String>> ids = new LinkedHashMap<>();
        String ofSite = " JOIN site s ON s.id = t.site_id WHERE s.slug = ? ORDER BY 1";
        ids.put("content", list("SELECT t.id FROM content_item t" + ofSite));
        ids.put("polls", list("SELECT t.item_id FROM poll t" + ofSite));
        ids.put("surveys", list("SELECT t.item_id FROM survey t" + ofSite));
        ids.put("competitions", list("SELECT t.item_id FROM competition t" + ofSite));
        ids.put("profiles", list("SELECT t.id FROM profile t" + ofSite));
        ids.put("tipId", list("SELECT t.id FROM tip t" + ofSite));
        ids.put("commentId", list("SELECT t.id FROM comment t" + ofSite));
        ids.put("entryId", list("SELECT t.id FROM story_entry t" + ofSite));
        ids.put(
                "path",
                list("SELECT DISTINCT r.slug FROM content_translation r JOIN content_item t ON t.id = r.item_id"
                        + ofSite.replace("ORDER BY 1", "AND t.parent_id IS NULL ORDER BY 1")));
        ids.put(
                "other",
                list(
                        "SELECT max(id) FROM comment UNION ALL SELECT max(id) FROM tip UNION ALL "
                                + "SELECT max(id) FROM content_item UNION ALL SELECT max(id) FROM profile WHERE ? IS NOT NULL"));
        ids.values().forEach(l -> l.removeIf(v -> v == null));
        return ids;
    }

    private List<String> list(String sql) throws Exception {
        List<String> values = new ArrayList<>();
        try (Connection c = db.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, site);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    values.add(r.getString(1));
                }
            }
        }
        return values;
    }

    private String one(String sql) throws Exception {
        List<String> values = list(sql);
        assertTrue(!values.isEmpty() && values.get(0) != null, sql);
        return values.get(0);
    }

    // ------------------------------------------------------------------------------------------ one request

    private Case generate(Op op, Caller caller, FuzzInputs in, Map<String, List<String>> ids) {
        List<Parameter> mutable = op.parameters().stream()
                .filter(p -> !"Beacon-Subject".equals(p.getName()))
                .filter(p -> !"header".equals(p.getIn()))
                .toList();
        // Half the cases break one parameter, the others keep them all valid and work on the body.
        Parameter broken = !mutable.isEmpty() && in.pick(List.of(true, false)) ? in.pick(mutable) : null;
        boolean invalid = false;
        List<String> what = new ArrayList<>();
        String path = op.path();
        List<String> query = new ArrayList<>();
        Map<String, String> headers = new LinkedHashMap<>();
        for (Parameter p : op.parameters()) {
            String name = p.getName();
            if ("Beacon-Subject".equals(name)) {
                continue;
            }
            if ("header".equals(p.getIn())) {
                if (in.pick(List.of(true, false, false))) {
                    headers.put(
                            name,
                            in.pick(List.of("\"0\"", "\"1\"", "*", "garbage", "\"99999999999999999999\"", "W/\"1\"")));
                }
                continue;
            }
            boolean required = Boolean.TRUE.equals(p.getRequired()) || "path".equals(p.getIn());
            if (p != broken && !required && in.pick(List.of(true, false))) {
                continue; // an optional parameter left out
            }
            FuzzInputs.Input value = in.parameter(p.getSchema(), validValue(op.path(), p, in, ids), p == broken);
            if (p == broken) {
                invalid |= value.invalid();
                what.add(name + ": " + value.mutation());
            }
            if ("path".equals(p.getIn())) {
                // An empty or blank segment is another path (another operation or none), not a value of this one.
                path = path.replace("{" + name + "}", encode(value.text().isBlank() ? "%20x" : value.text()));
            } else if ("query".equals(p.getIn())) {
                query.add(encode(name) + "=" + encode(value.text()));
            }
        }
        String body = null;
        String contentType = null;
        if (op.operation().getRequestBody() != null) {
            Map.Entry<String, MediaType> media = op.operation()
                    .getRequestBody()
                    .getContent()
                    .entrySet()
                    .iterator()
                    .next();
            boolean required =
                    Boolean.TRUE.equals(op.operation().getRequestBody().getRequired());
            FuzzInputs.Input input = in.body(media.getValue().getSchema(), required);
            body = input.text();
            contentType = media.getKey();
            if (in.pick(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20)) == 1) {
                contentType = "text/plain";
                invalid = true;
                what.add("content type text/plain");
            }
            invalid |= input.invalid();
            what.add(input.mutation());
        }
        if (caller == Caller.PERSON) {
            headers.put("Beacon-Subject", person);
        }
        String url =
                base.toString().replaceAll("/$", "") + path + (query.isEmpty() ? "" : "?" + String.join("&", query));
        return new Case(caller, op.method(), url, headers, body, contentType, invalid, String.join("; ", what));
    }

    /** A value of the fixture for a parameter: a real id of the kind the path names, the site, a locale. */
    private String validValue(String path, Parameter p, FuzzInputs in, Map<String, List<String>> ids) {
        String name = p.getName();
        switch (name) {
            case "site" -> {
                return site;
            }
            case "locale" -> {
                return in.pick(List.of("en", "en", "pt"));
            }
            case "number" -> {
                return in.pick(List.of("1", "1", "2"));
            }
            case "document" -> {
                return in.pick(List.of("contact", "terms"));
            }
            case "page", "size" -> {
                return in.pick(List.of("1", "2"));
            }
            default -> {}
        }
        List<String> candidates = ids.get(name);
        if ("id".equals(name)) {
            String kind = path.substring(0, path.indexOf("{id}") - 1);
            kind = kind.substring(kind.lastIndexOf('/') + 1);
            candidates = ids.get(kind);
        }
        if (candidates != null && !candidates.isEmpty()) {
            if (in.pick(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10)) == 1
                    && !ids.get("other").isEmpty()) {
                return in.pick(ids.get("other")); // an id of another site
            }
            return in.pick(candidates);
        }
        Schema<?> schema = p.getSchema();
        if (schema == null) {
            return "x";
        }
        com.fasterxml.jackson.databind.JsonNode v = in.valid(schema, name, 0);
        return v.isTextual() ? v.asText() : v.toString();
    }

    private HttpResponse<String> send(Case c) throws Exception {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(c.url())).timeout(Duration.ofSeconds(60));
        switch (c.caller()) {
            case PERSON, CHANNEL -> request.header("Authorization", "Bearer " + People.clientToken("messenger"));
            case STAFF -> request.header("Authorization", "Bearer " + staffToken());
            default -> {}
        }
        c.headers().forEach(request::header);
        if (c.body() != null) {
            request.header("Content-Type", c.contentType());
            request.method(c.method(), HttpRequest.BodyPublishers.ofString(c.body()));
        } else {
            request.method(c.method(), HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        statuses.merge(response.statusCode(), 1, Integer::sum);
        return response;
    }

    private String staffToken() {
        if (staffTokenAt.plus(Duration.ofMinutes(2)).isBefore(Instant.now())) {
            staffToken = KeycloakTokens.passwordToken("ada");
            staffTokenAt = Instant.now();
        }
        return staffToken;
    }

    // ----------------------------------------------------------------------------------------------- checks

    private void check(Op op, Case c, HttpResponse<String> response, StateFingerprint state) throws Exception {
        int status = response.statusCode();
        Map<String, ApiResponse> documented = op.operation().getResponses();
        if (status >= 500) {
            found(op, "answers " + status, c, response);
        }
        ApiResponse answer = documented.get(Integer.toString(status));
        if (answer == null && !documented.containsKey("default")) {
            found(op, "answers " + status + ", which the contract does not document", c, response);
        } else if (answer != null
                && answer.getContent() != null
                && !answer.getContent().isEmpty()) {
            String type = response.headers()
                    .firstValue("Content-Type")
                    .map(t -> t.split(";")[0].trim())
                    .orElse("");
            if (!answer.getContent().containsKey(type) && !answer.getContent().containsKey("*/*")) {
                found(
                        op,
                        status + " as '" + type + "', not "
                                + answer.getContent().keySet(),
                        c,
                        response);
            }
        }
        if (status >= 200 && status < 300 && c.invalid()) {
            found(op, "accepts input the contract calls invalid (" + status + ")", c, response);
        }
        if (status >= 400 && status < 500) {
            List<String> changes = state.changes();
            Set<String> allowed = WRITING_REFUSALS.getOrDefault(op.key(), Set.of());
            List<String> unexpected = changes.stream()
                    .filter(ch -> !allowed.contains(ch.substring(0, ch.indexOf(' '))))
                    .toList();
            if (!unexpected.isEmpty()) {
                found(op, "changes " + unexpected + " although it answered " + status, c, response);
            }
        }
    }

    private void found(Op op, String problem, Case c, HttpResponse<String> response) {
        String key = op.key() + " as " + c.caller() + ": " + problem.replaceAll("\\d+ → \\d+", "");
        Finding f = findings.computeIfAbsent(
                key,
                k -> new Finding("    " + c.method() + " " + truncate(c.url(), 300) + "\n    caller " + c.caller()
                        + ", headers " + c.headers() + ", content type " + c.contentType()
                        + "\n    input: " + c.what() + (c.invalid() ? " (invalid)" : "")
                        + "\n    body: " + FuzzInputs.printable(c.body() == null ? "" : c.body(), 300)
                        + "\n    → " + response.statusCode() + " "
                        + response.headers().firstValue("Content-Type").orElse("(no content type)") + " "
                        + truncate(response.body(), 400) + "\n"));
        f.count++;
    }

    private static String truncate(String s, int n) {
        return s == null || s.length() <= n ? s : s.substring(0, n) + "…(" + s.length() + ")";
    }

    /** Percent-encodes everything but unreserved characters, so the server gets the value exactly as generated. */
    private static String encode(String value) {
        StringBuilder sb = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~".indexOf(c) >= 0) {
                sb.append((char) c);
            } else {
                sb.append('%').append(String.format("%02X", c));
            }
        }
        return sb.toString();
    }
}
