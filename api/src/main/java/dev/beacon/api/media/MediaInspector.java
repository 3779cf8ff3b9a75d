package dev.beacon.api.media;

import dev.beacon.api.shared.config.BeaconConfig;
import dev.beacon.api.shared.error.ProblemException;
import dev.beacon.api.shared.error.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Checks an upload before anything is kept: the type from the bytes; sizes and pixel counts from the header
 * before any pixel is decoded (a small PNG can declare 20,000 × 20,000 pixels, 1.6 GB once decoded); the file
 * must end where its format ends (a truncated file, or another file appended to make a polyglot, does not); and
 * images are decoded and encoded again, so what is stored and served is pixels only: no EXIF (GPS, camera serial),
 * no XMP, no comments, no payload hidden in a chunk.
 */
@ApplicationScoped
public class MediaInspector {

    /** What is kept: the type, the bytes (re-encoded for images), and an image's size. */
    public record Inspected(Sniffed type, byte[] bytes, Integer width, Integer height) {}

    private static final byte[] PNG_END = {0, 0, 0, 0, 'I', 'E', 'N', 'D', (byte) 0xAE, 0x42, 0x60, (byte) 0x82};

    @Inject
    BeaconConfig config;

    public Inspected inspect(byte[] bytes) {
        if (bytes.length == 0) {
            throw refused("the file is empty");
        }
        if (bytes.length > config.media().maxBytes()) {
            throw new ProblemException(
                    ProblemType.PAYLOAD_TOO_LARGE,
                    "the file has " + bytes.length + " bytes; at most "
                            + config.media().maxBytes() + " are accepted");
        }
        Sniffed type = Sniffed.detect(bytes);
        if (type == null) {
            if (Sniffed.looksLikeMarkup(bytes)) {
                throw refused("SVG, HTML and other markup are not accepted: they can carry scripts");
            }
            throw refused("not a JPEG, PNG, WebP, GIF, Ogg (Opus or Vorbis), MP3, M4A or PDF file");
        }
        if (type.kind != MediaKind.image) {
            if (type == Sniffed.PDF && !tailContains(bytes, "%%EOF", 1024)) {
                throw refused("the PDF is truncated: it has no end-of-file marker");
            }
            return new Inspected(type, bytes, null, null);
        }
        return image(bytes, type);
    }

    private Inspected image(byte[] bytes, Sniffed type) {
        Images.Size size;
        try {
            size = Images.size(bytes, type);
        } catch (IOException | RuntimeException e) {
            throw refused("the " + type.extension + " header cannot be read");
        }
        if (size.width() > config.media().maxSide()
                || size.height() > config.media().maxSide()) {
            throw refused("the image is " + size.width() + " × " + size.height() + " pixels; sides of at most "
                    + config.media().maxSide() + " are accepted");
        }
        if (size.pixels() > config.media().maxPixels()) {
            throw refused("the image has " + size.pixels() + " pixels; at most "
                    + config.media().maxPixels() + " are accepted");
        }
        if (!endsWhereItsFormatEnds(bytes, type)) {
            throw refused("the " + type.extension
                    + " file does not end where its format ends: it is truncated, or has something appended");
        }
        BufferedImage pixels;
        try {
            pixels = Images.decode(bytes, type, 0);
        } catch (IOException | RuntimeException e) {
            throw refused("the " + type.extension + " image cannot be decoded whole (truncated or corrupt)");
        }
        int orientation = type == Sniffed.JPEG ? Images.jpegOrientation(bytes) : 1;
        byte[] clean;
        BufferedImage upright;
        if (type == Sniffed.JPEG) {
            upright = Images.rgb(pixels, orientation);
            clean = Images.encode(upright, Sniffed.JPEG, 0.9f);
        } else {
            upright = Images.argb(pixels, orientation);
            clean = Images.encode(upright, type, 0.9f);
        }
        return new Inspected(type, clean, upright.getWidth(), upright.getHeight());
    }

    static boolean endsWhereItsFormatEnds(byte[] b, Sniffed type) {
        int n = b.length;
        return switch (type) {
            case JPEG -> n > 4 && (b[n - 2] & 0xFF) == 0xFF && (b[n - 1] & 0xFF) == 0xD9;
            case PNG -> n > PNG_END.length && Arrays.equals(b, n - PNG_END.length, n, PNG_END, 0, PNG_END.length);
            case GIF -> b[n - 1] == 0x3B;
            case WEBP -> {
                long riff = (b[4] & 0xFFL) | (b[5] & 0xFFL) << 8 | (b[6] & 0xFFL) << 16 | (b[7] & 0xFFL) << 24;
                yield riff + 8 == n || riff + 9 == n; // a RIFF chunk may carry one pad byte
            }
            default -> true;
        };
    }

    private static boolean tailContains(byte[] b, String marker, int within) {
        int from = Math.max(0, b.length - within);
        return new String(b, from, b.length - from, StandardCharsets.ISO_8859_1).contains(marker);
    }

    static ProblemException refused(String why) {
        return new ProblemException(ProblemType.MEDIA_REFUSED, why);
    }
}
