package dev.beacon.channel.kit.graph;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.beacon.channel.kit.send.Backoff;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/** One call to the Graph API, no retries: the caller ({@link GraphRetry}) decides what to do with the answer. */
public class GraphClient {

    private final HttpClient http;
    private final ObjectMapper json;
    private final String base;
    private final Duration timeout;

    /** {@code graphUrl} e.g. {@code https://graph.facebook.com}, {@code version} e.g. {@code v23.0}. */
    public GraphClient(String graphUrl, String version, Duration timeout, ObjectMapper json) {
        this.json = json;
        this.base = graphUrl.replaceAll("/+$", "") + "/" + version;
        this.timeout = timeout;
        this.http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** {@code POST /{version}/{path}?access_token=…} with a JSON body. */
    public GraphAnswer post(String path, String accessToken, Object body) {
        return call("POST", path, accessToken, body);
    }

    public GraphAnswer get(String path, String accessToken) {
        return call("GET", path, accessToken, null);
    }

    public GraphAnswer delete(String path, String accessToken, Object body) {
        return call("DELETE", path, accessToken, body);
    }

    private GraphAnswer call(String method, String path, String accessToken, Object body) {
        String sep = path.contains("?") ? "&" : "?";
        URI uri = URI.create(
                base + "/" + path + sep + "access_token=" + URLEncoder.encode(accessToken, StandardCharsets.UTF_8));
        try {
            HttpRequest.BodyPublisher publisher = body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body));
            HttpRequest request = HttpRequest.newBuilder(uri)
                    .timeout(timeout)
                    .header("Content-Type", "application/json")
                    .method(method, publisher)
                    .build();
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            JsonNode answer = parse(response.body());
            JsonNode error = answer.path("error");
            Optional<Duration> retryAfter =
                    response.headers().firstValue("Retry-After").flatMap(Backoff::seconds);
            return new GraphAnswer(
                    response.statusCode(),
                    error.path("code").asInt(0),
                    error.path("error_subcode").asInt(0),
                    error.path("message").asText(null),
                    answer,
                    retryAfter);
        } catch (IOException e) {
            return new GraphAnswer(0, 0, 0, e.toString(), MissingNode.getInstance(), Optional.empty());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new GraphAnswer(0, 0, 0, "interrupted", MissingNode.getInstance(), Optional.empty());
        }
    }

    private JsonNode parse(byte[] body) {
        try {
            return body.length == 0 ? MissingNode.getInstance() : json.readTree(body);
        } catch (IOException notJson) {
            return MissingNode.getInstance();
        }
    }
}
