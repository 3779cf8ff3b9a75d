package dev.beacon.api.media;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import javax.imageio.ImageIO;

/** Files for the media tests, made in code: real images, and the hostile ones the library must refuse. */
public final class MediaSamples {

    /** Text placed in a photo's EXIF GPS block: it must not be found in anything served. */
    public static final String GPS_SECRET = "GPS-SECRET-HOME-12.345N";

    private MediaSamples() {}

    /** A photo-like picture (gradients and noise, which compress like a photo), seeded. */
    public static BufferedImage picture(int width, int height, long seed) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        Random random = new Random(seed);
        g.setPaint(new GradientPaint(
                0, 0, new Color(random.nextInt(0xFFFFFF)), width, height, new Color(random.nextInt(0xFFFFFF))));
        g.fillRect(0, 0, width, height);
        for (int i = 0; i < 40; i++) {
            g.setColor(new Color(random.nextInt(0xFFFFFF)));
            g.fillOval(random.nextInt(width), random.nextInt(height), width / 6 + 1, height / 6 + 1);
        }
        g.dispose();
        for (int i = 0; i < width * height / 8; i++) {
            int x = random.nextInt(width);
            int y = random.nextInt(height);
            int rgb = img.getRGB(x, y);
            img.setRGB(x, y, rgb ^ (random.nextInt(32) * 0x010101));
        }
        return img;
    }

    public static byte[] jpeg(int width, int height) {
        return write(picture(width, height, width * 31L + height), "jpg");
    }

    public static byte[] png(int width, int height) {
        return write(picture(width, height, width * 17L + height), "png");
    }

    public static byte[] gif(int width, int height) {
        return write(picture(width, height, 5), "gif");
    }

    public static byte[] webp(int width, int height) {
        return Images.encode(picture(width, height, 9), Sniffed.WEBP, 0.8f);
    }

    /** A JPEG with an EXIF block (right after SOI) holding a GPS IFD with {@link #GPS_SECRET}, and orientation 1. */
    public static byte[] jpegWithGps(int width, int height) {
        byte[] plain = jpeg(width, height);
        byte[] secret = (GPS_SECRET + "\0").getBytes(StandardCharsets.US_ASCII);
        ByteBuffer tiff = ByteBuffer.allocate(200 + secret.length);
        tiff.put("MM".getBytes(StandardCharsets.US_ASCII)).putShort((short) 42).putInt(8);
        // IFD0: orientation, GPS pointer
        tiff.putShort((short) 2);
        tiff.putShort((short) 0x0112)
                .putShort((short) 3)
                .putInt(1)
                .putShort((short) 1)
                .putShort((short) 0);
        tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(8 + 2 + 24 + 4);
        tiff.putInt(0);
        // GPS IFD: latitude ref N, GPSAreaInformation-like ASCII text
        tiff.putShort((short) 2);
        tiff.putShort((short) 0x0001)
                .putShort((short) 2)
                .putInt(2)
                .put((byte) 'N')
                .put((byte) 0)
                .putShort((short) 0);
        int textAt = 8 + 2 + 24 + 4 + 2 + 24 + 4;
        tiff.putShort((short) 0x001B).putShort((short) 2).putInt(secret.length).putInt(textAt);
        tiff.putInt(0);
        tiff.put(secret);
        byte[] body = Arrays.copyOf(tiff.array(), tiff.position());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0xFF);
        out.write(0xD8);
        out.write(0xFF);
        out.write(0xE1);
        int length = 2 + 6 + body.length;
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.writeBytes("Exif\0\0".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(body);
        out.write(plain, 2, plain.length - 2);
        return out.toByteArray();
    }

    /** A valid PNG header declaring 20,000 × 20,000 pixels (1.6 GB decoded) over a few hundred bytes. */
    public static byte[] pngBomb() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(20_000).putInt(20_000);
        ihdr.put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(out, "IHDR", ihdr.array());
        Deflater deflater = new Deflater(9);
        deflater.setInput(new byte[200_000]);
        deflater.finish();
        byte[] buffer = new byte[10_000];
        int n = deflater.deflate(buffer);
        chunk(out, "IDAT", Arrays.copyOf(buffer, n));
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        ByteBuffer length = ByteBuffer.allocate(4).putInt(data.length);
        out.writeBytes(length.array());
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(t);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    public static byte[] svg() {
        return "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
                .getBytes(StandardCharsets.UTF_8);
    }

    /** A JPEG with an HTML page appended (a file that is both, depending on who reads it). */
    public static byte[] polyglot() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(jpeg(200, 150));
        out.writeBytes(
                "<html><body><script>alert(document.cookie)</script></body></html>".getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    public static byte[] truncatedJpeg() {
        byte[] whole = jpeg(400, 300);
        return Arrays.copyOf(whole, whole.length * 6 / 10);
    }

    public static byte[] oggOpus() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("OggS".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(new byte[24]);
        out.writeBytes("OpusHead".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(new byte[200]);
        return out.toByteArray();
    }

    public static byte[] mp3() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {'I', 'D', '3', 4, 0, 0, 0, 0, 0, 0});
        out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xFB, (byte) 0x90, 0x64});
        out.writeBytes(new byte[400]);
        return out.toByteArray();
    }

    public static byte[] m4a() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {0, 0, 0, 0x20});
        out.writeBytes("ftypM4A \0\0\0\0M4A mp42isom\0\0\0\0".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(new byte[100]);
        return out.toByteArray();
    }

    public static byte[] pdf() {
        return "%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
                .getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] write(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
