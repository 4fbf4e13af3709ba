package uk.graduated.app.feature.observation;

import android.graphics.Bitmap;
import android.graphics.BitmapFactory;
import android.graphics.Matrix;
import android.media.ExifInterface;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;

import uk.graduated.app.data.photo.LocalPhoto;
import uk.graduated.model.observation.PhotoMediaType;

/**
 * Turns the camera's file into the photo the tablet keeps and uploads: upright (the camera's EXIF
 * rotation applied, since the EXIF is not kept), long edge at most {@link PhotoSize#LONG_EDGE}, JPEG.
 * The hash is taken of these bytes, the ones that travel.
 */
final class PhotoScaler {
    private static final int JPEG_QUALITY = 85;

    private PhotoScaler() {
    }

    static LocalPhoto scale(File original, File stored) throws IOException {
        BitmapFactory.Options bounds = new BitmapFactory.Options();
        bounds.inJustDecodeBounds = true;
        BitmapFactory.decodeFile(original.getPath(), bounds);
        if (bounds.outWidth <= 0 || bounds.outHeight <= 0) {
            throw new IOException("the camera did not leave a readable photo");
        }
        BitmapFactory.Options decode = new BitmapFactory.Options();
        decode.inSampleSize = PhotoSize.sampleSize(bounds.outWidth, bounds.outHeight);
        Bitmap decoded = BitmapFactory.decodeFile(original.getPath(), decode);
        if (decoded == null) {
            throw new IOException("the camera did not leave a readable photo");
        }
        int[] size = PhotoSize.scaled(decoded.getWidth(), decoded.getHeight());
        Matrix matrix = new Matrix();
        matrix.postScale((float) size[0] / decoded.getWidth(), (float) size[1] / decoded.getHeight());
        matrix.postRotate(rotation(original));
        Bitmap upright = Bitmap.createBitmap(decoded, 0, 0, decoded.getWidth(), decoded.getHeight(), matrix, true);
        // Encoded in memory, then written: one write of finished bytes, never a half-written photo.
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        if (!upright.compress(Bitmap.CompressFormat.JPEG, JPEG_QUALITY, jpeg)) {
            throw new IOException("the photo could not be encoded");
        }
        Files.write(stored.toPath(), jpeg.toByteArray());
        LocalPhoto photo = LocalPhoto.fromFile(stored, PhotoMediaType.JPEG, upright.getWidth(), upright.getHeight());
        decoded.recycle();
        upright.recycle();
        return photo;
    }

    private static int rotation(File original) {
        try {
            int orientation = new ExifInterface(original.getPath())
                    .getAttributeInt(ExifInterface.TAG_ORIENTATION, ExifInterface.ORIENTATION_NORMAL);
            switch (orientation) {
                case ExifInterface.ORIENTATION_ROTATE_90:
                    return 90;
                case ExifInterface.ORIENTATION_ROTATE_180:
                    return 180;
                case ExifInterface.ORIENTATION_ROTATE_270:
                    return 270;
                default:
                    return 0;
            }
        } catch (IOException noExif) {
            return 0;
        }
    }
}
