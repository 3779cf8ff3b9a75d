package dev.beacon.channel.whatsapp.send;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * How many bytes a linked image has, as its server says to a {@code HEAD} ({@code Content-Length}), remembered per
 * URL (at most {@code capacity}, least recently used dropped first): WhatsApp fetches an image link itself and fails a
 * message whose image is over its 5 MB limit, so the adapter looks first. Unknown (no answer, no length) is not
 * "too large": the image is sent by link as before.
 */
public final class MediaSizes {

    private final HttpClient http;
    private final Duration timeout;
    private final Map<String, Long> known;

    public MediaSizes(Duration timeout, int capacity) {
        this.http = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        this.timeout = timeout;
        this.known = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
                return size() > capacity;
            }
        };
    }

    public OptionalLong bytes(String url) {
        synchronized (known) {
            Long size = known.get(url);
            if (size != null) {
                return size < 0 ? OptionalLong.empty() : OptionalLong.of(size);
            }
        }
        long size = head(url);
        synchronized (known) {
            known.put(url, size);
        }
        return size < 0 ? OptionalLong.empty() : OptionalLong.of(size);
    }

    private long head(String url) {
        try {
            HttpResponse<Void> answer = http.send(
                    HttpRequest.newBuilder(URI.create(url))
                            .method("HEAD", HttpRequest.BodyPublishers.noBody())
                            .timeout(timeout)
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            return answer.statusCode() == 200
                    ? answer.headers().firstValueAsLong("Content-Length").orElse(-1)
                    : -1;
        } catch (java.io.IOException | IllegalArgumentException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
