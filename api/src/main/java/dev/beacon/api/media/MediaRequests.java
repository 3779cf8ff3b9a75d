package dev.beacon.api.media;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What editors send about a file: at upload (the {@code metadata} part) and when they edit it. */
public final class MediaRequests {

    private MediaRequests() {}

    @Schema(name = "MediaMetadataRequest")
    public record MediaMetadataRequest(
            @NotBlank @Size(max = 200) String title,

            @Schema(
                    description = "Alt text per locale, e.g. {\"en\": \"…\", \"pt\": \"…\"}; images need it in a "
                            + "locale before an item in that locale that shows them is published")
            @Size(max = 50)
            Map<
                            @NotBlank @Pattern(regexp = "^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$") String,
                            @NotNull @Size(max = 300) String>
                    alt,

            @Size(max = 300) String credit,
            @Size(max = 20) List<@NotBlank @Size(max = 50) String> tags,
            @Valid FocalPoint focalPoint) {}
}
