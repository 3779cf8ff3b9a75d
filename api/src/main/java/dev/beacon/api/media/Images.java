package dev.beacon.api.media;

import com.luciad.imageio.webp.WebPImageReaderSpi;
import com.luciad.imageio.webp.WebPImageWriterSpi;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

/**
 * Reading and writing pixels with ImageIO (JPEG, PNG, GIF from the JDK; WebP through webp-imageio, whose jar
 * carries libwebp for the usual platforms). Writers get no metadata, so nothing of the upload's EXIF, XMP,
 * comments or ICC profile survives a re-encode.
 */
final class Images {

    private Images() {}

    /** The dimensions an image's header declares, read without decoding its pixels. */
    record Size(int width, int height) {
        long pixels() {
            return (long) width * height;
        }
    }

    static ImageReader reader(Sniffed type) {
        if (type == Sniffed.WEBP) {
            try {
                return new WebPImageReaderSpi().createReaderInstance();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(type.mediaType);
        if (!readers.hasNext()) {
            throw new IllegalStateException("no ImageIO reader for " + type.mediaType);
        }
        return readers.next();
    }

    static Size size(byte[] bytes, Sniffed type) throws IOException {
        ImageReader reader = reader(type);
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(in, true, true);
            return new Size(reader.getWidth(0), reader.getHeight(0));
        } finally {
            reader.dispose();
        }
    }

    /**
     * The first frame's pixels, subsampled while reading when {@code atLeast} (a width) is far smaller than the
     * image, so a 12-megapixel photo is not decoded whole for a thumbnail. A decoder warning (a truncated or
     * corrupt stream, which ImageIO otherwise fills with grey) is an error.
     */
    static BufferedImage decode(byte[] bytes, Sniffed type, int atLeast) throws IOException {
        ImageReader reader = reader(type);
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(in, true, true);
            StringBuilder warnings = new StringBuilder();
            reader.addIIOReadWarningListener(
                    (source, warning) -> warnings.append(warning).append("; "));
            ImageReadParam param = reader.getDefaultReadParam();
            int width = reader.getWidth(0);
            int step = atLeast <= 0 ? 1 : Math.max(1, width / (atLeast * 2));
            if (step > 1 && type != Sniffed.WEBP) {
                param.setSourceSubsampling(step, step, 0, 0);
            }
            BufferedImage image = reader.read(0, param);
            if (!warnings.isEmpty()) {
                throw new IOException(warnings.toString());
            }
            return image;
        } finally {
            reader.dispose();
        }
    }

    /** An opaque RGB copy (JPEG has no alpha: transparent parts become white), turned upright per EXIF. */
    static BufferedImage rgb(BufferedImage source, int orientation) {
        boolean swap = orientation >= 5 && orientation <= 8;
        int w = swap ? source.getHeight() : source.getWidth();
        int h = swap ? source.getWidth() : source.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.drawImage(source, orientationTransform(orientation, source.getWidth(), source.getHeight()), null);
        g.dispose();
        return out;
    }

    /** Keeps alpha (PNG, GIF, WebP re-encoded as they came), turned upright. */
    static BufferedImage argb(BufferedImage source, int orientation) {
        boolean swap = orientation >= 5 && orientation <= 8;
        int w = swap ? source.getHeight() : source.getWidth();
        int h = swap ? source.getWidth() : source.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = out.createGraphics();
        g.drawImage(source, orientationTransform(orientation, source.getWidth(), source.getHeight()), null);
        g.dispose();
        return out;
    }

    private static AffineTransform orientationTransform(int orientation, int w, int h) {
        AffineTransform t = new AffineTransform();
        switch (orientation) {
            case 2 -> t.setTransform(-1, 0, 0, 1, w, 0);
            case 3 -> t.setTransform(-1, 0, 0, -1, w, h);
            case 4 -> t.setTransform(1, 0, 0, -1, 0, h);
            case 5 -> t.setTransform(0, 1, 1, 0, 0, 0);
            case 6 -> t.setTransform(0, 1, -1, 0, h, 0);
            case 7 -> t.setTransform(0, -1, -1, 0, h, w);
            case 8 -> t.setTransform(0, -1, 1, 0, 0, w);
            default -> {}
        }
        return t;
    }

