package dev.beacon.api.media;

import dev.beacon.api.shared.error.ProblemException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One rendition: a width from a fixed set (so nobody can make the server render a thousand sizes), a crop and a
 * format. Its file name in URLs is {@code 320.webp} or {@code 320-square.jpg}.
 */
public record RenditionSpec(int width, Crop crop, Format format) {

    public static final List<Integer> WIDTHS = List.of(120, 240, 320, 480, 640, 960);

    /** Never more than this at any width: the Free Basics limit for one object. */
    public static final int MAX_BYTES = 200_000;

    private static final Pattern NAME = Pattern.compile("([1-9]\\d{1,3})(?:-(square|wide))?\\.(jpg|webp)");

    public enum Format {
        jpeg("jpg", "image/jpeg", Sniffed.JPEG),
        webp("webp", "image/webp", Sniffed.WEBP);

        public final String extension;
        public final String mediaType;
        final Sniffed encoder;

        Format(String extension, String mediaType, Sniffed encoder) {
            this.extension = extension;
            this.mediaType = mediaType;
            this.encoder = encoder;
        }
    }

    /** none keeps the image's shape (between 1:2 and 3:1); square and wide (16:9) crop around the focal point. */
    public enum Crop {
        none(0),
        square(1.0),
        wide(16.0 / 9.0);

        final double aspect;

        Crop(double aspect) {
            this.aspect = aspect;
        }
    }

    /** The byte budget at a width: ≤ 10 KB for a thumbnail, ≤ 30 KB at 320 px, never over 200 KB. */
    public static int budget(int width) {
        return switch (width) {
            case 120 -> 10_000;
            case 240 -> 20_000;
            case 320 -> 30_000;
            case 480 -> 50_000;
            case 640 -> 80_000;
            default -> 150_000;
        };
    }

    public int budget() {
        return budget(width);
    }

    public String fileName() {
        return width + (crop == Crop.none ? "" : "-" + crop) + "." + format.extension;
    }

    public static RenditionSpec parse(String name) {
        Matcher m = NAME.matcher(name);
        if (!m.matches()) {
            return null;
        }
        int width = Integer.parseInt(m.group(1));
        if (!WIDTHS.contains(width)) {
            return null;
        }
        return new RenditionSpec(
                width,
                m.group(2) == null ? Crop.none : Crop.valueOf(m.group(2)),
                m.group(3).equals("jpg") ? Format.jpeg : Format.webp);
    }

    public static RenditionSpec of(Integer width, String crop, Format format) {
        if (width == null || !WIDTHS.contains(width)) {
            throw ProblemException.invalid("width", "must be one of " + WIDTHS);
        }
        Crop c;
        try {
            c = crop == null || crop.isBlank() ? Crop.none : Crop.valueOf(crop);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("crop", "must be none, square or wide");
        }
        return new RenditionSpec(width, c, format);
    }
}
