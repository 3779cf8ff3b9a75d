package dev.beacon.channel.web.images;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Scaling and encoding without the application: rounding, ratio, no upscaling, JPEG for photos, PNG with alpha. */
class ImageResizerTest {

    private static byte[] png(BufferedImage image) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** Noise, as a photo is to a compressor. */
    private static BufferedImage photo(int w, int h) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(7);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                image.setRGB(x, y, ((x * 255 / w) << 16) | ((y * 255 / h) << 8) | random.nextInt(64));
            }
        }
        return image;
    }

    @Test
    void widthsAreRoundedToTheFewAllowed() {
        assertEquals(240, ImageSizes.nearest(null));
        assertEquals(160, ImageSizes.nearest(1));
        assertEquals(160, ImageSizes.nearest(200), "a tie goes to the smaller");
        assertEquals(240, ImageSizes.nearest(241));
        assertEquals(320, ImageSizes.nearest(300));
        assertEquals(480, ImageSizes.nearest(Integer.MAX_VALUE));
        assertEquals(160, ImageSizes.nearest(Integer.MIN_VALUE));
    }

    @Test
    void aPhotoIsScaledDownAsJpegKeepingItsRatio() throws Exception {
        byte[] source = png(photo(1200, 800));
        ImageResizer.Resized r = ImageResizer.resize(source, "image/png", 240);

        assertEquals("image/jpeg", r.contentType());
        BufferedImage out = ImageIO.read(new ByteArrayInputStream(r.bytes()));
        assertEquals(240, out.getWidth());
        assertEquals(160, out.getHeight());
        assertTrue(r.bytes().length < source.length / 10, r.bytes().length + " of " + source.length);
        System.out.println("[image sizes] photo 1200x800 PNG " + source.length + " bytes -> 240x160 JPEG "
                + r.bytes().length + " bytes");
    }

    @Test
    void transparencyIsKeptAsPngAndNothingIsUpscaled() throws Exception {
        BufferedImage logo = new BufferedImage(100, 50, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = logo.createGraphics();
        g.setColor(Color.RED);
        g.fillOval(10, 10, 30, 30);
        g.dispose();
        ImageResizer.Resized r = ImageResizer.resize(png(logo), "image/png", 480);

        assertEquals("image/png", r.contentType());
        BufferedImage out = ImageIO.read(new ByteArrayInputStream(r.bytes()));
        assertEquals(100, out.getWidth());
        assertEquals(50, out.getHeight());
        assertTrue(out.getColorModel().hasAlpha());
        assertEquals(0, out.getRGB(0, 0) >>> 24, "a transparent corner stays transparent");
    }

    @Test
    void whatIsNotAnImageIsRefused() {
        assertThrows(
                ImageResizer.Unreadable.class, () -> ImageResizer.resize("<html></html>".getBytes(), "image/png", 240));
    }
}
