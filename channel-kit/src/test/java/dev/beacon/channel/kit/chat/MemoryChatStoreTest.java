package dev.beacon.channel.kit.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MemoryChatStoreTest {

    /** A clock the test moves. */
    static final class TestClock extends Clock {
        Instant now = Instant.parse("2026-03-01T10:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final TestClock clock = new TestClock();

    @Test
    void takesAnIdOnceUntilItExpires() {
        MemoryChatStore store = new MemoryChatStore(100, clock);
        SeenIds seen = new SeenIds(store, Duration.ofHours(1));
        assertTrue(seen.firstSighting("m_1"));
        assertFalse(seen.firstSighting("m_1"));
        assertTrue(seen.firstSighting("m_2"));
        clock.now = clock.now.plus(Duration.ofMinutes(61));
        assertTrue(seen.firstSighting("m_1"));
        seen.forget("m_1");
        assertTrue(seen.firstSighting("m_1"));
    }

    @Test
    void staysWithinItsBoundDroppingTheLeastRecentlyUsed() {
        MemoryChatStore store = new MemoryChatStore(3, clock);
        store.put("a", "1", Duration.ofHours(1));
        store.put("b", "2", Duration.ofHours(1));
        store.put("c", "3", Duration.ofHours(1));
        store.get("a");
        store.put("d", "4", Duration.ofHours(1));
        assertEquals(3, store.size());
        assertEquals(Optional.empty(), store.get("b"));
        assertEquals(Optional.of("1"), store.get("a"));
        assertEquals(Optional.of("4"), store.get("d"));
    }

    @Test
    void keepsTheMessagingWindowOpenFor24HoursAfterThePersonWrote() {
        MemoryChatStore store = new MemoryChatStore(100, clock);
        MessagingWindow window = new MessagingWindow(store, Duration.ofHours(24), clock);
        assertFalse(window.isOpen("messenger:1"));
        window.personWrote("messenger:1", clock.now.minus(Duration.ofHours(2)));
        assertTrue(window.isOpen("messenger:1"));
        clock.now = clock.now.plus(Duration.ofHours(21));
        assertTrue(window.isOpen("messenger:1"));
        clock.now = clock.now.plus(Duration.ofHours(1));
        assertFalse(window.isOpen("messenger:1"));
        // a message older than the window opens nothing
        window.personWrote("messenger:2", clock.now.minus(Duration.ofHours(25)));
        assertFalse(window.isOpen("messenger:2"));
    }

    @Test
    void remembersThePersonsLastScreen() {
        LastScreens screens = new LastScreens(new MemoryChatStore(100, clock), Duration.ofHours(24), clock);
        assertEquals(Optional.empty(), screens.of("messenger:1"));
        screens.remember("messenger:1", "ctx-1");
        screens.remember("messenger:1", "ctx-2");
        assertEquals(Optional.of("ctx-2"), screens.of("messenger:1"));
    }

    @Test
    void forgetsTheLastScreenByTheAdaptersClockWhateverTheStoreCounts() {
        // the store keeps time of its own, as Redis does: only the adapter's clock moves a day on
        LastScreens screens = new LastScreens(new MemoryChatStore(100, Clock.systemUTC()), Duration.ofHours(24), clock);
        screens.remember("whatsapp:1", "1s4abc");
        clock.now = clock.now.plus(Duration.ofHours(23));
        assertEquals(Optional.of("1s4abc"), screens.of("whatsapp:1"));
        clock.now = clock.now.plus(Duration.ofHours(2));
        assertEquals(Optional.empty(), screens.of("whatsapp:1"), "a day-old screen starts the conversation afresh");
    }

    @Test
    void readsAScreenRememberedBeforeScreensCarriedTheirTime() {
        MemoryChatStore store = new MemoryChatStore(100, clock);
        store.put("screen:whatsapp:2", "1s4abc", Duration.ofHours(24));
        assertEquals(Optional.of("1s4abc"), new LastScreens(store, Duration.ofHours(24), clock).of("whatsapp:2"));
    }
}
