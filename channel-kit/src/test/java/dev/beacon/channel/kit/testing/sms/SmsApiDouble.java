package dev.beacon.channel.kit.testing.sms;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.beacon.channel.kit.testing.LoopbackServer;
import dev.beacon.text.SmsCount;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A local stand-in for Africa's Talking's SMS API ({@code POST /version1/messaging}), for tests and the demo. It
 * answers as the public documentation describes (developers.africastalking.com, "SMS → Sending"): form-encoded
 * {@code username}, {@code to} (comma-separated), {@code message}, optional {@code from}; the key in the {@code apiKey}
 * header; {@code 201} with {@code {"SMSMessageData":{"Message":"Sent to n/m Total Cost: …","Recipients":[{
 * "statusCode","number","status","cost","messageId"}]}}}; per recipient {@code 101 Success}, {@code 403
 * InvalidPhoneNumber} (not {@code +} and digits) or {@code 406 UserInBlacklist} (a number that opted out with the
 * operator); {@code 401} "The supplied authentication is invalid" for a wrong key; {@code 400} for a missing field. It
 * records what would have been sent (with its GSM-7/UCS-2 parts) and can be told to fail the next calls (429, 5xx).
 *
 * <p>{@code GET /_double/messages?to=<number>} (or {@code ?recipient=<digits>&after=<n>}, as the chat simulator's
 * phone inbox reads it) lists what was sent to a number (for the demo).
 *
 * <p>Run alone: {@code java -cp <channel-kit tests jar>:<its dependencies>
 * dev.beacon.channel.kit.testing.sms.SmsApiDouble [port] [apiKey]}.
 */
public final class SmsApiDouble implements AutoCloseable {

    /** One SMS that would have gone out. */
    public record Sent(long n, String to, String from, String message, SmsCount count) {}

    private record Fault(int status, String retryAfter) {}

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final String username;
    private final String apiKey;
    private final List<Sent> sent = new ArrayList<>();
    private final Deque<Fault> faults = new ArrayDeque<>();
    private final Set<String> blacklisted = ConcurrentHashMap.newKeySet();
    private final AtomicLong ids = new AtomicLong();
    private int calls;

    private SmsApiDouble(int port, String username, String apiKey) {
        this.username = username;
        this.apiKey = apiKey;
        this.server = LoopbackServer.start(port, "sms-api-double", this::handle);
    }

    /** On a free loopback port, accepting {@code username} with {@code apiKey}. */
    public static SmsApiDouble start(String username, String apiKey) {
        return new SmsApiDouble(0, username, apiKey);
    }

