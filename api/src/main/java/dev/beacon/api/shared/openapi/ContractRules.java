package dev.beacon.api.shared.openapi;

import dev.beacon.api.shared.error.Problem;
import dev.beacon.api.shared.http.Headers;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * The error answers every operation shares, added by rule so the contract says what the server does without
 * hundreds of hand-written annotations (resources declare only what is their own: 409, 422, 423, 429). Registered
 * with {@code mp.openapi.filter}. Rules: a body → 400/413/415; every write → 415 (JSON only, with or without a
 * body); a query parameter or header the server parses, or a path parameter → 400; a secured operation → 401/403; a path with parameters → 404; If-Match → 412 (every write that takes a body {@code version} takes If-Match too); a
 * public GET taking If-None-Match → 304; every operation → 406, 414 (an over-long URI) and 503 (no database
 * connection free in time: nothing changed, Retry-After). Every error is {@code application/problem+json}.
 */
public class ContractRules implements OASFilter {

    static final String PROBLEM_REF = "#/components/schemas/Problem";

    private static final Map<String, String> DESCRIPTIONS = Map.ofEntries(
            Map.entry("304", "Not modified: the tag in If-None-Match is current"),
            Map.entry("400", "Invalid input: malformed JSON, or fields and parameters named in errors[]"),
            Map.entry("401", "No valid bearer token"),
            Map.entry("403", "The caller has no right to do this here"),
            Map.entry("404", "Not found: the site, the item, or a feature the site turned off (feature-off)"),
            Map.entry("405", "Method not allowed"),
            Map.entry("406", "The Accept header excludes what this operation answers"),
            Map.entry("409", "Conflicts with the current state"),
            Map.entry("412", "stale-version: the resource changed since the version named in If-Match or version"),
            Map.entry("413", "The body is larger than the server accepts"),
            Map.entry("414", "uri-too-long: the URI is longer than the server accepts (8192 characters)"),
            Map.entry("415", "The body is not application/json"),
            Map.entry("422", "banned-text: a banned word or pattern, a phone number or an e-mail address"),
            Map.entry("423", "locked: too many wrong attempts"),
            Map.entry("429", "rate-limited: too many in a short time; Retry-After says when to try again"),
            Map.entry(
                    "503",
                    "unavailable: too busy to start on the request (no database connection free in time); nothing"
                            + " was changed, so it is safe to send again after Retry-After"));

    @Override
    public void filterOpenAPI(OpenAPI api) {
        if (api.getPaths() == null) {
            return;
        }
        Map<String, Schema> schemas =
                api.getComponents() == null || api.getComponents().getSchemas() == null
                        ? Map.of()
                        : api.getComponents().getSchemas();
        discriminate(schemas);
        anyJson(schemas);
        api.getPaths().getPathItems().forEach((path, item) -> rules(path, item, schemas));
    }

    private static void rules(String path, PathItem item, Map<String, Schema> schemas) {
        // Field-injected headers and query parameters land on the path; each operation says what it takes.
        List<Parameter> shared = item.getParameters() == null ? List.of() : List.copyOf(item.getParameters());
        List<Parameter> onPath = new ArrayList<>();
        for (Parameter p : shared) {
            if (p.getIn() == Parameter.In.PATH) {
                onPath.add(p);
            }
        }
        item.setParameters(onPath.isEmpty() ? null : onPath);
        item.getOperations().forEach((method, op) -> {
            for (Parameter p : shared) {
                if (p.getIn() != Parameter.In.PATH && find(op, p.getName(), p.getIn()) == null) {
                    op.addParameter(copy(p));
                }
            }
            rules(path, method, op, schemas);
        });
    }

    private static void rules(String path, PathItem.HttpMethod method, Operation op, Map<String, Schema> schemas) {
        boolean secured = op.getSecurity() != null && !op.getSecurity().isEmpty();
        Parameter ifNoneMatch = find(op, HttpHeaders.IF_NONE_MATCH, Parameter.In.HEADER);
        if (ifNoneMatch != null && (method != PathItem.HttpMethod.GET || secured)) {
            // Personal answers and writes are never cached: no tag to revalidate.
            op.removeParameter(ifNoneMatch);
            ifNoneMatch = null;
        }
        Parameter subject = find(op, Headers.SUBJECT, Parameter.In.HEADER);
        if (subject != null) {
            subject.setRequired(true);
            subject.setDescription("The person the channel client acts for, as <channel>:<id> on the caller's own"
                    + " channel, e.g. whatsapp:15550100000; the first request with it creates the profile");
            subject.setSchema(OASFactory.createSchema()
                    .addType(Schema.SchemaType.STRING)
                    .pattern("^[a-z][a-z0-9]{1,19}:\\S{1,200}$"));
        }
        // A path parameter can be malformed too: a number that is none (`/polls/abc`), text with NUL in it.
        boolean parsesInput = op.getRequestBody() != null
                || subject != null
                || path.contains("{")
                || has(op, Parameter.In.QUERY)
                || find(op, HttpHeaders.IF_MATCH, Parameter.In.HEADER) != null;

        APIResponses responses = op.getResponses();
        if (ifNoneMatch != null) {
            add(responses, "304");
        }
        if (parsesInput) {
            add(responses, "400");
        }
        if (secured) {
            add(responses, "401");
            add(responses, "403");
        }
        if (path.contains("{")) {
            add(responses, "404");
        }
        add(responses, "406");
        add(responses, "414");
        add(responses, "503");
        if (find(op, HttpHeaders.IF_MATCH, Parameter.In.HEADER) != null) {
            add(responses, "412");
        }
        if (op.getRequestBody() != null) {
            add(responses, "413");
        }
        if (op.getRequestBody() != null || method != PathItem.HttpMethod.GET) {
            // Every write consumes JSON only (class-level @Consumes), with or without a body of its own.
            add(responses, "415");
        }
        responses.getAPIResponses().forEach((code, response) -> problem(code, response));
        sort(responses);
    }

