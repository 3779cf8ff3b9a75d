package dev.beacon.api.media;

import java.util.ArrayList;
import java.util.List;

/** The public, immutable URLs of an asset's file and renditions: they carry the file's hash, so they never change meaning. */
public final class MediaUrls {

    private MediaUrls() {}

    public static String base(String site, MediaAsset a) {
        return "/api/v1/sites/" + site + "/media/" + a.id + "/" + a.urlHash() + "/";
    }

    public static String original(String site, MediaAsset a) {
        return base(site, a) + "original." + Sniffed.of(a.mediaType).extension;
    }

    public static String rendition(String site, MediaAsset a, RenditionSpec spec) {
        return base(site, a) + spec.fileName();
    }

    /** Every width in both formats, uncropped: what a page needs for srcset. */
    public static List<RenditionLink> renditions(String site, MediaAsset a) {
        if (a.kind != MediaKind.image) {
            return null;
        }
        List<RenditionLink> links = new ArrayList<>();
        for (RenditionSpec.Format format : RenditionSpec.Format.values()) {
            for (int width : RenditionSpec.WIDTHS) {
                RenditionSpec spec = new RenditionSpec(width, RenditionSpec.Crop.none, format);
                links.add(new RenditionLink(width, format.name(), rendition(site, a, spec), spec.budget()));
            }
        }
        return links;
    }
}
