package dev.beacon.api.sites;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A locale a site publishes in, and the locale to fall back to when content is missing in it
 * ({@code pt-BR → pt}). The site's first locale is its default and the end of every chain.
 */
public record SiteLocale(
        @NotBlank @Pattern(regexp = Locales.CODE_PATTERN, message = "must be a BCP 47 tag such as en, pt or pt-BR")
        String code,

        @Size(max = 60) String name,

        @Pattern(regexp = Locales.CODE_PATTERN, message = "must be a BCP 47 tag such as en, pt or pt-BR")
        String fallback) {}
