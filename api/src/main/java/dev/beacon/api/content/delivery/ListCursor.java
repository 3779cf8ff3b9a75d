package dev.beacon.api.content.delivery;

import dev.beacon.api.shared.error.ProblemException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;

/**
 * Where a page of a list in publishing order ended: the last item's publishing instant and id, the keyset the next
 * page starts after. Opaque to clients; it stays correct while content is published between pages (a newer item
 * sorts before the cursor in {@code -publishedAt} and after every earlier page in {@code publishedAt}), which
 * page numbers cannot promise.
 */
public record ListCursor(boolean descending, Instant publishedAt, long itemId) {

    private static final String VERSION = "c1";

    public String encode() {
        long micros = ChronoUnit.MICROS.between(Instant.EPOCH, publishedAt);
        String raw = VERSION + ":" + (descending ? "d" : "a") + ":" + micros + ":" + itemId;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.US_ASCII));
    }

    /** The cursor a client sent back, or a 400 on {@code after} when it is not one of ours. */
    public static ListCursor decode(String value) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(value), StandardCharsets.US_ASCII);
            String[] parts = raw.split(":");
            if (parts.length != 4 || !VERSION.equals(parts[0]) || !(parts[1].equals("d") || parts[1].equals("a"))) {
                throw new IllegalArgumentException(raw);
            }
            Instant at = Instant.EPOCH.plus(Long.parseLong(parts[2]), ChronoUnit.MICROS);
            return new ListCursor(parts[1].equals("d"), at, Long.parseLong(parts[3]));
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw ProblemException.invalid("after", "is not a cursor from this list (use nextCursor as given)");
        }
    }
}
