package dev.beacon.channel.web.images;

import dev.beacon.channel.web.config.WebConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Downloads the source of an image block: http or https only, with a connect and a whole-request timeout, at most
 * {@code beacon.web.images.max-bytes}, and only when the answer says it is an image. A {@code src} that is a path
 * ({@code /images/clinic.png}) is read from {@code beacon.web.images.origin}, else from this application itself.
 * <p>
 * A {@code src} that is a whole URL is the editors' choice, and this server fetches it from inside the
 * organisation's network: so it must name a public address. Loopback, private, link-local (cloud metadata at
 * 169.254.169.254), carrier-grade NAT, unique-local and multicast addresses are refused, and so is a redirect to
 * one (redirects are followed here, a hop at a time, at most {@value #MAX_REDIRECTS}). What is left: a host whose
 * DNS answer changes between the check and the connection; a deployment that must close that too fetches through
 * an egress proxy.
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
    public record Source(byte[] bytes, String contentType) {}

    @Inject
    WebConfig config;

    static final int MAX_REDIRECTS = 3;

    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

    private volatile HttpClient http;

    /** {@code selfOrigin} is this application as reached over loopback, e.g. {@code http://127.0.0.1:8081}. */
    public URI resolve(String src, String selfOrigin) throws Refused {
        if (src == null || src.isBlank()) {
            throw new Refused("no src");
        }
        URI uri;
        try {
            if (src.startsWith("/") && !src.startsWith("//")) {
                uri = URI.create(config.images().origin().orElse(selfOrigin).replaceAll("/+$", "") + src);
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
        if (!src.startsWith("/") || src.startsWith("//")) {
            requirePublic(uri);
        }
        return uri;
    }

    /** Refuses a URL whose host is, or resolves to, an address inside a private network. */
    void requirePublic(URI uri) throws Refused {
        if (config.images().allowPrivateAddresses()) {
            return;
        }
        String host = uri.getHost();
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
        } catch (UnknownHostException e) {
            throw new Refused("unknown host: " + host);
        }
        for (InetAddress a : addresses) {
            if (isPrivate(a)) {
                throw new Refused(uri + " names a private address (" + a.getHostAddress() + ")");
            }
        }
    }

    static boolean isPrivate(InetAddress a) {
        if (a.isAnyLocalAddress()
                || a.isLoopbackAddress()
                || a.isLinkLocalAddress()
                || a.isSiteLocalAddress()
                || a.isMulticastAddress()) {
            return true;
        }
        byte[] b = a.getAddress();
        if (b.length == 4) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first == 0
                    || first == 100 && second >= 64 && second < 128 // this network; carrier-grade NAT
                    || first == 192 && second == 0 && (b[2] & 0xff) == 0
                    || first >= 240; // IETF; reserved, broadcast
        }
        return (b[0] & 0xfe) == 0xfc; // IPv6 unique local fc00::/7
    }

    /**
     * The whole download, headers and body, must end within the timeout (a source that trickles is cut off), and the
     * body is dropped as soon as it passes the limit.
     */
    public Source fetch(URI uri) throws Refused {
        long deadline = System.nanoTime() + config.images().timeout().toNanos();
        URI at = uri;
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            Hop answer = get(at, deadline);
            if (answer.location() == null) {
                return answer.source();
            }
            URI next;
            try {
                next = at.resolve(answer.location());
            } catch (IllegalArgumentException e) {
                throw new Refused(at + " redirects to a malformed location");
            }
            String scheme = next.getScheme() == null ? "" : next.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || next.getHost() == null) {
                throw new Refused(at + " redirects to " + next + " (not http(s))");
            }
            if (!sameOrigin(at, next)) {
                requirePublic(next); // a redirect on the same origin is as trusted as the URL it came from
            }
            at = next;
        }
        throw new Refused(uri + " redirects more than " + MAX_REDIRECTS + " times");
    }

    private static boolean sameOrigin(URI a, URI b) {
        return a.getScheme().equalsIgnoreCase(b.getScheme())
                && a.getHost().equalsIgnoreCase(b.getHost())
                && port(a) == port(b);
    }

    private static int port(URI u) {
        return u.getPort() != -1 ? u.getPort() : u.getScheme().equalsIgnoreCase("https") ? 443 : 80;
    }

    /** One answer: the image, or where a redirect points. */
    private record Hop(Source source, String location) {}

    private Hop get(URI uri, long deadline) throws Refused {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            throw new Refused(uri + " took longer than " + config.images().timeout());
        }
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofNanos(left))
                .header("Accept", "image/*")
                .GET()
                .build();
        String[] type = {""};
        String[] location = {null};
        HttpResponse.BodyHandler<byte[]> handler = info -> {
            type[0] = info.headers()
                    .firstValue("Content-Type")
                    .orElse("")
                    .toLowerCase(Locale.ROOT)
                    .trim();
            if (REDIRECTS.contains(info.statusCode())) {
                location[0] = info.headers().firstValue("Location").orElse(null);
            }
            long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
            boolean usable = info.statusCode() == 200
                    && type[0].startsWith("image/")
                    && !type[0].startsWith("image/svg")
                    && declared <= config.images().maxBytes();
            return new Limited(usable ? config.images().maxBytes() : -1);
        };
        CompletableFuture<HttpResponse<byte[]>> call = client().sendAsync(request, handler);
        HttpResponse<byte[]> response;
        try {
            response = call.get(left, TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            call.cancel(true);
            throw new Refused(uri + " took longer than " + config.images().timeout());
        } catch (ExecutionException e) {
            throw new Refused(uri + " could not be read: " + e.getCause());
        } catch (InterruptedException e) {
            call.cancel(true);
            Thread.currentThread().interrupt();
            throw new Refused("interrupted");
        }
        if (location[0] != null) {
            return new Hop(null, location[0]);
        }
        if (response.body() == null) {
            throw new Refused(uri + " answered " + response.statusCode() + " " + type[0] + " (not an image of at most "
                    + config.images().maxBytes() + " bytes)");
        }
        return new Hop(new Source(response.body(), type[0]), null);
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
                    http = HttpClient.newBuilder()
                            .connectTimeout(config.images().timeout())
                            .followRedirects(HttpClient.Redirect.NEVER)
                            .build();
                }
                c = http;
            }
        }
        return c;
    }
}
