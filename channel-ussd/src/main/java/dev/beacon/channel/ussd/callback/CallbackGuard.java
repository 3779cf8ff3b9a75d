package dev.beacon.channel.ussd.callback;

import dev.beacon.channel.kit.webhook.Problems;
import dev.beacon.channel.kit.webhook.SharedSecret;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Africa's Talking signs neither USSD nor SMS callbacks: they are accepted only at the secret path (when one is set)
 * and only from the allowed source addresses (when they are set). The same rule for both callbacks.
 */
public final class CallbackGuard {

    private static final Logger LOG = Logger.getLogger(CallbackGuard.class);

    private final Optional<SharedSecret> pathSecret;
    private final SourceAddresses sources;

    public CallbackGuard(Optional<SharedSecret> pathSecret, SourceAddresses sources) {
        this.pathSecret = pathSecret;
        this.sources = sources;
    }

    /**
     * Why this call is refused ({@code 404} at the wrong path, {@code 403} from another address), or empty.
     *
     * @param secret the path segment the call came to, null for the bare path
     */
    public Optional<Response> refusal(String secret, HttpServerRequest request) {
        boolean right = pathSecret.isEmpty() ? secret == null : pathSecret.get().matches(secret);
        if (!right) {
            return Optional.of(Problems.of(404, "not-found", "Not found", "There is no callback at this address"));
        }
        String from = request == null || request.remoteAddress() == null
                ? ""
                : request.remoteAddress().host();
        if (!sources.allows(from)) {
            LOG.warnf("Callback refused from %s (not in BEACON_USSD_ALLOWED_SOURCES)", from);
            return Optional.of(
                    Problems.of(403, "forbidden", "Not an allowed source", "This address may not call this callback"));
        }
        return Optional.empty();
    }

    public boolean open() {
        return sources.any() && pathSecret.isEmpty();
    }

    public boolean secretPath() {
        return pathSecret.isPresent();
    }
}
