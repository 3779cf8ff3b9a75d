package dev.beacon.channel.kit.testing;

import java.time.Duration;
import java.util.function.Supplier;

/** Waits for what the adapter does after it answered the webhook. */
public final class Eventually {

    private Eventually() {}

    public static <T> T await(Supplier<T> value, java.util.function.Predicate<T> done, Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        T last = value.get();
        while (!done.test(last) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            last = value.get();
        }
        return last;
    }
}