    /** Scaled to {@code width × height} in halving steps (bilinear each), which keeps thumbnails from aliasing. */
    static BufferedImage scale(BufferedImage source, int width, int height) {
        BufferedImage current = source;
        int w = source.getWidth();
        int h = source.getHeight();
        do {
            w = Math.max(width, w / 2);
            h = Math.max(height, h / 2);
            if (current.getWidth() <= width * 2) {
                w = width;
                h = height;
            }
            BufferedImage next =
                    new BufferedImage(w, h, current.getType() == 0 ? BufferedImage.TYPE_INT_RGB : current.getType());
            Graphics2D g = next.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(current, 0, 0, w, h, null);
            g.dispose();
            current = next;
        } while (w != width || h != height);
        return current;
    }

    /** JPEG or WebP at a quality (0–1); PNG and GIF lossless (quality ignored). No metadata is written. */
    static byte[] encode(BufferedImage image, Sniffed format, float quality) {
        ImageWriter writer = writer(format);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(ios);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (format == Sniffed.JPEG || format == Sniffed.WEBP) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionType(param.getCompressionTypes()[0]); // JPEG baseline; WebP "Lossy"
                param.setCompressionQuality(quality);
            }
            if (format == Sniffed.JPEG) {
                param.setProgressiveMode(ImageWriteParam.MODE_DISABLED);
            }
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    private static ImageWriter writer(Sniffed format) {
        if (format == Sniffed.WEBP) {
            try {
                return new WebPImageWriterSpi().createWriterInstance();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByMIMEType(format.mediaType);
        if (!writers.hasNext()) {
            throw new IllegalStateException("no ImageIO writer for " + format.mediaType);
        }
        return writers.next();
    }

    /**
     * The EXIF orientation (1–8) of a JPEG, read from its APP1 segment; 1 when there is none. Read before the
     * metadata is dropped so that a phone photo taken sideways stays upright.
     */
    static int jpegOrientation(byte[] b) {
        int i = 2;
        while (i + 4 < b.length && (b[i] & 0xFF) == 0xFF) {
            int marker = b[i + 1] & 0xFF;
            int length = ((b[i + 2] & 0xFF) << 8) | (b[i + 3] & 0xFF);
            if (marker == 0xDA) {
                break; // start of scan: no metadata after it
            }
            if (marker == 0xE1
                    && i + 10 < b.length
                    && new String(b, i + 4, 4, java.nio.charset.StandardCharsets.ISO_8859_1).equals("Exif")) {
                return tiffOrientation(b, i + 10, Math.min(b.length, i + 2 + length));
            }
            i += 2 + length;
        }
        return 1;
    }

    private static int tiffOrientation(byte[] b, int tiff, int end) {
        if (tiff + 8 > end) {
            return 1;
        }
        boolean little = b[tiff] == 'I';
        int ifd = tiff + u32(b, tiff + 4, little);
        if (ifd < tiff || ifd + 2 > end) {
            return 1;
        }
        int entries = u16(b, ifd, little);
        for (int e = 0; e < entries; e++) {
            int at = ifd + 2 + e * 12;
            if (at + 12 > end) {
                return 1;
            }
            if (u16(b, at, little) == 0x0112) {
                int value = u16(b, at + 8, little);
                return value >= 1 && value <= 8 ? value : 1;
            }
        }
        return 1;
    }

    private static int u16(byte[] b, int at, boolean little) {
        return little ? (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8 : (b[at] & 0xFF) << 8 | (b[at + 1] & 0xFF);
    }

    private static int u32(byte[] b, int at, boolean little) {
        return little ? u16(b, at, true) | u16(b, at + 2, true) << 16 : u16(b, at, false) << 16 | u16(b, at + 2, false);
    }
}
