package dev.beacon.api.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.beacon.api.demo.DemoImages;
import java.awt.image.BufferedImage;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Renditions, without the application: byte budgets for the demo pictures, crops around the focal point. */
class RenditionBudgetTest {

    @Test
    void everyDemoPictureFitsTheBudgetAtEveryWidthCropAndFormat() throws Exception {
        StringBuilder table = new StringBuilder("picture\twidth\tcrop\tformat\tbytes\tbudget\tquality\n");
        for (DemoImages.Picture p : DemoImages.PICTURES) {
            byte[] original = DemoImages.jpeg(p);
            BufferedImage source = Images.rgb(Images.decode(original, Sniffed.JPEG, 0), 1);
            for (RenditionSpec.Format format : RenditionSpec.Format.values()) {
                for (RenditionSpec.Crop crop : RenditionSpec.Crop.values()) {
                    for (int width : RenditionSpec.WIDTHS) {
                        RenditionSpec spec = new RenditionSpec(width, crop, format);
                        Renderer.Made made = Renderer.make(source, 0.7, 0.6, spec);
                        table.append(p.name())
                                .append('\t')
                                .append(width)
                                .append('\t')
                                .append(crop)
                                .append('\t')
                                .append(format)
                                .append('\t')
                                .append(made.bytes().length)
                                .append('\t')
                                .append(spec.budget())
                                .append('\t')
                                .append(made.quality())
                                .append('\n');
                        assertTrue(made.bytes().length <= spec.budget(), spec + ": " + made.bytes().length);
                        assertTrue(made.bytes().length <= RenditionSpec.MAX_BYTES);
                        assertEquals(width, made.width(), spec.toString());
                        int[] expected = Renderer.dimensions(source.getWidth(), source.getHeight(), spec);
                        assertEquals(expected[1], made.height(), spec.toString());
                    }
                }
            }
        }
        java.nio.file.Files.writeString(java.nio.file.Path.of("target/rendition-budgets.tsv"), table);
    }

    @Test
    void aNoisyPhotoStillFitsByLoweringQualityThenPixels() {
        BufferedImage noise = new BufferedImage(1200, 800, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(42);
        for (int y = 0; y < 800; y++) {
            for (int x = 0; x < 1200; x++) {
                noise.setRGB(x, y, random.nextInt(0xFFFFFF));
            }
        }
        for (int width : RenditionSpec.WIDTHS) {
            RenditionSpec spec = new RenditionSpec(width, RenditionSpec.Crop.none, RenditionSpec.Format.jpeg);
            assertTrue(Renderer.make(noise, 0.5, 0.5, spec).bytes().length <= spec.budget(), spec.toString());
        }
    }

    @Test
    void cropsKeepTheFocalPointInView() {
        BufferedImage wide = new BufferedImage(1000, 400, BufferedImage.TYPE_INT_RGB);
        BufferedImage left = Renderer.crop(wide, 0.0, 0.5, RenditionSpec.Crop.square);
        assertEquals(400, left.getWidth());
        assertEquals(0, left.getMinX() + offset(left, wide));
        BufferedImage right = Renderer.crop(wide, 0.95, 0.5, RenditionSpec.Crop.square);
        assertEquals(600, offset(right, wide));
        BufferedImage middle = Renderer.crop(wide, 0.5, 0.5, RenditionSpec.Crop.square);
        assertEquals(300, offset(middle, wide));
        // a very tall image is cut to 1:2 around the focal point when its shape is kept
        BufferedImage tall = new BufferedImage(300, 3000, BufferedImage.TYPE_INT_RGB);
        assertEquals(600, Renderer.crop(tall, 0.5, 0.1, RenditionSpec.Crop.none).getHeight());
    }

    @Test
    void onlyTheFixedWidthsAndKnownNamesAreRenditions() {
        assertEquals(
                new RenditionSpec(320, RenditionSpec.Crop.none, RenditionSpec.Format.webp),
                RenditionSpec.parse("320.webp"));
        assertEquals(
                new RenditionSpec(640, RenditionSpec.Crop.square, RenditionSpec.Format.jpeg),
                RenditionSpec.parse("640-square.jpg"));
        for (String name :
                new String[] {"321.webp", "320.png", "320-round.jpg", "0320.webp", "../320.jpg", "320.webp.exe"}) {
            assertEquals(null, RenditionSpec.parse(name), name);
        }
    }

    /** The x of a sub-image within its parent raster. */
    private static int offset(BufferedImage sub, BufferedImage parent) {
        return -sub.getRaster().getSampleModelTranslateX();
    }
}
