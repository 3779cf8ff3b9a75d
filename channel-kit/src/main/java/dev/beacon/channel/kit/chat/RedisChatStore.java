package dev.beacon.channel.kit.chat;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.redis.client.Redis;
import io.vertx.redis.client.RedisAPI;
import io.vertx.redis.client.RedisOptions;
import io.vertx.redis.client.Response;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A {@link ChatStore} in Redis, shared by every replica: {@code SET key value NX PX ttl} decides atomically which
 * replica handles a redelivered message. Built from a URL rather than Quarkus' {@code quarkus.redis.*} beans, so that
 * the same jar runs with or without Redis. Calls block (the caller is a worker thread) at most {@code timeout}.
 */
public final class RedisChatStore implements ChatStore {

    private final Redis client;
    private final RedisAPI api;
    private final String prefix;
    private final Duration timeout;

    public RedisChatStore(Vertx vertx, String url, String prefix, Duration timeout) {
        this.client = Redis.createClient(
                vertx,
                new RedisOptions().setConnectionString(url).setMaxPoolSize(16).setMaxPoolWaiting(256));
        this.api = RedisAPI.api(client);
        this.prefix = prefix;
        this.timeout = timeout;
    }

    @Override
    public boolean putIfAbsent(String key, String value, Duration ttl) {
        // A nil reply means the key was there: another delivery (or replica) got it first.
        return await(api.set(List.of(prefix + key, value, "NX", "PX", Long.toString(ttl.toMillis())))) != null;
    }

    @Override
    public void put(String key, String value, Duration ttl) {
        await(api.set(List.of(prefix + key, value, "PX", Long.toString(ttl.toMillis()))));
    }

    @Override
    public Optional<String> get(String key) {
        Response value = await(api.get(prefix + key));
        return value == null ? Optional.empty() : Optional.of(value.toString());
    }

    @Override
    public void remove(String key) {
        await(api.del(List.of(prefix + key)));
    }

    /** Redis answers PING: for readiness checks. */
    public boolean ping() {
        try {
            return await(api.ping(List.of())) != null;
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Override
    public boolean shared() {
        return true;
    }

    @Override
    public void close() {
        client.close();
    }

    private <T> T await(Future<T> future) {
        try {
            return future.toCompletionStage().toCompletableFuture().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ChatStoreUnavailableException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new ChatStoreUnavailableException(e);
        }
    }
}
