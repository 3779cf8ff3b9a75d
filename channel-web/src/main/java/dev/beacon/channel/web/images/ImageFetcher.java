package dev.beacon.channel.web.images;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Downloads the source of an image block: http or https only, with a connect and a whole-request timeout, at most
 * {@code beacon.web.images.max-bytes}, and only when the answer says it is an image. A {@code src} that is a path
 * ({@code /images/clinic.png}) is read from {@code beacon.web.images.origin}, else from this application itself.
 */
@ApplicationScoped
public class ImageFetcher {

    /** The download could not be used: unreachable, not 200, not an image, too big. */
    public static class Refused extends Exception {
        public Refused(String message) {
            super(message);
        }
    }

    /** The bytes and the media type the source declared. */
    public record Source(byte[] bytes, String contentType) {
    }

    @ConfigProperty(name = "beacon.web.images.origin")
    Optional<String> origin;

    @ConfigProperty(name = "beacon.web.images.max-bytes", defaultValue = "5242880")
    int maxBytes;

    @ConfigProperty(name = "beacon.web.images.timeout", defaultValue = "PT5S")
    Duration timeout;

    private volatile HttpClient http;

    /** {@code selfOrigin} is this application as reached over loopback, e.g. {@code http://127.0.0.1:8081}. */
    public URI resolve(String src, String selfOrigin) throws Refused {
        if (src == null || src.isBlank()) {
            throw new Refused("no src");
        }
        URI uri;
        try {
            if (src.startsWith("/") && !src.startsWith("//")) {
                uri = URI.create(origin.orElse(selfOrigin).replaceAll("/+$", "") + src);
            } else {
                uri = URI.create(src);
            }
        } catch (IllegalArgumentException e) {
            throw new Refused("not a URL: " + src);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw new Refused("not http(s): " + src);
        }
        return uri;
    }

    /**
     * The whole download, headers and body, must end within the timeout (a source that trickles is cut off), and the
     * body is dropped as soon as it passes the limit.
     */
    public Source fetch(URI uri) throws Refused {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).header("Accept", "image/*").GET().build();
        String[] type = { "" };
        HttpResponse.BodyHandler<byte[]> handler = info -> {
            type[0] = info.headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT).trim();
            long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
            boolean usable = info.statusCode() == 200 && type[0].startsWith("image/") && !type[0].startsWith("image/svg")
                    && declared <= maxBytes;
            return new Limited(usable ? maxBytes : -1);
        };
        CompletableFuture<HttpResponse<byte[]>> call = client().sendAsync(request, handler);
        HttpResponse<byte[]> response;
        try {
            response = call.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            call.cancel(true);
            throw new Refused(uri + " took longer than " + timeout);
        } catch (ExecutionException e) {
            throw new Refused(uri + " could not be read: " + e.getCause());
        } catch (InterruptedException e) {
            call.cancel(true);
            Thread.currentThread().interrupt();
            throw new Refused("interrupted");
        }
        if (response.body() == null) {
            throw new Refused(uri + " answered " + response.statusCode() + " " + type[0] + " (not an image of at most " + maxBytes + " bytes)");
        }
        return new Source(response.body(), type[0]);
    }

    /** Collects at most {@code max} bytes; fails past it. With {@code max < 0} takes nothing and gives {@code null}. */
    static final class Limited implements HttpResponse.BodySubscriber<byte[]> {

        private final int max;
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private Flow.Subscription subscription;

        Limited(int max) {
            this.max = max;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            if (max < 0) {
                s.cancel();
                result.complete(null);
            } else {
                s.request(Long.MAX_VALUE);
            }
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            if (result.isDone()) {
                return;
            }
            for (ByteBuffer b : buffers) {
                if (out.size() + b.remaining() > max) {
                    subscription.cancel();
                    result.completeExceptionally(new IOException("bigger than " + max + " bytes"));
                    return;
                }
                byte[] chunk = new byte[b.remaining()];
                b.get(chunk);
                out.write(chunk, 0, chunk.length);
            }
        }

        @Override
        public void onError(Throwable t) {
            result.completeExceptionally(t);
        }

        @Override
        public void onComplete() {
            result.complete(out.toByteArray());
        }
    }

    private HttpClient client() {
        HttpClient c = http;
        if (c == null) {
            synchronized (this) {
                if (http == null) {
                    http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL).build();
                }
                c = http;
            }
        }
        return c;
    }
}
