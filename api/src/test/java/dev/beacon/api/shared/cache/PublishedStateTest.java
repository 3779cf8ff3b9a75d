package dev.beacon.api.shared.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The epochs one replica holds, without CDI: what ends them, and what must not outlive a change. */
class PublishedStateTest {

    private static final long SITE = 7;

    private PublishedState state(ScheduledChanges scheduled) {
        PublishedState state = new PublishedState();
        state.clock = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
        state.scheduled = scheduled;
        return state;
    }

    @Test
    void aNotificationEndsTheSitesEpochAndNoOther() {
        PublishedState state = state((site, now) -> null);
        long site = state.epoch(SITE).generation();
        long other = state.epoch(SITE + 1).generation();
        assertEquals(site, state.epoch(SITE).generation(), "held while nothing changes");

        state.changed(Long.toString(SITE));

        assertTrue(state.held(SITE).isEmpty());
        assertNotEquals(site, state.epoch(SITE).generation());
        assertEquals(other, state.epoch(SITE + 1).generation());
    }

    @Test
    void aChangeHeardWhileAnEpochOpensLeavesThatEpochToItsCallerOnly() {
        // The change commits (and is heard) while the new epoch's next scheduled boundary is being read, so that
        // boundary may miss what the change scheduled: the epoch must not be held for anyone else.
        PublishedState[] holder = new PublishedState[1];
        holder[0] = state((site, now) -> {
            holder[0].changed(Long.toString(SITE));
            return null;
        });
        PublishedState state = holder[0];

        long opened = state.epoch(SITE).generation();

        assertTrue(state.held(SITE).isEmpty(), "an epoch opened across a change is not held");
        assertNotEquals(opened, state.epoch(SITE).generation());
    }

    @Test
    void aLostConnectionEndsEveryEpochAndTheListOfSites() {
        PublishedState state = state((site, now) -> null);
        long site = state.epoch(SITE).generation();
        long sites = state.sitesGeneration();

        state.invalidateAll();

        assertTrue(state.held(SITE).isEmpty());
        assertNotEquals(site, state.epoch(SITE).generation());
        assertNotEquals(sites, state.sitesGeneration());
    }
}
