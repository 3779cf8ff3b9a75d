package dev.beacon.api.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * The demo's pictures, drawn in code when the demo loads (so the repository ships no image files and their licence
 * is the project's own): landscape scenes of sky, sun, hills and people, 1600 × 1067, with grain so they compress
 * like photographs do, which makes the rendition byte budgets a fair test.
 */
public final class DemoImages {

    /** One picture: its name in demo-content.json, alt text per locale, and how it is drawn. */
    public record Picture(String name, String title, String altEn, String altPt, long seed, Color sky, Color ground) {}

    public static final List<Picture> PICTURES = List.of(
            new Picture(
                    "clinic",
                    "Clinic at dawn",
                    "A small clinic on a green hill at sunrise, people walking up the path",
                    "Uma pequena clínica numa colina verde ao nascer do sol, pessoas a subir o caminho",
                    11,
                    new Color(0xF6B26B),
                    new Color(0x6AA84F)),
            new Picture(
                    "clinic-days",
                    "Walk-in day",
                    "People queueing outside a clinic under a blue sky",
                    "Pessoas em fila à porta de uma clínica sob um céu azul",
                    23,
                    new Color(0x6FA8DC),
                    new Color(0x93C47D)),
            new Picture(
                    "festival",
                    "Festival evening",
                    "A crowd in front of a stage at sunset, with coloured lights",
                    "Uma multidão em frente a um palco ao pôr do sol, com luzes coloridas",
                    37,
                    new Color(0xC27BA0),
                    new Color(0x38761D)));

    public static final int WIDTH = 1600;
    public static final int HEIGHT = 1067;

    private DemoImages() {}

    public static Picture picture(String name) {
        return PICTURES.stream()
                .filter(p -> p.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no demo picture " + name));
    }

    public static BufferedImage draw(Picture p) {
        BufferedImage img = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        Random random = new Random(p.seed());
        g.setPaint(new GradientPaint(
                0, 0, p.sky().darker(), 0, HEIGHT * 0.6f, p.sky().brighter()));
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setColor(new Color(0xFFE599));
        int sun = 160 + random.nextInt(80);
        g.fillOval(200 + random.nextInt(1100), 80 + random.nextInt(150), sun, sun);
        for (int layer = 0; layer < 3; layer++) {
            Path2D hill = new Path2D.Double();
            int base = (int) (HEIGHT * (0.55 + layer * 0.12));
            hill.moveTo(0, HEIGHT);
            for (int x = 0; x <= WIDTH; x += 40) {
                hill.lineTo(x, base - 60 * Math.sin((x + random.nextInt(30)) / (180.0 + layer * 60) + layer));
            }
            hill.lineTo(WIDTH, HEIGHT);
            hill.closePath();
            Color ground = p.ground();
            for (int d = 0; d < layer; d++) {
                ground = ground.darker();
            }
            g.setColor(ground);
            g.fill(hill);
        }
        g.setColor(new Color(0xEEEEEE));
        g.fillRect(1000, 520, 320, 180);
        g.setColor(new Color(0xCC0000));
        g.setStroke(new BasicStroke(18));
        g.drawLine(1160, 560, 1160, 660);
        g.drawLine(1110, 610, 1210, 610);
        for (int i = 0; i < 24; i++) {
            int x = 100 + random.nextInt(1400);
            int y = 760 + random.nextInt(220);
            g.setColor(new Color(random.nextInt(0xFFFFFF)));
            g.fillRoundRect(x, y, 34, 90, 16, 16);
            g.setColor(new Color(0x5D4037));
            g.fillOval(x + 2, y - 32, 30, 30);
        }
        g.dispose();
        // grain: photographs are never flat, and flat areas would make the budgets too easy
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                int n = random.nextInt(13) - 6;
                int rgb = img.getRGB(x, y);
                int r = clamp(((rgb >> 16) & 0xFF) + n);
                int gr = clamp(((rgb >> 8) & 0xFF) + n);
                int b = clamp((rgb & 0xFF) + n);
                img.setRGB(x, y, (r << 16) | (gr << 8) | b);
            }
        }
        return img;
    }

    public static byte[] jpeg(Picture p) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(draw(p), "jpg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }
}
