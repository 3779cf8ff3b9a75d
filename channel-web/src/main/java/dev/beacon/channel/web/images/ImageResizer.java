package dev.beacon.channel.web.images;

import java.awt.AlphaComposite;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
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
 * Scales an image down with {@code java.awt} (headless), keeping its ratio and never making it larger. A photo is
 * sent as JPEG (quality 0.7); an image with transparency as PNG; a flat graphic as PNG too when that is smaller. When
 * no scaling was needed and the editor's JPEG or PNG is already the smallest, it is sent as it is.
 */
public final class ImageResizer {

    static {
        System.setProperty("java.awt.headless", "true");
        ImageIO.setUseCache(false);
    }

    /** More pixels than this are refused before decoding (a small file can claim a huge image). */
    static final long MAX_PIXELS = 40_000_000L;

    static final float JPEG_QUALITY = 0.7f;

    /** A resized image: its bytes, media type and size. */
    public record Resized(byte[] bytes, String contentType, int width, int height) {}

    /** The source could not be decoded as an image, or is too large. */
    public static class Unreadable extends Exception {
        public Unreadable(String message) {
            super(message);
        }
    }

    private ImageResizer() {}

    public static Resized resize(byte[] source, String sourceType, int maxWidth) throws Unreadable {
        int[] size = new int[2];
        BufferedImage original = decode(source, maxWidth, size);
        int w = size[0];
        int h = size[1];
        boolean scaled = w > maxWidth;
        int tw = scaled ? maxWidth : w;
        int th = scaled ? Math.max(1, (int) Math.round(h * (double) maxWidth / w)) : h;
        boolean alpha = hasTransparency(original);
        BufferedImage target = scaled ? scale(original, tw, th, alpha) : original;
        try {
            Resized best;
            if (alpha) {
                best = new Resized(png(target), "image/png", tw, th);
            } else {
                BufferedImage rgb = opaque(target);
                byte[] jpeg = jpeg(rgb);
                byte[] png = png(rgb);
                best = png.length < jpeg.length
                        ? new Resized(png, "image/png", tw, th)
                        : new Resized(jpeg, "image/jpeg", tw, th);
            }
            if (!scaled
                    && source.length <= best.bytes().length
                    && (sourceType.startsWith("image/jpeg") || sourceType.startsWith("image/png"))) {
                return new Resized(source, sourceType.startsWith("image/png") ? "image/png" : "image/jpeg", w, h);
            }
            return best;
        } catch (IOException e) {
            throw new Unreadable("could not encode: " + e);
        }
    }

    /**
     * Decodes the image, reading only every n-th pixel of one far larger than {@code maxWidth} (still at least twice
     * as wide, for quality) so that memory stays small; its full size goes to {@code size}.
     */
    private static BufferedImage decode(byte[] source, int maxWidth, int[] size) throws Unreadable {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(source))) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw new Unreadable("not an image ImageIO can read");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels <= 0 || pixels > MAX_PIXELS) {
                    throw new Unreadable("image of " + reader.getWidth(0) + "×" + reader.getHeight(0) + " refused");
                }
                size[0] = reader.getWidth(0);
                size[1] = reader.getHeight(0);
                ImageReadParam param = reader.getDefaultReadParam();
                int period = Math.max(1, size[0] / (maxWidth * 2));
                param.setSourceSubsampling(period, period, 0, 0);
                BufferedImage image = reader.read(0, param);
                if (image == null) {
                    throw new Unreadable("empty image");
                }
                return image;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw new Unreadable("could not decode: " + e);
        }
    }

    static boolean hasTransparency(BufferedImage image) {
        if (!image.getColorModel().hasAlpha()) {
            return false;
        }
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) >>> 24) != 0xff) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Halves while more than twice too big, then one bilinear step: close to area averaging, and fast. */
    private static BufferedImage scale(BufferedImage source, int tw, int th, boolean alpha) {
        BufferedImage current = source;
        int cw = source.getWidth();
        int ch = source.getHeight();
        while (cw / 2 >= tw) {
            cw /= 2;
            ch = Math.max(th, ch / 2);
            current = draw(current, cw, ch, alpha);
        }
        return cw == tw && ch == th ? current : draw(current, tw, th, alpha);
    }

    private static BufferedImage draw(BufferedImage source, int w, int h, boolean alpha) {
        BufferedImage out = new BufferedImage(w, h, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            if (alpha) {
                g.setComposite(AlphaComposite.Src);
            }
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(source, 0, 0, w, h, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    private static BufferedImage opaque(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_INT_RGB) {
            return image;
        }
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        try {
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return rgb;
    }

    private static byte[] jpeg(BufferedImage image) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(JPEG_QUALITY);
            param.setProgressiveMode(ImageWriteParam.MODE_DISABLED);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        if (!ImageIO.write(image, "png", bytes)) {
            throw new IOException("no PNG writer");
        }
        return bytes.toByteArray();
    }
}
