package uk.graduated.app.sync.android;

import android.app.job.JobInfo;
import android.app.job.JobScheduler;
import android.content.ComponentName;
import android.content.Context;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Registers sync with the framework's JobScheduler: a periodic job, a one-off "sync now", and a
 * one-off retry after a failure. Every job waits for a network and survives a reboot.
 */
public final class SyncScheduler {
    static final int PERIODIC_JOB_ID = 4201;
    static final int NOW_JOB_ID = 4202;
    static final int RETRY_JOB_ID = 4203;
    /** Often enough that a SENCO sees the morning's sessions before lunch, rarely enough for the battery. */
    static final long PERIOD_MILLIS = TimeUnit.MINUTES.toMillis(30);

    private SyncScheduler() {
    }

    /** Starts the periodic sync, unless it is already registered (re-registering would reset its timer). */
    public static void schedulePeriodic(Context context) {
        JobScheduler scheduler = scheduler(context);
        if (scheduler.getPendingJob(PERIODIC_JOB_ID) != null) {
            return;
        }
        scheduler.schedule(job(context, PERIODIC_JOB_ID).setPeriodic(PERIOD_MILLIS).build());
    }

    /** Syncs as soon as there is a network, e.g. after a session is logged or the person taps "sync now". */
    public static void syncNow(Context context) {
        scheduler(context).schedule(job(context, NOW_JOB_ID).build());
    }

    /** Tries again after a backoff, no sooner than {@code delay}. */
    static void retryIn(Context context, Duration delay) {
        scheduler(context).schedule(job(context, RETRY_JOB_ID).setMinimumLatency(delay.toMillis()).build());
    }

    /** Stops every sync job: after a wipe there is nothing left to sync. */
    public static void cancelAll(Context context) {
        JobScheduler scheduler = scheduler(context);
        scheduler.cancel(PERIODIC_JOB_ID);
        scheduler.cancel(NOW_JOB_ID);
        scheduler.cancel(RETRY_JOB_ID);
    }

    private static JobInfo.Builder job(Context context, int id) {
        return new JobInfo.Builder(id, new ComponentName(context, SyncJobService.class))
                .setRequiredNetworkType(JobInfo.NETWORK_TYPE_ANY)
                .setPersisted(true);
    }

    private static JobScheduler scheduler(Context context) {
        return context.getSystemService(JobScheduler.class);
    }
}
