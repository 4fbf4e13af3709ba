package uk.graduated.app.sync.android;

import android.app.job.JobParameters;
import android.app.job.JobService;
import android.content.pm.PackageManager;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import uk.graduated.app.core.Clock;
import uk.graduated.app.data.db.AppDatabase;
import uk.graduated.app.data.device.DeviceCredentials;
import uk.graduated.app.data.remote.HttpSyncTransport;
import uk.graduated.app.sync.engine.Backoff;
import uk.graduated.app.sync.engine.SyncError;
import uk.graduated.app.sync.engine.SyncResult;

/**
 * The thin shell the JobScheduler starts: runs {@link SyncRunner} off the main thread, one run at a
 * time, stops it between requests when the system asks, schedules a retry after a retryable
 * failure, and wipes the tablet when the server says it was revoked.
 */
public class SyncJobService extends JobService {
    private final ExecutorService worker = Executors.newSingleThreadExecutor();
    private final Map<Integer, AtomicBoolean> stopFlags = new ConcurrentHashMap<>();

    @Override
    public boolean onStartJob(JobParameters params) {
        DeviceCredentials credentials = new DeviceCredentials(this);
        if (!credentials.isEnrolled()) {
            return false;
        }
        AtomicBoolean stop = new AtomicBoolean();
        stopFlags.put(params.getJobId(), stop);
        worker.execute(() -> {
            try {
                afterRun(runner(credentials).runAll(stop::get));
            } finally {
                stopFlags.remove(params.getJobId());
                jobFinished(params, false);
            }
        });
        return true;
    }

    @Override
    public boolean onStopJob(JobParameters params) {
        AtomicBoolean stop = stopFlags.get(params.getJobId());
        if (stop != null) {
            stop.set(true);
        }
        return true;
    }

    @Override
    public void onDestroy() {
        worker.shutdown();
        super.onDestroy();
    }

    private SyncRunner runner(DeviceCredentials credentials) {
        HttpSyncTransport transport = new HttpSyncTransport(credentials.serverUrl(),
                HttpSyncTransport.client(credentials, appVersion()));
        return new SyncRunner(AppDatabase.get(this), credentials, transport, Clock.system(),
                new Backoff(new SecureRandom()));
    }

    private void afterRun(List<SyncResult> results) {
        Duration retryIn = null;
        for (SyncResult result : results) {
            if (result.succeeded()) {
                continue;
            }
            if (result.error().kind() == SyncError.Kind.DEVICE_REVOKED && result.error().wipe()) {
                DeviceWipe.wipe(this, AppDatabase.get(this), new DeviceCredentials(this));
                return;
            }
            if (result.retryIn() != null && (retryIn == null || result.retryIn().compareTo(retryIn) < 0)) {
                retryIn = result.retryIn();
            }
        }
        if (retryIn != null) {
            SyncScheduler.retryIn(this, retryIn);
        }
    }

    private String appVersion() {
        try {
            return getPackageManager().getPackageInfo(getPackageName(), 0).versionName;
        } catch (PackageManager.NameNotFoundException e) {
            return "unknown";
        }
    }
}
