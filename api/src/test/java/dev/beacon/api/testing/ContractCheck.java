package dev.beacon.api.testing;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Body;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.RestAssuredRequest;
import com.atlassian.oai.validator.restassured.RestAssuredResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.callback.QuarkusTestAfterEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import io.restassured.authentication.PreemptiveOAuth2HeaderScheme;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import jakarta.ws.rs.core.HttpHeaders;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks every REST Assured request a {@code @QuarkusTest} in api makes against the committed contract
 * {@code openapi/beacon-api.yaml}, with Atlassian's swagger-request-validator: the status must be documented for the
 * operation, and the body and headers must match what the contract says for it. A request the server accepted (an
 * answer below 400) must also be one the contract accepts. Registered for every test through
 * {@code META-INF/services}: before each test method the filter is installed, after it removed.
 *
 * <p>The committed file, not what the code serves, is the reference: a test fails when the code answers something
 * the committed contract does not describe. The validator reads OpenAPI 3.0 only; {@link #translated} rewrites the
 * 3.1 constructs the file uses when it is loaded.
 *
 * <p>What is not checked, and why (the whitelist; keep it short):
 *
 * <ul>
 *   <li>{@code /q/...}: Quarkus's operations endpoints (health, metrics, the OpenAPI document itself, Swagger UI)
 *       are not part of the REST contract;
 *   <li>{@code /graphql...}: GraphQL has its own contract, {@code openapi/schema.graphql}, checked by ContractTest;
 *   <li>{@code OPTIONS}: answered by the HTTP layer for every route ({@code 204} with {@code Allow}), not an
 *       operation of the contract;
 *   <li>a request to a path or method the contract does not have, answered {@code 404 route-not-found} or
 *       {@code 405 method-not-allowed}: the server refusing what the contract does not offer (any other answer to
 *       it fails);
 *   <li>a multipart/form-data body (media uploads): the validator cannot read one from REST Assured, so its parts
 *       are not checked (the answer is);
 *   <li>a request the server refused (4xx): its request is not checked, since tests send malformed requests on
 *       purpose; its answer is;
 *   <li>{@code /api/v1/sites/{site}/paths/{path}}: the path of slugs spans several segments, which an OpenAPI path
 *       parameter cannot; it is checked as one segment;
 *   <li>{@code TRUE}, {@code False}...: the server reads booleans in any case, the validator only as JSON writes
 *       them; they are checked lower-cased;
 *   <li>a {@code pattern} written with Java's Unicode classes ({@code \p{Ll}}): the validator's ECMAScript regex
 *       engine cannot compile them, so those patterns are dropped when the contract is loaded (the server still
 *       checks them).
 * </ul>
 */
public class ContractCheck implements QuarkusTestBeforeEachCallback, QuarkusTestAfterEachCallback {

    /** The answers that refuse a path or method outside the contract. */
    private static final Set<Integer> REFUSED_ROUTE = Set.of(404, 405);

    private static final Pattern BY_PATH = Pattern.compile("(/api/v1/sites/[^/]+/paths/)(.+)");

    private static final Set<String> NO_SUCH_ROUTE =
            Set.of("validation.request.path.missing", "validation.request.operation.notAllowed");

    /**
     * {@code -DcontractSurvey=<file>}: write every mismatch to that file instead of failing the test, to see
     * them all in one run of the suite (a failing test otherwise hides the requests it would have made next).
     */
    private static final String SURVEY = System.getProperty("contractSurvey");

    private static volatile Filter filter;

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        List<Filter> filters = new ArrayList<>(RestAssured.filters());
        filters.removeIf(f -> f instanceof Check);
        filters.add(filter());
        RestAssured.replaceFiltersWith(filters);
    }

    @Override
    public void afterEach(QuarkusTestMethodContext context) {
        List<Filter> filters = new ArrayList<>(RestAssured.filters());
        filters.removeIf(f -> f instanceof Check);
        RestAssured.replaceFiltersWith(filters);
    }

    /** The filter that checks requests against the committed contract (loaded once). */
    public static Filter filter() {
        if (filter == null) {
            synchronized (ContractCheck.class) {
                if (filter == null) {
                    filter = new Check(validator(committed()), SURVEY != null);
                }
            }
        }
        return filter;
    }

    /** A filter checking against the given contract (OpenAPI 3.1 YAML), e.g. to prove the check fails. */
    public static Filter filter(String contract) {
        return new Check(validator(contract), false);
    }

    private static OpenApiInteractionValidator validator(String contract) {
        return OpenApiInteractionValidator.createForInlineApiSpecification(translated(contract))
                .build();
    }

    private static String committed() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("openapi/beacon-api.yaml"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException(
                    "openapi/beacon-api.yaml not found above " + Path.of("").toAbsolutePath());
        }
        try {
            return Files.readString(dir.resolve("openapi/beacon-api.yaml"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * OpenAPI 3.1 to the 3.0 the validator reads: the version; {@code type: [x, "null"]} to {@code nullable};
     * a schema's {@code examples} list to {@code example}; numeric {@code exclusiveMinimum}/{@code exclusiveMaximum}
     * to the boolean form; {@code const} to a one-value {@code enum}; Java-only {@code \p{..}} patterns dropped.
     */
    public static String translated(String yaml) {
        try {
            JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(yaml);
            ((ObjectNode) root).put("openapi", "3.0.3");
            walk(root);
            return new ObjectMapper().writeValueAsString(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void walk(JsonNode node) {
        if (node instanceof ObjectNode o) {
            translate(o);
        }
        for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
            walk(it.next());
        }
    }

    private static void translate(ObjectNode o) {
        if (o.get("type") instanceof ArrayNode types) {
            List<String> kept = new ArrayList<>();
            boolean nullable = false;
            for (JsonNode t : types) {
                if (t.asText().equals("null")) {
                    nullable = true;
                } else {
                    kept.add(t.asText());
                }
            }
            o.remove("type");
            if (kept.size() == 1) {
                o.put("type", kept.get(0));
            }
            if (nullable) {
                o.put("nullable", true);
            }
        }
        if (o.get("examples") instanceof ArrayNode examples) {
            o.remove("examples");
            if (!examples.isEmpty()) {
                o.set("example", examples.get(0));
            }
        }
        for (String bound : List.of("Minimum", "Maximum")) {
            JsonNode exclusive = o.get("exclusive" + bound);
            if (exclusive != null && exclusive.isNumber()) {
                o.set(bound.toLowerCase(Locale.ROOT), exclusive);
                o.put("exclusive" + bound, true);
            }
        }
        JsonNode constant = o.get("const");
        if (constant != null && constant.isValueNode()) {
            o.remove("const");
            o.putArray("enum").add(constant);
        }
        JsonNode pattern = o.get("pattern");
        if (pattern != null && pattern.isTextual() && pattern.asText().contains("\\p{")) {
            o.remove("pattern");
        }
    }

    private static synchronized void survey(String failure) {
        try {
            Files.writeString(
                    Path.of(SURVEY),
                    failure + "\n\n",
                    StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The REST Assured filter: sends the request, then checks the exchange. */
    private static final class Check implements Filter {

        private final OpenApiInteractionValidator validator;
        private final boolean survey;

        Check(OpenApiInteractionValidator validator, boolean survey) {
            this.validator = validator;
            this.survey = survey;
        }

        @Override
        public Response filter(
                FilterableRequestSpecification request,
                FilterableResponseSpecification responseSpec,
                FilterContext context) {
            Response response = context.next(request, responseSpec);
            Request asked = authorized(RestAssuredRequest.of(request), request);
            String path = asked.getPath();
            asked = oneSegment(asked);
            if (!(asked instanceof Rerouted)) {
                asked = new Rerouted(asked, asked.getPath());
            }
            if (path.startsWith("/q/")
                    || path.startsWith("/graphql")
                    || request.getMethod().equals("OPTIONS")) {
                return response;
            }
            ValidationReport report =
                    validator.validateResponse(asked.getPath(), asked.getMethod(), RestAssuredResponse.of(response));
            int status = response.getStatusCode();
            if (REFUSED_ROUTE.contains(status) && onlyNoSuchRoute(report)) {
                return response;
            }
            if (status < 400) {
                ValidationReport requestReport = validator.validateRequest(asked);
                if (!request.getMultiPartParams().isEmpty()) {
                    // the validator reads no multipart body from REST Assured: the parts are not checked here
                    requestReport = ValidationReport.from(requestReport.getMessages().stream()
                            .filter(m -> !m.getKey().equals("validation.request.body.missing"))
                            .toList());
                }
                report = report.merge(requestReport);
            }
            if (report.hasErrors()) {
                String failure = "The committed contract openapi/beacon-api.yaml does not describe "
                        + request.getMethod() + " " + excerpt(path, 300) + " → " + status + ":\n"
                        + describe(report) + "\nbody: " + excerpt(response.asString(), 600);
                if (survey) {
                    survey(failure);
                    return response;
                }
                throw new AssertionError(failure);
            }
            return response;
        }

        /**
         * {@code GET /api/v1/sites/{site}/paths/{path}} takes a path of slugs ({@code health/tips}) in one parameter,
         * which OpenAPI cannot say (a path parameter is one segment): the slugs are checked as one segment.
         */
        private static Request oneSegment(Request asked) {
            Matcher m = BY_PATH.matcher(asked.getPath());
            if (!m.matches() || !m.group(2).contains("/")) {
                return asked;
            }
            return new Rerouted(asked, m.group(1) + m.group(2).replace("/", "%2F"));
        }

        /**
         * REST Assured adds a preemptive bearer token ({@code auth().oauth2(token)}) below the filters; the
         * validator must see it to check the operation's security.
         */
        private static Request authorized(Request asked, FilterableRequestSpecification request) {
            if (request.getAuthenticationScheme() instanceof PreemptiveOAuth2HeaderScheme bearer
                    && asked.getHeaderValues(HttpHeaders.AUTHORIZATION).isEmpty()) {
                return new Rerouted(
                        asked, asked.getPath(), HttpHeaders.AUTHORIZATION, "Bearer " + bearer.getAccessToken());
            }
            return asked;
        }

        private static boolean onlyNoSuchRoute(ValidationReport report) {
            return report.hasErrors()
                    && report.getMessages().stream()
                            .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                            .allMatch(m -> NO_SUCH_ROUTE.contains(m.getKey()));
        }

        private static String describe(ValidationReport report) {
            return report.getMessages().stream()
                    .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                    .map(m -> "  [" + m.getKey() + "] " + m.getMessage()
                            + (m.getAdditionalInfo().isEmpty() ? "" : " " + m.getAdditionalInfo()))
                    .collect(Collectors.joining("\n"));
        }

        private static String excerpt(String text, int max) {
            return text == null || text.length() <= max ? String.valueOf(text) : text.substring(0, max) + "…";
        }
    }

    /** A request seen with another path, or with one more header. */
    private record Rerouted(Request delegate, String path, String name, String value) implements Request {

        Rerouted(Request delegate, String path) {
            this(delegate, path, null, null);
        }

        @Override
        public String getPath() {
            return path;
        }

        @Override
        public Method getMethod() {
            return delegate.getMethod();
        }

        @Override
        public Optional<String> getBody() {
            return delegate.getBody();
        }

        @Override
        public Optional<Body> getRequestBody() {
            return delegate.getRequestBody();
        }

        @Override
        public Collection<String> getQueryParameters() {
            return delegate.getQueryParameters();
        }

        /** The server reads booleans in any case ({@code StrictParameters.bool}); the validator only JSON's. */
        @Override
        public Collection<String> getQueryParameterValues(String parameter) {
            return delegate.getQueryParameterValues(parameter).stream()
                    .map(v ->
                            v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false") ? v.toLowerCase(Locale.ROOT) : v)
                    .toList();
        }

        @Override
        public Map<String, Collection<String>> getHeaders() {
            if (name == null) {
                return delegate.getHeaders();
            }
            Map<String, Collection<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            headers.putAll(delegate.getHeaders());
            headers.put(name, List.of(value));
            return headers;
        }

        @Override
        public Collection<String> getHeaderValues(String header) {
            return name != null && header.equalsIgnoreCase(name) ? List.of(value) : delegate.getHeaderValues(header);
        }

        @Override
        public Optional<String> getContentType() {
            return delegate.getContentType();
        }
    }
}
