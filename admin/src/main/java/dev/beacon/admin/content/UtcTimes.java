package dev.beacon.admin.content;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/** The pages' {@code datetime-local} fields, read and shown as UTC (the pages say so). */
final class UtcTimes {

    private UtcTimes() {}

    /** A field's value as an ISO instant; null when blank. */
    static String parse(String local) throws DateTimeParseException {
        return local == null || local.isBlank()
                ? null
                : LocalDateTime.parse(local.strip()).toInstant(ZoneOffset.UTC).toString();
    }

    /** An instant as a field's value (to the minute); "" for none. */
    static String local(Instant instant) {
        return instant == null
                ? ""
                : LocalDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MINUTES), ZoneOffset.UTC)
                        .toString();
    }
}
