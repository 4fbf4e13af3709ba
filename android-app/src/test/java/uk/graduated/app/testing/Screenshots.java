package uk.graduated.app.testing;

import static org.robolectric.Shadows.shadowOf;

import android.app.Activity;
import android.graphics.Bitmap;
import android.graphics.Canvas;
import android.os.Looper;
import android.view.View;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;

/** Renders an Activity's window as a person would see it and saves it as a PNG. */
public final class Screenshots {
    private Screenshots() {
    }

    /** Folder set by the pom (target/screenshots); a plain IDE run falls back to the working folder. */
    public static File directory() {
        return folder(new File(System.getProperty("graduated.screenshots", "target/screenshots")));
    }

    /** The repository's docs/screenshots, from the module folder Surefire runs in. */
    public static File docsDirectory() {
        File module = new File(System.getProperty("basedir", System.getProperty("user.dir")));
        return folder(new File(module.getAbsoluteFile().getParentFile(), "docs/screenshots"));
    }

    public static File capture(Activity activity, String name) throws IOException {
        return write(render(activity), new File(directory(), name + ".png"));
    }

    /** Saves a screen for the docs ({@code docs/screenshots/<name>.png}), regenerated on every run. */
    public static File document(Activity activity, String name) throws IOException {
        byte[] png = render(activity);
        write(png, new File(directory(), name + ".png"));
        return write(png, new File(docsDirectory(), name + ".png"));
    }

    private static byte[] render(Activity activity) throws IOException {
        // Pending layout passes and posted work run first, so the PNG shows the settled screen.
        shadowOf(Looper.getMainLooper()).idle();
        View root = activity.getWindow().getDecorView();
        Bitmap bitmap = Bitmap.createBitmap(root.getWidth(), root.getHeight(), Bitmap.Config.ARGB_8888);
        root.draw(new Canvas(bitmap));
        // Encoded in memory: native graphics cannot write straight to a FileOutputStream on Java 17.
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        if (!bitmap.compress(Bitmap.CompressFormat.PNG, 100, png)) {
            throw new IOException("PNG encoding failed for " + activity.getLocalClassName());
        }
        return png.toByteArray();
    }

    private static File write(byte[] png, File file) throws IOException {
        Files.write(file.toPath(), png);
        return file;
    }

    private static File folder(File dir) {
        if (!dir.isDirectory() && !dir.mkdirs()) {
            throw new IllegalStateException("cannot create " + dir);
        }
        return dir;
    }
}
