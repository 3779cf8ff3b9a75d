package dev.beacon.api.shared.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Counts that are read far more often than they change (a poll's results, an article's reactions), held by this
 * replica for the {@code max-age} their responses carry anyway. A held count is used only while the site's epoch
 * it was counted in holds and no change to its subject (a vote, a reaction) has committed here since: a person who
 * just voted sees their vote, and another replica's changes show within the max-age, as {@code Cache-Control}
 * already allows.
 *
 * @param <V> what was counted, per subject and key (e.g. a poll and a fallback chain)
 */
public final class HeldCounts<V> {

    private record Held<V>(long generation, long changes, V value) {}

    private final Cache<String, Held<V>> held;

    /**
     * Per subject, the changes that committed here. An entry outlives every value counted against it (it is
     * touched by each read and kept twice the max-age after the last), so a forgotten counter cannot restart at a
     * number a held value still carries.
     */
    private final Cache<Long, AtomicLong> changes;

    public HeldCounts(Duration maxAge, long maximumSize) {
        this.held = Caffeine.newBuilder()
                .maximumSize(maximumSize)
                .expireAfterWrite(maxAge)
                .build();
        this.changes =
                Caffeine.newBuilder().expireAfterAccess(maxAge.multipliedBy(2)).build();
    }

    /** The held count of {@code subject} under {@code key} for this epoch generation, or a fresh one. */
    public V get(long subject, String key, long generation, Supplier<V> count) {
        return getAll(List.of(subject), key, generation, missing -> {
                    Map<Long, V> one = new HashMap<>(); // a count may be null ("nothing to show"), which Map.of refuses
                    one.put(subject, count.get());
                    return one;
                })
                .get(subject);
    }

    /**
     * The held counts of these subjects under {@code key} for this epoch generation; the others are counted together
     * by {@code countAll} (which may leave a subject out: it is then absent from the answer and not held).
     */
    public Map<Long, V> getAll(
            Collection<Long> subjects, String key, long generation, Function<List<Long>, Map<Long, V>> countAll) {
        Map<Long, V> found = new HashMap<>();
        Map<Long, Long> seen = new HashMap<>();
        List<Long> missing = new ArrayList<>();
        for (long subject : subjects) {
            long changesSeen = changes(subject).get(); // read before counting: a change during the count makes it stale
            Held<V> h = held.getIfPresent(subject + "|" + key);
            if (h != null && h.generation() == generation && h.changes() == changesSeen) {
                found.put(subject, h.value());
            } else {
                seen.put(subject, changesSeen);
                missing.add(subject);
            }
        }
        if (!missing.isEmpty()) {
            countAll.apply(missing).forEach((subject, value) -> {
                if (seen.containsKey(subject)) {
                    held.put(subject + "|" + key, new Held<>(generation, seen.get(subject), value));
                    found.put(subject, value);
                }
            });
        }
        return found;
    }

    /** A change to {@code subject} has committed: what was counted before it is not used again. */
    public void changed(long subject) {
        changes(subject).incrementAndGet();
    }

    private AtomicLong changes(long subject) {
        return changes.get(subject, s -> new AtomicLong());
    }
}
