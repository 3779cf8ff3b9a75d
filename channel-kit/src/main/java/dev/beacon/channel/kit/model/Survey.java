package dev.beacon.channel.kit.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;

/** A published survey as delivered: title and intro in the served locale, and every question. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Survey(
        long id,
        String site,
        String locale,
        String title,
        List<Block> intro,
        boolean anonymous,
        String submissions,
        Instant opensAt,
        Instant closesAt,
        List<SurveyQuestion> questions) {}
