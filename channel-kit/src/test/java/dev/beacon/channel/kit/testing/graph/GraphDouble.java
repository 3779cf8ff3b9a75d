package dev.beacon.channel.kit.testing.graph;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.beacon.channel.kit.testing.LoopbackServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A local stand-in for Meta's Graph API, for tests and the demo: the Messenger Send API ({@code POST
 * /{version}/me/messages}), the Messenger Profile API ({@code /{version}/me/messenger_profile}) and the User
 * Profile API ({@code GET /{version}/{psid}}), and WhatsApp's Cloud API ({@code POST /{version}/{phone number id}/messages}:
 * text, interactive buttons and lists, images, templates, read receipts; {@link WhatsAppChecks}). It records every call, refuses what Meta would refuse (the documented
 * limits, in Meta's error shape), and can be told to fail the next calls (429, 5xx) or that a person blocked the
 * page. Loopback only; it holds no secrets and checks none beyond "a token was sent".
 *
 * <p>For the demo's chat simulator: {@code GET /_double/messages?recipient=<psid>&after=<n>} lists what was sent to a
 * person (JSON array of {@code {"n":…,"body":…}}).
 *
 * <p>Run alone: {@code java -cp <channel-kit tests jar>:<its dependencies> dev.beacon.channel.kit.testing.graph.GraphDouble
 * [port]}.
 */
public final class GraphDouble implements AutoCloseable {

    private static final Pattern SEND = Pattern.compile("/v[0-9.]+/me/messages");
    private static final Pattern PROFILE = Pattern.compile("/v[0-9.]+/me/messenger_profile");
    private static final Pattern USER = Pattern.compile("/v[0-9.]+/([0-9]+)");
    private static final Pattern WHATSAPP = Pattern.compile("/v[0-9.]+/([0-9]+)/messages");

    /** One call the double took (whatever it answered), and when ({@link System#nanoTime()}, for benchmarks). */
    public record Call(
            long n, String method, String path, String accessToken, JsonNode body, int status, long nanoTime) {}

    /** A failure to answer instead of the next calls: status, Meta's code, and an optional Retry-After. */
    private record Fault(GraphError error, String retryAfter) {}

    private final HttpServer server;
    private final SendChecks checks = new SendChecks(MessengerLimits.META);
    private final List<Call> calls = new ArrayList<>();
    private final Deque<Fault> faults = new ArrayDeque<>();
    private final Set<String> blocked = ConcurrentHashMap.newKeySet();
    private final Map<String, Map<String, Object>> users = new ConcurrentHashMap<>();
    private final Map<String, ObjectNode> profiles = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();
    private final Set<String> windowClosed = ConcurrentHashMap.newKeySet();
    private final List<ObjectNode> statuses = new ArrayList<>();
    private final Map<String, Integer> templates = new ConcurrentHashMap<>();

    private GraphDouble(HttpServer server) {
        this.server = server;
    }

    /** Starts on a free loopback port. */
    public static GraphDouble start() {
        return start(0);
    }

    public static GraphDouble start(int port) {
        GraphDouble[] graph = new GraphDouble[1];
        HttpServer server = LoopbackServer.start(port, "graph-double", exchange -> graph[0].handle(exchange));
        graph[0] = new GraphDouble(server);
        return graph[0];
    }

    /**
     * {@code [port] [site URL…]}: each site URL (the api's public {@code GET /api/v1/sites/<site>}) is read once and its
     * WhatsApp templates approved, as the site's admins would have had them approved in WhatsApp Manager.
     */
    public static void main(String[] args) throws Exception {
        GraphDouble graph = start(args.length > 0 ? Integer.parseInt(args[0]) : 0);
        for (int i = 1; i < args.length; i++) {
            System.out.println(
                    "Approved the WhatsApp templates of " + args[i] + ": " + graph.approveTemplatesOf(args[i]));
        }
        LoopbackServer.runAlone("Graph API double", graph.url(), graph);
    }

    /**
     * Approves every WhatsApp template the site at {@code siteUrl} names ({@code whatsapp.templates} of the api's
     * public site response: name, language and as many placeholders as parameters); returns their names.
     */
    public List<String> approveTemplatesOf(String siteUrl) throws IOException, InterruptedException {
        java.net.http.HttpResponse<String> site = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(URI.create(siteUrl))
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
        if (site.statusCode() != 200) {
            throw new IOException(siteUrl + " answered " + site.statusCode());
        }
        List<String> approved = new ArrayList<>();
        for (JsonNode template :
                Json.MAPPER.readTree(site.body()).path("whatsapp").path("templates")) {
            String name = template.path("name").asText();
            String language = template.path("language").asText();
            approveTemplate(name, language, template.path("parameters").size());
            approved.add(name + "|" + language);
        }
        return approved;
    }

    /** Base URL, e.g. {@code http://127.0.0.1:41234}; the adapter appends {@code /v23.0/me/messages}. */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The next {@code times} calls answer {@code status} (429: Meta's rate limit; 5xx: unexpected error). */
    public synchronized GraphDouble failNext(int times, int status, String retryAfter) {
        for (int i = 0; i < times; i++) {
            faults.add(new Fault(status == 429 ? GraphError.rateLimited() : GraphError.unexpected(status), retryAfter));
        }
        return this;
    }

    /**
     * The next {@code times} WhatsApp sends are refused with {@code code}: 130429 (throughput) or 131056 (pair rate),
     * HTTP 400 in WhatsApp's shape, as the Cloud API answers them at once.
     */
    public synchronized GraphDouble failNextWhatsApp(int times, int code) {
        for (int i = 0; i < times; i++) {
            faults.add(
                    new Fault(code == 130429 ? GraphError.whatsappThroughput() : GraphError.whatsappPairRate(), null));
        }
        return this;
    }

    /**
     * More than 24 hours since this person wrote, as WhatsApp sees it: a free-form message to them is accepted (200,
     * a wamid) and then fails, as the Cloud API reports it, with a {@code failed} status, error 131047 (see
     * {@link #takeStatuses()}); templates go out.
     */
    public GraphDouble windowClosed(String waId, boolean closed) {
        if (closed) {
            windowClosed.add(waId);
        } else {
            windowClosed.remove(waId);
        }
        return this;
    }

    /**
     * WhatsApp approved the template {@code name} in {@code language} with a body of {@code parameters} placeholders:
     * from now on it may be sent. A template the double was not told of is refused with 132001, one with another
     * number of parameters with 132000 (as the Cloud API refuses them). Kept across {@link #reset()}, like users.
     */
    public GraphDouble approveTemplate(String name, String language, int parameters) {
        templates.put(name + "|" + language, parameters);
        return this;
    }

    /**
     * The statuses WhatsApp would report for what was sent since the last call ({@code sent} for every accepted
     * message, {@code failed} 131047 for free-form messages to a person whose window is closed), as the
     * {@code value.statuses[]} items of a Cloud API webhook, and forgets them.
     */
    public synchronized List<ObjectNode> takeStatuses() {
        List<ObjectNode> out = List.copyOf(statuses);
        statuses.clear();
        return out;
    }

    /** Cloud API sends to {@code waId} that WhatsApp accepted (read receipts aside), in the order they arrived. */
    public synchronized List<JsonNode> whatsappSentTo(String waId) {
        return calls.stream()
                .filter(c -> c.status() == 200 && WHATSAPP.matcher(c.path()).matches())
                .filter(c -> waId.equals(c.body().path("to").asText()))
                .map(Call::body)
                .toList();
    }

    /** Read receipts sent for the person's message {@code wamid}. */
    public synchronized long readReceipts(String wamid) {
        return calls.stream()
                .filter(c -> c.status() == 200 && WHATSAPP.matcher(c.path()).matches())
                .filter(c -> wamid.equals(c.body().path("message_id").asText()))
                .count();
    }

    /** Sends to this person are refused as Meta refuses them for someone who blocked the page. */
    public GraphDouble blocks(String psid) {
        blocked.add(psid);
        return this;
    }

    /** What the User Profile API answers for this person (e.g. {@code locale} = {@code pt_BR}). */
    public GraphDouble user(String psid, String firstName, String locale) {
        Map<String, Object> user = new LinkedHashMap<>();
        user.put("first_name", firstName);
        user.put("locale", locale);
        user.put("id", psid);
        users.put(psid, user);
        return this;
    }

    public synchronized List<Call> calls() {
        return List.copyOf(calls);
    }

    /** Send API calls to {@code psid} that Meta accepted, in the order they arrived. */
    public synchronized List<JsonNode> sentTo(String psid) {
        return calls.stream()
                .filter(c -> c.status() == 200 && SEND.matcher(c.path()).matches())
                .filter(c -> psid.equals(c.body().path("recipient").path("id").asText()))
                .map(Call::body)
                .toList();
    }

    /** The Messenger Profile the page has now (Get Started, greeting, persistent menu), by page token. */
    public ObjectNode profile(String accessToken) {
        return profiles.get(accessToken);
    }

    public synchronized void reset() {
        calls.clear();
        faults.clear();
        blocked.clear();
        profiles.clear();
        windowClosed.clear();
        statuses.clear();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            URI uri = exchange.getRequestURI();
            String path = uri.getPath();
            Map<String, String> query = query(uri.getRawQuery());
            if (path.equals("/_double/messages")) {
                answer(exchange, 200, Json.write(sentSince(query.get("recipient"), query.get("after"))));
                return;
            }
            byte[] raw = exchange.getRequestBody().readAllBytes();
            String token = query.get("access_token");
            String bearer = exchange.getRequestHeaders().getFirst("Authorization");
            if (token == null && bearer != null && bearer.startsWith("Bearer ")) {
                token = bearer.substring(7);
            }
            JsonNode body;
            try {
                body = raw.length == 0 ? Json.MAPPER.createObjectNode() : Json.MAPPER.readTree(raw);
            } catch (IOException notJson) {
                reply(
                        exchange,
                        path,
                        token,
                        Json.MAPPER.createObjectNode(),
                        GraphError.param("Invalid JSON body"),
                        null);
                return;
            }
            String method = exchange.getRequestMethod();
            Fault fault = nextFault();
            if (fault != null) {
                reply(exchange, path, token, body, fault.error(), fault.retryAfter());
            } else if (token == null || token.isBlank()) {
                reply(exchange, path, token, body, GraphError.badToken(), null);
            } else if (method.equals("POST") && SEND.matcher(path).matches()) {
                send(exchange, path, token, body);
            } else if (method.equals("POST") && WHATSAPP.matcher(path).matches()) {
                whatsapp(exchange, path, token, body);
            } else if (PROFILE.matcher(path).matches()) {
                profile(exchange, method, path, token, body);
            } else if (method.equals("GET") && USER.matcher(path).matches()) {
                Matcher m = USER.matcher(path);
                m.matches();
                Map<String, Object> user = users.get(m.group(1));
                if (user == null) {
                    reply(exchange, path, token, body, GraphError.noSuchUser(), null);
                } else {
                    record(method, path, token, body, 200);
                    answer(exchange, 200, Json.write(user));
                }
            } else {
                reply(
                        exchange,
                        path,
                        token,
                        body,
                        new GraphError(400, "Unknown path components: " + path, 2500, 0),
                        null);
            }
        }
    }

    private void send(HttpExchange exchange, String path, String token, JsonNode body) throws IOException {
        GraphError problem = checks.check(body);
        String psid = body.path("recipient").path("id").asText();
        if (problem == null && blocked.contains(psid)) {
            problem = GraphError.unavailable();
        }
        if (problem != null) {
            reply(exchange, path, token, body, problem, null);
            return;
        }
        record("POST", path, token, body, 200);
        Map<String, Object> ok = new LinkedHashMap<>();
        ok.put("recipient_id", psid);
        if (!body.has("sender_action")) {
            ok.put("message_id", "m_double_" + ids.incrementAndGet());
        }
        answer(exchange, 200, Json.write(ok));
    }

    private void whatsapp(HttpExchange exchange, String path, String token, JsonNode body) throws IOException {
        GraphError problem = WhatsAppChecks.check(body);
        if (problem == null && "template".equals(body.path("type").asText())) {
            problem = WhatsAppChecks.approved(body.path("template"), templates);
        }
        if (problem != null) {
            reply(exchange, path, token, body, problem, null);
            return;
        }
        record("POST", path, token, body, 200);
        if (body.has("status")) {
            answer(exchange, 200, "{\"success\":true}");
            return;
        }
        String to = body.path("to").asText();
        String wamid = "wamid.double_" + ids.incrementAndGet();
        boolean refused = windowClosed.contains(to)
                && !"template".equals(body.path("type").asText());
        synchronized (this) {
            statuses.add(status(wamid, to, refused ? "failed" : "sent"));
        }
        answer(
                exchange,
                200,
                "{\"messaging_product\":\"whatsapp\",\"contacts\":[{\"input\":" + Json.quote(to) + ",\"wa_id\":"
                        + Json.quote(to) + "}],\"messages\":[{\"id\":" + Json.quote(wamid) + "}]}");
    }

    private static ObjectNode status(String wamid, String to, String status) {
        ObjectNode s = Json.MAPPER
                .createObjectNode()
                .put("id", wamid)
                .put("status", status)
                .put("timestamp", Long.toString(System.currentTimeMillis() / 1000))
                .put("recipient_id", to);
        if (status.equals("failed")) {
            s.putArray("errors")
                    .addObject()
                    .put("code", 131047)
                    .put("title", "Re-engagement message")
                    .put("message", "Re-engagement message")
                    .putObject("error_data")
                    .put(
                            "details",
                            "Message failed to send because more than 24 hours have passed since the customer last"
                                    + " replied to this number.");
        }
        return s;
    }

    private void profile(HttpExchange exchange, String method, String path, String token, JsonNode body)
            throws IOException {
        ObjectNode current = profiles.computeIfAbsent(token, t -> Json.MAPPER.createObjectNode());
        if (method.equals("GET")) {
            record(method, path, token, body, 200);
            answer(exchange, 200, "{\"data\":[" + Json.write(current) + "]}");
            return;
        }
        if (method.equals("POST")) {
            GraphError problem = checks.checkProfile(body);
            if (problem == null
                    && body.has("persistent_menu")
                    && !body.has("get_started")
                    && !current.has("get_started")) {
                // Meta: the persistent menu needs the Get Started button.
                problem =
                        GraphError.param("You must set a Get Started button if you also wish to use persistent menu.");
            }
            if (problem != null) {
                reply(exchange, path, token, body, problem, null);
                return;
            }
            synchronized (current) {
                current.setAll((ObjectNode) body);
            }
        } else if (method.equals("DELETE")) {
            synchronized (current) {
                body.path("fields").forEach(f -> current.remove(f.asText()));
            }
        }
        record(method, path, token, body, 200);
        answer(exchange, 200, "{\"result\":\"success\"}");
    }

    private synchronized List<Map<String, Object>> sentSince(String psid, String after) {
        long from = after == null ? 0 : Long.parseLong(after);
        List<Map<String, Object>> out = new ArrayList<>();
        for (Call c : calls) {
            boolean messenger = SEND.matcher(c.path()).matches()
                    && c.body().path("recipient").path("id").asText().equals(psid);
            boolean whatsapp = WHATSAPP.matcher(c.path()).matches()
                    && c.body().path("to").asText().equals(psid);
            if (c.n() > from && c.status() == 200 && (messenger || whatsapp)) {
                Map<String, Object> item = new HashMap<>();
                item.put("n", c.n());
                item.put("body", c.body());
                out.add(item);
            }
        }
        return out;
    }

    private synchronized Fault nextFault() {
        return faults.poll();
    }

    private synchronized void record(String method, String path, String token, JsonNode body, int status) {
        calls.add(new Call(calls.size() + 1, method, path, token, body, status, System.nanoTime()));
    }

    private void reply(
            HttpExchange exchange, String path, String token, JsonNode body, GraphError error, String retryAfter)
            throws IOException {
        record(exchange.getRequestMethod(), path, token, body, error.status());
        if (retryAfter != null) {
            exchange.getResponseHeaders().add("Retry-After", retryAfter);
        }
        answer(exchange, error.status(), error.json("double-" + Long.toHexString(ids.incrementAndGet())));
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json; charset=UTF-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> out = new HashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    out.put(
                            URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return out;
    }
}
