package dev.beacon.channel.kit.chat;

import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * Ready only when the shared state answers: a replica that cannot reach Redis could not tell redeliveries apart. A
 * chat adapter declares it with {@code @Readiness @ApplicationScoped class … extends ChatStoreHealth {}} (not a bean
 * here: the mobi-site uses channel-kit without a chat store).
 */
public abstract class ChatStoreHealth implements HealthCheck {

    @Inject
    ChatStore store;

    @Override
    public HealthCheckResponse call() {
        boolean up = !(store instanceof RedisChatStore redis) || redis.ping();
        return HealthCheckResponse.named("chat-store")
                .status(up)
                .withData("shared", store.shared())
                .build();
    }
}
