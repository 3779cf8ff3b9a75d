package dev.beacon.api.stories;

import dev.beacon.api.sites.Locales;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What editors send to define a competition, and what people send to enter it. */
public final class StoryRequests {

    private StoryRequests() {}

    /** The terms a person must accept to enter, as recorded in their consents. */
    @Schema(name = "Terms")
    public record TermsRequest(
            @NotBlank @Size(max = 60) String document,
            @NotBlank @Size(max = 30) String version) {}

    public record CompetitionRequest(
            @NotNull Instant opensAt,
            @NotNull Instant closesAt,
            @NotNull @Valid TermsRequest terms,
            @Min(1) @Max(20_000) Integer maxTextLength,
            Long version) {}

    /** An entry; {@code hideRealName} defaults to true, so a real name is public only when the author says so. */
    public record EntryCreateRequest(
            @NotBlank @Size(max = 120) String title,
            @NotBlank @Size(max = 20_000) String text,
            @Size(max = 100) String realName,
            Boolean hideRealName,

            @NotNull @AssertTrue(message = "you must accept the competition's terms")
            Boolean acceptTerms) {}

    public record EntryStateRequest(@NotNull StoryEntry.State state) {}

    /** Where the draft article goes; its locale defaults to the site's default locale. */
    public record ArticleRequest(
            @NotNull Long parentId,

            @Pattern(regexp = Locales.CODE_PATTERN, message = "must be a locale code such as pt-BR")
            String locale) {}
}
