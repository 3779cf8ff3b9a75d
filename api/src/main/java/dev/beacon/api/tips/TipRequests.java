package dev.beacon.api.tips;

import dev.beacon.api.sites.Locales;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What people and staff send about tips. */
public final class TipRequests {

    private TipRequests() {}

    /** A person's tip: stored exactly as written. */
    public record TipCreateRequest(
            @NotBlank @Size(max = 140) String text,
            @Size(max = 40) String displayName,

            @Pattern(regexp = Locales.CODE_PATTERN, message = "must be a locale code such as pt-BR")
            String locale) {}

    /** Where the draft article goes; its locale defaults to the tip's, else the site's default. */
    public record ArticleRequest(
            @NotNull Long parentId,

            @Pattern(regexp = Locales.CODE_PATTERN, message = "must be a locale code such as pt-BR")
            String locale) {}
}
