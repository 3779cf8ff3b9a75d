package dev.beacon.channel.kit.testing.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.beacon.channel.kit.testing.LoopbackServer;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A local stand-in for the Telegram Bot API ({@code POST /bot<token>/<method>} with a JSON body), for tests and the
 * demo. It records every call and refuses what Telegram refuses, in Telegram's shape
 * ({@code {"ok":false,"error_code":400,"description":"Bad Request: …"}}): a text over 4,096 characters after entity
 * parsing ("message is too long"), HTML that does not parse (an unknown or unclosed tag, a bare {@code <} or
 * {@code &}: "can't parse entities"), a {@code callback_data} over 64 bytes ("BUTTON_DATA_INVALID"), a caption over
 * 1,024, a wrong token (401 "Unauthorized"). It keeps the messages it sent, so {@code editMessageText} answers as
 * Telegram does: the edited message, or "message to edit not found", "there is no text in the message to edit" (a
 * photo), "message is not modified…" (same text and keyboard); {@code sendPhoto} needs an HTTP(S) URL or a file id
 * ("wrong file identifier/HTTP URL specified"; the double does not fetch the URL). Told to, it answers the next calls
 * with {@code 429} and {@code parameters.retry_after} as Telegram does, or a 5xx, or answers every call slowly (and
 * counts how many calls for one chat it held at once).
 *
 * <p>{@code GET /_double/messages?recipient=<chat id>&after=<n>} lists what was sent to a chat (sendMessage,
 * sendPhoto, editMessageText; with the method and the message_id), for the chat simulator.
 *
 * <p>Run alone: {@code java -cp <channel-kit tests jar>:<its dependencies>
 * dev.beacon.channel.kit.testing.telegram.BotApiDouble [port] [token]}.
 */
public final class BotApiDouble implements AutoCloseable {

    /** One call: the method, its JSON body, the HTTP status and Telegram's {@code result} (a Message) when ok. */
    public record Call(long n, String method, JsonNode body, int status, JsonNode result) {

        /** The message_id of the message sent or edited, 0 when none. */
        public long messageId() {
            return result == null ? 0 : result.path("message_id").asLong(0);
        }
    }

    private record Fault(int status, int retryAfter) {}

    /** A message the bot sent: whether it has text (a photo has none), its text and keyboard. */
    private record Kept(boolean hasText, String text, JsonNode keyboard) {}

    private static final Pattern PATH = Pattern.compile("/bot([^/]+)/([A-Za-z]+)");
    private static final Pattern TAG = Pattern.compile("</?([a-z-]+)(\\s[^>]*)?>");
    private static final Set<String> TAGS = Set.of(
            "b",
            "strong",
            "i",
            "em",
            "u",
            "ins",
            "s",
            "strike",
            "del",
            "a",
            "code",
            "pre",
            "tg-spoiler",
            "span",
            "blockquote");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final String token;
    private final List<Call> calls = new ArrayList<>();
    private final Deque<Fault> faults = new ArrayDeque<>();
    private final AtomicLong ids = new AtomicLong();
    private final Map<String, Kept> messages = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> inFlight = new ConcurrentHashMap<>();
    private final Map<String, Integer> mostAtOnce = new ConcurrentHashMap<>();
    private volatile Duration slow = Duration.ZERO;

    private BotApiDouble(int port, String token) {
        this.token = token;
        this.server = LoopbackServer.start(port, "bot-api-double", this::handle);
    }

    public static BotApiDouble start(String token) {
        return new BotApiDouble(0, token);
    }

