package uk.graduated.app.testing;

import android.app.Activity;
import android.graphics.Bitmap;
import android.graphics.Canvas;
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
        File dir = new File(System.getProperty("graduated.screenshots", "target/screenshots"));
        if (!dir.isDirectory() && !dir.mkdirs()) {
            throw new IllegalStateException("cannot create " + dir);
        }
        return dir;
    }

    public static File capture(Activity activity, String name) throws IOException {
        View root = activity.getWindow().getDecorView();
        Bitmap bitmap = Bitmap.createBitmap(root.getWidth(), root.getHeight(), Bitmap.Config.ARGB_8888);
        root.draw(new Canvas(bitmap));
        // Encoded in memory: native graphics cannot write straight to a FileOutputStream on Java 17.
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        if (!bitmap.compress(Bitmap.CompressFormat.PNG, 100, png)) {
            throw new IOException("PNG encoding failed for " + name);
        }
        File file = new File(directory(), name + ".png");
        Files.write(file.toPath(), png.toByteArray());
        return file;
    }
}
