import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.util.Random;
import javax.imageio.ImageIO;

/** Writes a 4000 × 3000 (12-megapixel) photo-like JPEG (gradients, shapes, grain) to args[0]. */
public class MakePhoto {
    public static void main(String[] args) throws Exception {
        int w = 4000, h = 3000;
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        Random random = new Random(12);
        g.setPaint(new GradientPaint(0, 0, new Color(0x6FA8DC), 0, h, new Color(0x38761D)));
        g.fillRect(0, 0, w, h);
        for (int i = 0; i < 300; i++) {
            g.setColor(new Color(random.nextInt(0xFFFFFF)));
            g.fillOval(random.nextInt(w), random.nextInt(h), 40 + random.nextInt(400), 40 + random.nextInt(400));
        }
        g.dispose();
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            img.getRGB(0, y, w, 1, row, 0, w);
            for (int x = 0; x < w; x++) {
                int n = random.nextInt(17) - 8;
                int p = row[x];
                int r = Math.max(0, Math.min(255, ((p >> 16) & 0xFF) + n));
                int gr = Math.max(0, Math.min(255, ((p >> 8) & 0xFF) + n));
                int b = Math.max(0, Math.min(255, (p & 0xFF) + n));
                row[x] = (r << 16) | (gr << 8) | b;
            }
            img.setRGB(0, y, w, 1, row, 0, w);
        }
        ImageIO.write(img, "jpg", new File(args[0]));
    }
}
