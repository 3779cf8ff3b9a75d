package dev.beacon.api.media;

import java.awt.image.BufferedImage;
import java.io.IOException;

/**
 * Makes the bytes of one rendition: decode (subsampled when the source is much larger), crop around the focal
 * point, scale, then the best quality that fits the width's byte budget (a binary search over the encoder's
 * quality; if even the lowest quality does not fit, the image is made smaller until it does).
 */
final class Renderer {

    static final float TOP_QUALITY = 0.85f;
    static final float LOWEST_QUALITY = 0.25f;

    private Renderer() {}

    record Made(byte[] bytes, float quality, int width, int height) {}

    static Made make(byte[] original, Sniffed type, double focalX, double focalY, RenditionSpec spec)
            throws IOException {
        BufferedImage source = Images.rgb(Images.decode(original, type, spec.width()), 1);
        return make(source, focalX, focalY, spec);
    }

    static Made make(BufferedImage source, double focalX, double focalY, RenditionSpec spec) {
        BufferedImage cropped = crop(source, focalX, focalY, spec.crop());
        int width = Math.min(spec.width(), cropped.getWidth());
        int height = Math.max(1, (int) Math.round(cropped.getHeight() * (double) width / cropped.getWidth()));
        BufferedImage scaled = width == cropped.getWidth() ? cropped : Images.scale(cropped, width, height);
        int budget = spec.budget();
        while (true) {
            Made best = fit(scaled, spec.format().encoder, budget);
            if (best != null) {
                return best;
            }
            int w = (int) (scaled.getWidth() * 0.85);
            int h = Math.max(1, (int) (scaled.getHeight() * 0.85));
            if (w < 16) {
                throw new IllegalStateException("cannot fit " + spec + " into " + budget + " bytes");
            }
            scaled = Images.scale(scaled, w, h);
        }
    }

    private static Made fit(BufferedImage image, Sniffed format, int budget) {
        byte[] top = Images.encode(image, format, TOP_QUALITY);
        if (top.length <= budget) {
            return new Made(top, TOP_QUALITY, image.getWidth(), image.getHeight());
        }
        float low = LOWEST_QUALITY;
        float high = TOP_QUALITY;
        Made best = null;
        for (int step = 0; step < 5; step++) {
            float q = step == 0 ? LOWEST_QUALITY : (low + high) / 2;
            byte[] bytes = Images.encode(image, format, q);
            if (bytes.length <= budget) {
                best = new Made(bytes, q, image.getWidth(), image.getHeight());
                low = q;
            } else if (step == 0) {
                return null; // the lowest quality does not fit: smaller pixels are needed
            } else {
                high = q;
            }
        }
        return best;
    }

    /** The width and height a rendition of a {@code w × h} image comes out at (before any budget shrink). */
    static int[] dimensions(int w, int h, RenditionSpec spec) {
        double aspect = (double) w / h;
        double target = spec.crop().aspect > 0 ? spec.crop().aspect : Math.max(0.5, Math.min(3.0, aspect));
        int cw = aspect > target ? Math.max(1, (int) Math.round(h * target)) : w;
        int ch = aspect < target ? Math.max(1, (int) Math.round(w / target)) : h;
        int width = Math.min(spec.width(), cw);
        return new int[] {width, Math.max(1, (int) Math.round(ch * (double) width / cw))};
    }

    /** The largest window of the crop's shape that keeps the focal point as central as the edges allow. */
    static BufferedImage crop(BufferedImage source, double focalX, double focalY, RenditionSpec.Crop crop) {
        int w = source.getWidth();
        int h = source.getHeight();
        double aspect = (double) w / h;
        double target = crop.aspect > 0 ? crop.aspect : Math.max(0.5, Math.min(3.0, aspect));
        int cw = w;
        int ch = h;
        if (aspect > target) {
            cw = Math.max(1, (int) Math.round(h * target));
        } else if (aspect < target) {
            ch = Math.max(1, (int) Math.round(w / target));
        }
        if (cw == w && ch == h) {
            return source;
        }
        int x = clamp((int) Math.round(focalX * w - cw / 2.0), 0, w - cw);
        int y = clamp((int) Math.round(focalY * h - ch / 2.0), 0, h - ch);
        return source.getSubimage(x, y, cw, ch);
    }

    private static int clamp(int v, int min, int max) {
        return Math.max(min, Math.min(max, v));
    }
}
