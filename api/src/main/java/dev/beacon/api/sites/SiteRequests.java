package dev.beacon.api.sites;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** What staff send to create or change a site. */
public final class SiteRequests {

    private SiteRequests() {}

    public record SiteCreateRequest(
            @NotBlank
            @Pattern(regexp = "^[a-z0-9][a-z0-9-]{0,62}$", message = "must be lower-case letters, digits and dashes")
            String slug,

            @NotBlank @Size(max = 120) String name,
            @NotEmpty @Size(max = 50) List<@NotNull @Valid SiteLocale> locales,
            @Valid SiteSettings settings) {}

    /** A full replacement of the editable fields; {@code version} (or If-Match) guards against lost updates. */
    public record SiteUpdateRequest(
            @NotBlank @Size(max = 120) String name,
            @NotEmpty @Size(max = 50) List<@NotNull @Valid SiteLocale> locales,
            @Valid SiteSettings settings,
            Long version) {}
}
