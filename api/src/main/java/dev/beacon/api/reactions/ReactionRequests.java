package dev.beacon.api.reactions;

import dev.beacon.api.sites.Locales;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;

public final class ReactionRequests {

    private ReactionRequests() {}

    /** The whole question; a PUT replaces it. Choices are matched by key, so a kept key keeps its reactions. */
    public record ReactionQuestionRequest(
            @NotEmpty Map<@Pattern(regexp = Locales.CODE_PATTERN) String, @NotBlank @Size(max = 200) String> question,
            @NotNull @Size(min = 2, max = 12) List<@NotNull @Valid ReactionChoiceRequest> choices,
            @NotEmpty Map<@Pattern(regexp = Locales.CODE_PATTERN) String, @NotBlank @Size(max = 500) String> thankYou,
            Long version) {}

    /** Exactly one of {@code emoji} and {@code imageUrl}; the label is what screen readers and text channels show. */
    public record ReactionChoiceRequest(
            @NotBlank @Pattern(regexp = "^[a-z0-9-]{1,40}$", message = "must be a key such as love or sad")
            String key,

            @Size(min = 1, max = 16) String emoji,

            @Pattern(regexp = "^https://\\S{1,500}$", message = "must be an https URL")
            String imageUrl,

            @NotEmpty Map<@Pattern(regexp = Locales.CODE_PATTERN) String, @NotBlank @Size(max = 100) String> labels) {}

    public record ReactRequest(@NotBlank @Size(max = 40) String choice) {}
}
