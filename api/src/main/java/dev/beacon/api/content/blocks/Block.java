package dev.beacon.api.content.blocks;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.DiscriminatorMapping;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One block of a body as editors write it. Text blocks take a small Markdown subset (emphasis, strong,
 * code, links); publishing renders each to safe HTML and to plain text so every channel gets what it can show.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = Block.Heading.class, name = "heading"),
    @JsonSubTypes.Type(value = Block.Paragraph.class, name = "paragraph"),
    @JsonSubTypes.Type(value = Block.Image.class, name = "image"),
    @JsonSubTypes.Type(value = Block.ListBlock.class, name = "list"),
    @JsonSubTypes.Type(value = Block.Link.class, name = "link"),
    @JsonSubTypes.Type(value = Block.Quote.class, name = "quote"),
    @JsonSubTypes.Type(value = Block.Embed.class, name = "embed")
})
@Schema(
        name = "Block",
        oneOf = {
            Block.Heading.class,
            Block.Paragraph.class,
            Block.Image.class,
            Block.ListBlock.class,
            Block.Link.class,
            Block.Quote.class,
            Block.Embed.class
        },
        discriminatorProperty = "type",
        discriminatorMapping = {
            @DiscriminatorMapping(value = "heading", schema = Block.Heading.class),
            @DiscriminatorMapping(value = "paragraph", schema = Block.Paragraph.class),
            @DiscriminatorMapping(value = "image", schema = Block.Image.class),
            @DiscriminatorMapping(value = "list", schema = Block.ListBlock.class),
            @DiscriminatorMapping(value = "link", schema = Block.Link.class),
            @DiscriminatorMapping(value = "quote", schema = Block.Quote.class),
            @DiscriminatorMapping(value = "embed", schema = Block.Embed.class)
        })
public sealed interface Block {

    String URL = "^(https?://|/)\\S{1,2000}$";
    String URL_MESSAGE = "must be an http(s) URL or a site path starting with /";

    @Schema(name = "HeadingBlock")
    record Heading(
            @Min(2) @Max(4) Integer level,
            @NotBlank @Size(max = 200) String text) implements Block {}

    @Schema(name = "ParagraphBlock")
    record Paragraph(@NotBlank @Size(max = 10_000) String markdown) implements Block {}

    /**
     * An image from the site's media library ({@code assetId}: renditions, alt text per locale) or, as before the
     * library, by URL ({@code src}, with {@code alt}). Exactly one of the two; checked when saved.
     */
    @Schema(name = "ImageBlock")
    record Image(
            @Pattern(regexp = URL, message = URL_MESSAGE) String src,

            @Schema(
                    description =
                            "with src: required (empty for a decorative image); with assetId: overrides the asset's alt text")
            @Size(max = 300)
            String alt,

            @Size(max = 500) String caption,
            @Min(1) @Max(10_000) Integer width,
            @Min(1) @Max(10_000) Integer height,

            @Schema(description = "an image of the site's media library, instead of src") @Min(1)
            Long assetId)
            implements Block {

        public Image(String src, String alt, String caption, Integer width, Integer height) {
            this(src, alt, caption, width, height, null);
        }
    }

    @Schema(name = "ListBlock")
    record ListBlock(
            boolean ordered, @NotEmpty @Size(max = 100) List<@NotBlank @Size(max = 2_000) String> items)
            implements Block {}

    @Schema(name = "LinkBlock")
    record Link(
            @NotBlank @Pattern(regexp = URL, message = URL_MESSAGE)
            String url,

            @NotBlank @Size(max = 200) String text) implements Block {}

    @Schema(name = "QuoteBlock")
    record Quote(
            @NotBlank @Size(max = 2_000) String markdown,
            @Size(max = 200) String attribution) implements Block {}

    /** A poll, survey or competition of the same site, shown inside the body; checked when saved. */
    @Schema(name = "EmbedBlock")
    record Embed(@NotNull @Min(1) Long itemId) implements Block {}
}
