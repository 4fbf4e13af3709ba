package uk.graduated.app.feature.observation;

/**
 * How big a stored photo is: a tablet camera's 3-10 MB original is scaled so its long edge is at
 * most {@link #LONG_EDGE} pixels, enough to see what a child did and small enough to upload on a
 * nursery's Wi-Fi. Plain Java: the sizes are tested without Android.
 */
public final class PhotoSize {
    public static final int LONG_EDGE = 1600;

    private PhotoSize() {
    }

    /** The size to store, keeping the aspect ratio; a photo already small enough keeps its size. */
    public static int[] scaled(int width, int height) {
        int longEdge = Math.max(width, height);
        if (longEdge <= LONG_EDGE) {
            return new int[] {width, height};
        }
        double factor = (double) LONG_EDGE / longEdge;
        return new int[] {Math.max(1, (int) Math.round(width * factor)), Math.max(1, (int) Math.round(height * factor))};
    }

    /**
     * The largest power-of-two step the decoder may skip while still leaving at least the long edge
     * wanted, so a 12-megapixel photo never has to sit whole in memory.
     */
    public static int sampleSize(int width, int height) {
        int longEdge = Math.max(width, height);
        int sample = 1;
        while (longEdge / (sample * 2) >= LONG_EDGE) {
            sample *= 2;
        }
        return sample;
    }
}