    public static void main(String[] args) throws InterruptedException {
        SmsApiDouble sms = new SmsApiDouble(
                args.length > 0 ? Integer.parseInt(args[0]) : 0,
                "sandbox",
                args.length > 1 ? args[1] : "demo-sms-api-key");
        LoopbackServer.runAlone("SMS API double", sms.url(), sms);
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Everything sent so far, in order. */
    public synchronized List<Sent> sent() {
        return List.copyOf(sent);
    }

    public synchronized List<Sent> sentTo(String number) {
        return sent.stream().filter(s -> s.to().equals(number)).toList();
    }

    /** Calls answered so far (failed ones included). */
    public synchronized int calls() {
        return calls;
    }

    /** The next {@code times} calls answer {@code status} (429 with {@code retryAfter} seconds, or a 5xx). */
    public synchronized SmsApiDouble failNext(int times, int status, String retryAfter) {
        for (int i = 0; i < times; i++) {
            faults.add(new Fault(status, retryAfter));
        }
        return this;
    }

    /** Forgets the failures it was told to answer: the next calls are answered normally. */
    public synchronized SmsApiDouble healthy() {
        faults.clear();
        return this;
    }

    /** The operator refuses this number (the person opted out with it): status 406 UserInBlacklist. */
    public SmsApiDouble blacklist(String number) {
        blacklisted.add(number);
        return this;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if ("GET".equals(exchange.getRequestMethod()) && path.equals("/_double/messages")) {
                Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
                // ?to=+254… (the demo's own link) or ?recipient=254…&after=n (the chat simulator's phone inbox)
                String to =
                        query.containsKey("recipient") ? "+" + query.get("recipient") : query.getOrDefault("to", "");
                long after = query.getOrDefault("after", "0").matches("[0-9]{1,18}")
                        ? Long.parseLong(query.get("after"))
                        : 0;
                ArrayNode list = JSON.createArrayNode();
                for (Sent sms : sentTo(to)) {
                    if (sms.n() > after) {
                        ObjectNode item = list.addObject().put("n", sms.n()).put("message", sms.message());
                        item.putObject("body").put("from", sms.from()).put("message", sms.message());
                    }
                }
                reply(exchange, 200, "application/json", list.toString());
                return;
            }
            if (!"POST".equals(exchange.getRequestMethod()) || !path.equals("/version1/messaging")) {
                reply(exchange, 404, "text/plain", "Not found");
                return;
            }
            Fault fault;
            synchronized (this) {
                calls++;
                fault = faults.poll();
            }
            if (fault != null) {
                if (fault.retryAfter() != null) {
                    exchange.getResponseHeaders().add("Retry-After", fault.retryAfter());
                }
                reply(exchange, fault.status(), "text/plain", fault.status() == 429 ? "Too Many Requests" : "Error");
                return;
            }
            if (!apiKey.equals(exchange.getRequestHeaders().getFirst("apiKey"))) {
                reply(exchange, 401, "text/plain", "The supplied authentication is invalid");
                return;
            }
            Map<String, String> form =
                    form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            for (String field : new String[] {"username", "to", "message"}) {
                if (form.getOrDefault(field, "").isBlank()) {
                    reply(exchange, 400, "text/plain", "Request is missing required form field '" + field + "'");
                    return;
                }
            }
            if (!username.equals(form.get("username"))) {
                reply(exchange, 401, "text/plain", "The supplied authentication is invalid");
                return;
            }
            reply(exchange, 201, "application/json", recipients(form));
        }
    }

    private String recipients(Map<String, String> form) {
        ObjectNode answer = JSON.createObjectNode();
        ObjectNode data = answer.putObject("SMSMessageData");
        ArrayNode recipients = JSON.createArrayNode();
        int ok = 0;
        String[] numbers = form.get("to").split(",");
        for (String raw : numbers) {
            String number = raw.strip();
            ObjectNode r = recipients.addObject();
            if (!number.matches("\\+[0-9]{6,15}")) {
                r.put("statusCode", 403).put("number", number).put("status", "InvalidPhoneNumber");
                r.put("cost", "0").put("messageId", "None");
            } else if (blacklisted.contains(number)) {
                r.put("statusCode", 406).put("number", number).put("status", "UserInBlacklist");
                r.put("cost", "0").put("messageId", "None");
            } else {
                SmsCount count = SmsCount.of(form.get("message"));
                long n;
                synchronized (this) {
                    n = ids.incrementAndGet();
                    sent.add(new Sent(n, number, form.get("from"), form.get("message"), count));
                }
                r.put("statusCode", 101).put("number", number).put("status", "Success");
                r.put("cost", "KES " + (0.8 * count.parts())).put("messageId", "ATXid_" + n);
                ok++;
            }
        }
        data.put("Message", "Sent to " + ok + "/" + numbers.length + " Total Cost: KES 0");
        data.set("Recipients", recipients);
        return answer.toString();
    }

    private static Map<String, String> form(String body) {
        Map<String, String> form = new LinkedHashMap<>();
        if (body == null || body.isEmpty()) {
            return form;
        }
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            form.put(key, value);
        }
        return form;
    }

    private static void reply(HttpExchange exchange, int status, String type, String body) throws IOException {
        LoopbackServer.reply(exchange, status, type + "; charset=utf-8", body.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