    public static void main(String[] args) throws InterruptedException {
        BotApiDouble bot =
                new BotApiDouble(args.length > 0 ? Integer.parseInt(args[0]) : 0, args.length > 1 ? args[1] : "demo");
        LoopbackServer.runAlone("Telegram Bot API double", bot.url(), bot);
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public synchronized List<Call> calls() {
        return List.copyOf(calls);
    }

    /** Successful calls of {@code method} whose {@code chat_id} (or {@code callback_query_id}) is {@code to}. */
    public synchronized List<Call> sent(String method, String to) {
        return calls.stream()
                .filter(c -> c.status() == 200 && c.method().equals(method))
                .filter(c -> to.equals(c.body().path("chat_id").asText())
                        || to.equals(c.body().path("callback_query_id").asText()))
                .toList();
    }

    /** The next {@code times} calls answer {@code status}; 429 carries {@code retry_after} seconds. */
    public synchronized BotApiDouble failNext(int times, int status, int retryAfter) {
        for (int i = 0; i < times; i++) {
            faults.add(new Fault(status, retryAfter));
        }
        return this;
    }

    /** Every call is answered after {@code delay} (zero: at once), as a loaded Bot API would. */
    public BotApiDouble slow(Duration delay) {
        this.slow = delay;
        return this;
    }

    /** The most calls for {@code chatId} the double was answering at the same time. */
    public int mostAtOnce(String chatId) {
        return mostAtOnce.getOrDefault(chatId, 0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if ("GET".equals(exchange.getRequestMethod())
                    && exchange.getRequestURI().getPath().equals("/_double/messages")) {
                listMessages(exchange);
                return;
            }
            Matcher m = PATH.matcher(exchange.getRequestURI().getPath());
            if (!m.matches() || !"POST".equals(exchange.getRequestMethod())) {
                reply(exchange, 404, error(404, "Not Found"));
                return;
            }
            JsonNode body;
            try {
                byte[] raw = exchange.getRequestBody().readAllBytes();
                body = raw.length == 0 ? JSON.createObjectNode() : JSON.readTree(raw);
            } catch (IOException notJson) {
                reply(exchange, 400, error(400, "Bad Request: invalid JSON"));
                return;
            }
            String method = m.group(2);
            long n = ids.incrementAndGet();
            String chat = body.path("chat_id").asText("");
            AtomicInteger now = inFlight.computeIfAbsent(chat, k -> new AtomicInteger());
            mostAtOnce.merge(chat, now.incrementAndGet(), Math::max);
            try {
                if (!slow.isZero()) {
                    Thread.sleep(slow.toMillis());
                }
                answer(exchange, m.group(1), method, body, n);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                now.decrementAndGet();
            }
        }
    }

    private void answer(HttpExchange exchange, String calledToken, String method, JsonNode body, long n)
            throws IOException {
        ObjectNode answer;
        int status;
        Fault fault;
        synchronized (this) {
            fault = faults.poll();
        }
        if (fault != null) {
            status = fault.status();
            answer = fault.status() == 429
                    ? error(429, "Too Many Requests: retry after " + fault.retryAfter())
                    : error(status, "Internal Server Error");
            if (fault.status() == 429) {
                answer.putObject("parameters").put("retry_after", fault.retryAfter());
            }
        } else if (!token.equals(calledToken)) {
            status = 401;
            answer = error(401, "Unauthorized");
        } else {
            String refused = refusal(method, body);
            if (refused == null && method.equals("editMessageText")) {
                refused = edit(body);
            }
            status = refused == null ? 200 : 400;
            answer = refused == null ? ok(method, body, n) : error(400, "Bad Request: " + refused);
        }
        synchronized (this) {
            calls.add(new Call(n, method, body, status, status == 200 ? answer.path("result") : null));
        }
        reply(exchange, status, answer);
    }

    private static String refusal(String method, JsonNode body) {
        switch (method) {
            case "sendMessage", "editMessageText" -> {
                String text = body.path("text").asText("");
                if (text.isBlank()) {
                    return "message text is empty";
                }
                String shown = shown(text, body.path("parse_mode").asText(""));
                if (shown == null) {
                    return "can't parse entities: unsupported start tag or unclosed tag";
                }
                if (shown.length() > 4096) {
                    return "message is too long";
                }
                return keyboard(body);
            }
            case "sendPhoto" -> {
                String photo = body.path("photo").asText("");
                if (photo.isEmpty()) {
                    return "there is no photo in the request";
                }
                if (!photo.matches("https?://[^\\s/]+/\\S*") && !photo.matches("[A-Za-z0-9_-]{20,}")) {
                    return "wrong file identifier/HTTP URL specified";
                }
                String shown = shown(
                        body.path("caption").asText(""), body.path("parse_mode").asText(""));
                if (shown == null) {
                    return "can't parse entities";
                }
                return shown.length() > 1024 ? "message caption is too long" : keyboard(body);
            }
            case "answerCallbackQuery" -> {
                return body.path("callback_query_id").asText("").isEmpty() ? "query is too old or invalid" : null;
            }
            case "setWebhook" -> {
                return body.path("url").asText("").isEmpty() ? "bad webhook: URL is empty" : null;
            }
            case "setMyCommands" -> {
                for (JsonNode c : body.path("commands")) {
                    if (!c.path("command").asText("").matches("[a-z0-9_]{1,32}")
                            || c.path("description").asText("").isEmpty()
                            || c.path("description").asText().length() > 256) {
                        return "BOT_COMMAND_INVALID";
                    }
                }
                return null;
            }
            case "deleteWebhook", "getMe", "setChatMenuButton" -> {
                return null;
            }
            default -> {
                return "method not found: " + method;
            }
        }
    }

    private static String keyboard(JsonNode body) {
        for (JsonNode row : body.path("reply_markup").path("inline_keyboard")) {
            for (JsonNode button : row) {
                String data = button.path("callback_data").asText("");
                if (button.path("text").asText("").isEmpty()) {
                    return "button text is empty";
                }
                if (data.getBytes(StandardCharsets.UTF_8).length > 64 || (data.isEmpty() && !button.has("url"))) {
                    return "BUTTON_DATA_INVALID";
                }
            }
        }
        return null;
    }

    /** The text as Telegram shows it (entities parsed), or null when it does not parse. */
    static String shown(String text, String parseMode) {
        if (!"HTML".equals(parseMode)) {
            return text;
        }
        Deque<String> open = new ArrayDeque<>();
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '<') {
                Matcher tag = TAG.matcher(text).region(i, text.length());
                if (!tag.lookingAt() || !TAGS.contains(tag.group(1))) {
                    return null;
                }
                if (tag.group().startsWith("</")) {
                    if (open.isEmpty() || !open.pop().equals(tag.group(1))) {
                        return null;
                    }
                } else {
                    open.push(tag.group(1));
                }
                i = tag.end();
            } else if (c == '&') {
                int semi = text.indexOf(';', i);
                String entity = semi < 0 ? "" : text.substring(i, semi + 1);
                String value = switch (entity) {
                    case "&lt;" -> "<";
                    case "&gt;" -> ">";
                    case "&amp;" -> "&";
                    case "&quot;" -> "\"";
                    default -> entity.matches("&#[0-9]{1,7};") ? "?" : null;
                };
                if (value == null) {
                    return null;
                }
                out.append(value);
                i = semi + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return open.isEmpty() ? out.toString() : null;
    }

    /** Why Telegram would refuse this edit of a message it has, or null. */
    private String edit(JsonNode body) {
        if (!body.hasNonNull("chat_id") || !body.hasNonNull("message_id")) {
            return body.hasNonNull("inline_message_id") ? null : "message identifier is not specified";
        }
        Kept kept = messages.get(
                body.path("chat_id").asText() + ":" + body.path("message_id").asText());
        if (kept == null) {
            return "message to edit not found";
        }
        if (!kept.hasText()) {
            return "there is no text in the message to edit";
        }
        String text =
                shown(body.path("text").asText(""), body.path("parse_mode").asText(""));
        if (text.equals(kept.text()) && keyboardOf(body).equals(kept.keyboard())) {
            return "message is not modified: specified new message content and reply markup are exactly the same as"
                    + " a current content and reply markup of the message";
        }
        return null;
    }

    private static JsonNode keyboardOf(JsonNode body) {
        return body.path("reply_markup").path("inline_keyboard");
    }

    private ObjectNode ok(String method, JsonNode body, long n) {
        ObjectNode answer = JSON.createObjectNode().put("ok", true);
        if (method.startsWith("send") || method.equals("editMessageText")) {
            long id = method.equals("editMessageText") ? body.path("message_id").asLong() : n;
            String chat = body.path("chat_id").asText();
            boolean photo = method.equals("sendPhoto");
            messages.put(
                    chat + ":" + id,
                    new Kept(
                            !photo,
                            photo
                                    ? null
                                    : shown(
                                            body.path("text").asText(""),
                                            body.path("parse_mode").asText("")),
                            keyboardOf(body)));
            ObjectNode message = answer.putObject("result");
            message.put("message_id", id);
            message.putObject("chat").put("id", body.path("chat_id").asLong());
            if (!photo) {
                message.put("text", messages.get(chat + ":" + id).text());
            }
        } else {
            answer.put("result", true);
        }
        return answer;
    }

    private void listMessages(HttpExchange exchange) throws IOException {
        Map<String, String> query = new HashMap<>();
        String raw = exchange.getRequestURI().getRawQuery();
        for (String pair : raw == null ? new String[0] : raw.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                query.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        String to = query.getOrDefault("recipient", "");
        long after = query.getOrDefault("after", "0").matches("[0-9]{1,18}") ? Long.parseLong(query.get("after")) : 0;
        ArrayNode list = JSON.createArrayNode();
        for (Call c : calls()) {
            if (c.status() == 200
                    && c.n() > after
                    && to.equals(c.body().path("chat_id").asText())) {
                ObjectNode body = c.body().deepCopy();
                body.put("method", c.method()).put("message_id", c.messageId());
                list.addObject().put("n", c.n()).set("body", body);
            }
        }
        reply(exchange, 200, list);
    }

    private static ObjectNode error(int code, String description) {
        return JSON.createObjectNode().put("ok", false).put("error_code", code).put("description", description);
    }

    private static void reply(HttpExchange exchange, int status, JsonNode body) throws IOException {
        LoopbackServer.reply(exchange, status, "application/json", JSON.writeValueAsBytes(body));
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
