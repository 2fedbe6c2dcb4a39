package io.imageinventory.web;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * A moment as people read it ({@code 3 Mar 2026, 05:06 UTC}) and as machines do (ISO-8601), for a
 * {@code <time>} element that shows the first and carries the second.
 *
 * @param iso the exact instant, ISO-8601 in UTC
 * @param text the readable form, to the minute
 */
record DisplayTime(String iso, String text) {

    private static final DateTimeFormatter READABLE = DateTimeFormatter
            .ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    static @Nullable DisplayTime of(@Nullable Instant instant) {
        return instant == null ? null : at(instant);
    }

    static DisplayTime at(Instant instant) {
        return new DisplayTime(instant.toString(), READABLE.format(instant));
    }

    /** How long ago, roughly: {@code just now}, {@code 4 min ago}, {@code 3 h ago}, {@code 2 days ago}. */
    static String ago(Instant instant, Instant now) {
        Duration age = Duration.between(instant, now);
        if (age.toMinutes() < 1) {
            return "just now";
        }
        if (age.toHours() < 1) {
            return age.toMinutes() + " min ago";
        }
        if (age.toDays() < 1) {
            return age.toHours() + " h ago";
        }
        return age.toDays() == 1 ? "1 day ago" : age.toDays() + " days ago";
    }

}
