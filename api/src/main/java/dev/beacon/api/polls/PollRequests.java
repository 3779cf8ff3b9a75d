package dev.beacon.api.polls;

import dev.beacon.api.sites.Locales;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** What editors send to define a poll, and what a person sends to vote. */
public final class PollRequests {

    /** A choice key: stable, votes point at it. */
    public static final String KEY = "^[a-z0-9-]{1,40}$";
    /** A CSV column name: short, safe in every spreadsheet and statistics tool. */
    public static final String SHORT_NAME = "^[a-z][a-z0-9_]{0,39}$";

    static final String SHORT_NAME_MESSAGE =
            "must be lower-case letters, digits and _ starting with a letter, e.g. q1_age";

    private PollRequests() {}

    /** The whole definition; a PUT replaces it. Choices are matched by key, so a kept key keeps its votes. */
    public record PollDefinitionRequest(
            @NotNull Poll.Kind kind,
            Boolean randomiseChoices,
            Poll.Results results,
            Poll.ResultsAs resultsAs,
            Instant opensAt,
            Instant closesAt,

            @NotBlank @Pattern(regexp = SHORT_NAME, message = SHORT_NAME_MESSAGE)
            String shortName,

            @Min(1) @Max(50) Integer minChoices,
            @Min(1) @Max(50) Integer maxChoices,
            @Size(max = 50) List<@NotNull @Valid ChoiceRequest> choices,
            Long version) {}

    public record ChoiceRequest(
            @NotBlank @Pattern(regexp = KEY, message = "must be a key such as yes or not-sure")
            String key,

            @NotBlank @Pattern(regexp = SHORT_NAME, message = SHORT_NAME_MESSAGE)
            String shortName,

            @NotEmpty Map<@Pattern(regexp = Locales.CODE_PATTERN) String, @NotBlank @Size(max = 200) String> labels) {}

    /** One of: {@code choices} (single, multiple), {@code text}, {@code number}, as the poll's kind asks. */
    public record VoteRequest(
            @Size(min = 1, max = 50) List<@NotBlank @Size(max = 40) String> choices,
            @Size(max = 2000) String text,
            @Digits(integer = 12, fraction = 6) BigDecimal number) {}
}
