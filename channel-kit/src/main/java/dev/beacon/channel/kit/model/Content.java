package dev.beacon.channel.kit.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;

/**
 * One published item in full, in the locale the API chose from the site's fallback chain; {@code channel} only when
 * it was asked for with {@code ?channel=}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Content(
        long id,
        String site,
        String type,
        Long parentId,
        String path,
        String locale,
        String requestedLocale,
        List<String> availableLocales,
        String title,
        String subtitle,
        String slug,
        List<String> tags,
        String excerpt,
        List<Block> body,
        boolean featured,
        int position,
        int revision,
        Instant publishedAt,
        ChannelVariant channel) {}
