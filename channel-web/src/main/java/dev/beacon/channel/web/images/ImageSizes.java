package dev.beacon.channel.web.images;

/**
 * The few widths images are resized to. A request is rounded to the nearest (the smaller on a tie), so caches hold
 * at most four copies of an image whatever widths are asked for.
 */
public final class ImageSizes {

    public static final int[] WIDTHS = {160, 240, 320, 480};

    public static final int DEFAULT = 240;

    private ImageSizes() {}

    /** The allowed width nearest to {@code asked}; {@link #DEFAULT} when nothing was asked. */
    public static int nearest(Integer asked) {
        if (asked == null) {
            return DEFAULT;
        }
        int best = WIDTHS[0];
        for (int w : WIDTHS) {
            if (Math.abs(w - (long) asked) < Math.abs(best - (long) asked)) {
                best = w;
            }
        }
        return best;
    }
}
