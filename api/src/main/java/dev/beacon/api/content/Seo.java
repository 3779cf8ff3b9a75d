package dev.beacon.api.content;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Search and social preview fields of one translation. */
public record Seo(
        @Size(max = 70) String metaTitle,
        @Size(max = 160) String metaDescription,

        @Pattern(regexp = "^https?://\\S{1,2000}$", message = "must be an http(s) URL")
        String socialImage,

        @Size(max = 100) String socialTitle,
        @Size(max = 200) String socialDescription,
        Boolean noIndex) {}