    /** Every 4xx is a problem document, whatever the annotation that declared it said. */
    private static void problem(String code, APIResponse response) {
        if (!code.startsWith("4") && !code.startsWith("5")) {
            return;
        }
        if (response.getDescription() == null
                || response.getDescription().isBlank()
                || response.getDescription().equals("Bad Request")
                || response.getDescription().equals("Not Authorized")
                || response.getDescription().equals("Not Allowed")) {
            response.setDescription(DESCRIPTIONS.getOrDefault(code, "Error"));
        }
        response.setContent(OASFactory.createContent()
                .addMediaType(
                        Problem.MEDIA_TYPE,
                        OASFactory.createMediaType()
                                .schema(OASFactory.createSchema().ref(PROBLEM_REF))));
        if (code.equals("429") || code.equals("503")) {
            response.addHeader(
                    HttpHeaders.RETRY_AFTER,
                    OASFactory.createHeader()
                            .description("Seconds to wait before trying again")
                            .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)));
        }
        if (code.equals("401")) {
            response.addHeader(
                    HttpHeaders.WWW_AUTHENTICATE,
                    OASFactory.createHeader().schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
        }
    }

    private static void add(APIResponses responses, String code) {
        if (!responses.hasAPIResponse(code)) {
            APIResponse response = OASFactory.createAPIResponse().description(DESCRIPTIONS.get(code));
            responses.addAPIResponse(code, response);
        }
    }

    private static void sort(APIResponses responses) {
        Map<String, APIResponse> sorted = new TreeMap<>(responses.getAPIResponses());
        responses.setAPIResponses(new LinkedHashMap<>(sorted));
    }

    private static Schema resolve(Schema schema, Map<String, Schema> schemas) {
        if (schema != null && schema.getRef() != null && schema.getRef().startsWith("#/components/schemas/")) {
            return schemas.get(schema.getRef().substring("#/components/schemas/".length()));
        }
        return schema;
    }

    /**
     * A oneOf with a discriminator must let exactly one branch match: each branch requires the discriminating
     * property with its own value (Jackson writes it from the type name; the records do not declare it).
     */
    private static void discriminate(Map<String, Schema> schemas) {
        for (Schema parent : schemas.values()) {
            if (parent.getDiscriminator() == null || parent.getDiscriminator().getMapping() == null) {
                continue;
            }
            String property = parent.getDiscriminator().getPropertyName();
            parent.getDiscriminator().getMapping().forEach((value, ref) -> {
                Schema branch = resolve(OASFactory.createSchema().ref(ref), schemas);
                if (branch == null) {
                    return;
                }
                Map<String, Schema> properties = new LinkedHashMap<>();
                properties.put(
                        property,
                        OASFactory.createSchema()
                                .addType(Schema.SchemaType.STRING)
                                .enumeration(List.of(value)));
                if (branch.getProperties() != null) {
                    properties.putAll(branch.getProperties());
                }
                branch.setProperties(properties);
                List<String> required = new ArrayList<>();
                required.add(property);
                if (branch.getRequired() != null) {
                    branch.getRequired().stream()
                            .filter(r -> !r.equals(property))
                            .forEach(required::add);
                }
                branch.setRequired(required);
            });
        }
    }

    /** Jackson's JsonNode is any JSON value (a survey answer), not the bean the scanner sees. */
    private static void anyJson(Map<String, Schema> schemas) {
        Schema node = schemas.get("JsonNode");
        if (node != null) {
            node.setType(null);
            node.setProperties(null);
            node.setDescription("Any JSON value");
        }
    }

    private static boolean has(Operation op, Parameter.In in) {
        return op.getParameters() != null && op.getParameters().stream().anyMatch(p -> p.getIn() == in);
    }

    private static Parameter find(Operation op, String name, Parameter.In in) {
        if (op.getParameters() == null) {
            return null;
        }
        return op.getParameters().stream()
                .filter(p -> p.getIn() == in && name.equalsIgnoreCase(p.getName()))
                .findFirst()
                .orElse(null);
    }

    private static Parameter copy(Parameter p) {
        return OASFactory.createParameter()
                .name(p.getName())
                .in(p.getIn())
                .description(p.getDescription())
                .required(p.getRequired())
                .schema(p.getSchema())
                .style(p.getStyle())
                .explode(p.getExplode());
    }
}
