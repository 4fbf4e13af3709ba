package uk.graduated.app.feature.observation;

import android.content.ContentProvider;
import android.content.ContentValues;
import android.database.Cursor;
import android.database.MatrixCursor;
import android.net.Uri;
import android.os.ParcelFileDescriptor;
import android.provider.OpenableColumns;

import java.io.File;
import java.io.FileNotFoundException;
import java.util.regex.Pattern;

import uk.graduated.app.sync.android.DeviceWipe;

/**
 * Lets the camera app write a photo straight into this app's private folder. From Android 7 a
 * file:// URI may not leave the app, and androidx's FileProvider cannot be built here
 * (docs/adr/0001), so this serves exactly one kind of file: {@code photos/capture-<uuid>.jpg}. Not
 * exported: the camera gets a one-off write grant on the one URI it is handed.
 */
public final class PhotoOutputProvider extends ContentProvider {
    public static final String AUTHORITY = "uk.graduated.app.photos";
    private static final Pattern CAPTURE = Pattern.compile("capture-[0-9a-f-]{36}\\.jpg");

    /** The URI the camera writes to for a capture file made by {@link #captureFile}. */
    public static Uri uriFor(File capture) {
        return new Uri.Builder().scheme("content").authority(AUTHORITY).appendPath(capture.getName()).build();
    }

    /** Where a capture with this id is kept, in the photo folder a wipe empties. */
    public static File captureFile(File filesDir, String id) {
        return new File(new File(filesDir, DeviceWipe.PHOTO_DIR), "capture-" + id + ".jpg");
    }

    @Override
    public boolean onCreate() {
        return true;
    }

    @Override
    public ParcelFileDescriptor openFile(Uri uri, String mode) throws FileNotFoundException {
        return ParcelFileDescriptor.open(file(uri), ParcelFileDescriptor.parseMode(mode));
    }

    @Override
    public String getType(Uri uri) {
        return "image/jpeg";
    }

    /** Some camera apps ask for the name and size of the file they were given. */
    @Override
    public Cursor query(Uri uri, String[] projection, String selection, String[] selectionArgs, String sortOrder) {
        File file;
        try {
            file = file(uri);
        } catch (FileNotFoundException e) {
            return null;
        }
        MatrixCursor cursor = new MatrixCursor(new String[] {OpenableColumns.DISPLAY_NAME, OpenableColumns.SIZE});
        cursor.addRow(new Object[] {file.getName(), file.length()});
        return cursor;
    }

    @Override
    public Uri insert(Uri uri, ContentValues values) {
        throw new UnsupportedOperationException("photos are written through openFile only");
    }

    @Override
    public int delete(Uri uri, String selection, String[] selectionArgs) {
        throw new UnsupportedOperationException("photos are written through openFile only");
    }

    @Override
    public int update(Uri uri, ContentValues values, String selection, String[] selectionArgs) {
        throw new UnsupportedOperationException("photos are written through openFile only");
    }

    private File file(Uri uri) throws FileNotFoundException {
        String name = uri.getLastPathSegment();
        if (uri.getPathSegments().size() != 1 || name == null || !CAPTURE.matcher(name).matches()) {
            throw new FileNotFoundException("not a capture of this app: " + uri);
        }
        return captureFile(getContext().getFilesDir(), name.substring("capture-".length(), name.length() - ".jpg".length()));
    }
}
