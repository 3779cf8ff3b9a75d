package dev.beacon.api.content.blocks;

import dev.beacon.api.media.MediaDirectory;
import dev.beacon.api.media.MediaDirectory.ImageView;
import dev.beacon.api.media.MediaKind;
import dev.beacon.api.shared.error.Problem;
import dev.beacon.api.shared.error.ProblemException;
import dev.beacon.api.shared.error.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Image blocks that name an asset of the media library: checked when saved, their alt text required before
 * publishing, and resolved to a URL block (the default rendition, the asset's alt text in the locale) for every
 * channel, the renditions added for the web's srcset.
 */
@ApplicationScoped
public class LibraryImages {

    @Inject
    MediaDirectory media;

    /** Saved bodies: each image block has either a src (and alt) or an assetId naming an image of this site. */
    public void check(long siteId, List<Block> body) {
        if (body == null) {
            return;
        }
        Map<Long, ImageView> found = media.images(siteId, assetIds(body));
        for (int i = 0; i < body.size(); i++) {
            if (body.get(i) instanceof Block.Image image) {
                if ((image.src() == null) == (image.assetId() == null)) {
                    throw ProblemException.invalid("body[" + i + "]", "an image block has either src or assetId");
                }
                if (image.src() != null && image.alt() == null) {
                    throw ProblemException.invalid("body[" + i + "].alt", "must not be null");
                }
                if (image.assetId() != null) {
                    ImageView view = found.get(image.assetId());
                    if (view == null || view.kind() != MediaKind.image) {
                        throw ProblemException.invalid(
                                "body[" + i + "].assetId",
                                "no image " + image.assetId() + " in this site's media library");
                    }
                }
            }
        }
    }

    /** Publishing: every library image shown needs alt text in the translation's locale (or its own on the block). */
    public void requireAlt(long siteId, String locale, List<Block> body) {
        Map<Long, ImageView> found = media.images(siteId, assetIds(body));
        List<Problem.FieldError> missing = new ArrayList<>();
        for (int i = 0; i < body.size(); i++) {
            if (body.get(i) instanceof Block.Image image && image.assetId() != null && blank(image.alt())) {
                ImageView view = found.get(image.assetId());
                if (view == null) {
                    missing.add(new Problem.FieldError(
                            "body[" + i + "].assetId",
                            "image " + image.assetId() + " is no longer in the media library"));
                } else if (blank(view.alt(locale))) {
                    missing.add(new Problem.FieldError(
                            "body[" + i + "].assetId",
                            "image " + image.assetId() + " has no alt text in " + locale
                                    + "; add it in the media library"));
                }
            }
        }
        if (!missing.isEmpty()) {
            throw new ProblemException(
                    ProblemType.VALIDATION,
                    "Images need alt text in " + locale + " before this is published: "
                            + missing.stream().map(Problem.FieldError::message).toList(),
                    missing);
        }
    }

    /** The body as every channel reads it: a library image becomes a URL block of its default rendition. */
    public Resolved resolve(long siteId, String locale, List<Block> body) {
        List<Long> ids = assetIds(body);
        if (ids.isEmpty()) {
            return new Resolved(body, Map.of());
        }
        Map<Long, ImageView> found = media.images(siteId, ids);
        List<Block> blocks = new ArrayList<>(body.size());
        for (Block block : body) {
            if (block instanceof Block.Image image && image.assetId() != null) {
                ImageView view = found.get(image.assetId());
                if (view == null) {
                    continue; // deleted from the library since (deleting refuses while a draft or publication uses it)
                }
                String alt = blank(image.alt()) ? altIn(view, locale) : image.alt();
                blocks.add(new Block.Image(
                        view.url(), alt, image.caption(), view.width(), view.height(), image.assetId()));
            } else {
                blocks.add(block);
            }
        }
        return new Resolved(blocks, found);
    }

    /** A resolved body and the library images it shows. */
    public record Resolved(List<Block> blocks, Map<Long, ImageView> images) {

        /** Rendered, with each library image's renditions and credit for the web. */
        public List<RenderedBlock> render(Function<Long, String> embeddedKinds) {
            List<RenderedBlock> rendered = BlockRenderer.render(blocks, embeddedKinds);
            if (images.isEmpty()) {
                return rendered;
            }
            List<RenderedBlock> out = new ArrayList<>(rendered.size());
            for (int i = 0; i < rendered.size(); i++) {
                RenderedBlock r = rendered.get(i);
                if (blocks.get(i) instanceof Block.Image image && image.assetId() != null) {
                    ImageView view = images.get(image.assetId());
                    r = r.fromLibrary(
                            view.id(),
                            view.renditions().stream()
                                    .map(l -> new RenderedBlock.Rendition(l.width(), l.format(), l.url(), l.maxBytes()))
                                    .toList(),
                            view.credit());
                }
                out.add(r);
            }
            return out;
        }
    }

    private static String altIn(ImageView view, String locale) {
        String alt = view.alt(locale);
        if (!blank(alt)) {
            return alt;
        }
        String language = locale.contains("-") ? locale.substring(0, locale.indexOf('-')) : locale;
        alt = view.alt(language);
        return blank(alt) ? "" : alt;
    }

    private static List<Long> assetIds(List<Block> body) {
        if (body == null) {
            return List.of();
        }
        return body.stream()
                .filter(b -> b instanceof Block.Image i && i.assetId() != null)
                .map(b -> ((Block.Image) b).assetId())
                .distinct()
                .toList();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
