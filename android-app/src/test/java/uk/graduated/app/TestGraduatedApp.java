package uk.graduated.app;

import android.app.Application;

import uk.graduated.app.data.device.DeviceKeys;
import uk.graduated.app.data.device.MemoryKeys;

/** The Application of every Robolectric test (robolectric.properties): tokens sealed with a fresh key in memory. */
public class TestGraduatedApp extends Application {
    @Override
    public void onCreate() {
        super.onCreate();
        DeviceKeys.install(new MemoryKeys());
    }
}
