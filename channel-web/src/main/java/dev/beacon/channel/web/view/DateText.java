package dev.beacon.channel.web.view;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Dates as the community pages show them: the day, ISO style (2026-11-26), which reads the same in every language. */
public final class DateText {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    private DateText() {}

    public static String day(Instant instant) {
        return instant == null ? "" : DAY.format(instant);
    }
}
