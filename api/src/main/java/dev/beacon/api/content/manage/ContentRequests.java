package dev.beacon.api.content.manage;

import dev.beacon.api.content.ContentType;
import dev.beacon.api.content.Seo;
import dev.beacon.api.content.blocks.Block;
import dev.beacon.api.content.channels.ChannelMessage;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What editors send to build the content tree and write translations. */
public final class ContentRequests {

    /** Lower-case letters (any script), digits and single dashes: safe in a URL path segment. */
    public static final String SLUG = "^[\\p{Ll}\\p{Lo}\\p{N}]+(-[\\p{Ll}\\p{Lo}\\p{N}]+)*$";

    private ContentRequests() {}

    public record ContentCreateRequest(
            @NotNull ContentType type,

            @Schema(nullable = true, description = "The parent item; absent or null: at the top of the tree")
            Long parentId,

            @Min(0) Integer position,
            Instant featuredFrom,
            Instant featuredUntil,
            @Valid TranslationCreateRequest translation) {}

    /** Moves an item in the tree or changes its featured window. */
    public record ContentUpdateRequest(
            @Schema(nullable = true, description = "The new parent; absent or null: at the top of the tree")
            Long parentId,

            @Min(0) Integer position,
            Instant featuredFrom,
            Instant featuredUntil,
            Long version) {}

    /** The first translation, given with the item so that one call makes a usable draft. */
    public record TranslationCreateRequest(
            @NotBlank @Pattern(regexp = "^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?$")
            String locale,

            @NotNull @Valid TranslationRequest content) {}

    /** A full save of one translation: becomes the draft and a new revision. */
    public record TranslationRequest(
            @NotBlank @Size(max = 200) String title,
            @Size(max = 300) String subtitle,

            @NotBlank
            @Size(max = 120)
            @Pattern(regexp = SLUG, message = "must be lower-case words joined by single dashes")
            String slug,

            @Size(max = 500) List<@NotNull @Valid Block> body,
            @Size(max = 30) List<@NotBlank @Size(max = 50) String> tags,
            @Valid Seo seo,
            @Size(max = 300) String note,
            Long version,

            @Schema(
                    nullable = true,
                    description =
                            "Written variants by channel (whatsapp, messenger, telegram, sms, ussd), each an ordered list"
                                    + " of messages checked against that platform's limits; channels left out are"
                                    + " derived from the body when delivered; null or absent: none written")
            Map<String, List<ChannelMessage>> channels) {}

    /** Publishes a revision (the current one by default), optionally within a live window. */
    public record PublishRequest(@Min(1) Integer revision, Instant liveFrom, Instant liveUntil, Long version) {}
}
