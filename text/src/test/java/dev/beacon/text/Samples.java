package dev.beacon.text;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Seeded random samples for the property tests, driven by plain JUnit. The seed is fixed, so a run is repeatable;
 * {@code -Dbeacon.seed=N} tries other inputs, and every failure names the seed that reproduces it.
 */
final class Samples {

    static final long SEED = Long.getLong("beacon.seed", 20_261_203L);

    private Samples() {}

    /** Checks {@code property} on {@code tries} samples, each made by {@code generator} from its own seed. */
    static <T> void forAll(int tries, Function<SplittableRandom, T> generator, Consumer<T> property) {
        for (int i = 0; i < tries; i++) {
            long seed = SEED + i;
            T sample = generator.apply(new SplittableRandom(seed));
            try {
                property.accept(sample);
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError(
                        "sample " + i + " (-Dbeacon.seed=" + seed + " makes it first): " + e.getMessage(), e);
            }
        }
    }

    static <T> T pick(SplittableRandom random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** Between {@code min} and {@code max}, both included. */
    static int between(SplittableRandom random, int min, int max) {
        return random.nextInt(min, max + 1);
    }

    static <T> List<T> listOf(SplittableRandom random, int maxSize, Function<SplittableRandom, T> element) {
        int size = between(random, 0, maxSize);
        List<T> list = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            list.add(element.apply(random));
        }
        return list;
    }
}
