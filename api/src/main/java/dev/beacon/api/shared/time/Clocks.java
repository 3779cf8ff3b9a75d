package dev.beacon.api.shared.time;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * Every "now" in Beacon comes from this clock, so that scheduling (go-live, expiry) can be tested with a
 * clock the test controls instead of with sleeps.
 */
public class Clocks {

    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}
