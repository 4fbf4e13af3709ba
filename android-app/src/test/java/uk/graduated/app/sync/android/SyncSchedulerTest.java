package uk.graduated.app.sync.android;

import static org.assertj.core.api.Assertions.assertThat;

import android.app.job.JobInfo;
import android.app.job.JobScheduler;
import android.content.ComponentName;
import android.content.Context;
import android.content.pm.PackageManager;
import android.content.pm.ServiceInfo;
import android.net.NetworkCapabilities;

import java.time.Duration;
import java.util.List;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.RobolectricTestRunner;
import org.robolectric.RuntimeEnvironment;
import org.robolectric.annotation.Config;

@RunWith(RobolectricTestRunner.class)
@Config(sdk = 35)
public class SyncSchedulerTest {
    private final Context context = RuntimeEnvironment.getApplication();
    private final JobScheduler jobs = context.getSystemService(JobScheduler.class);

    private static void assertSyncJob(JobInfo job) {
        assertThat(job.getService().getClassName()).isEqualTo(SyncJobService.class.getName());
        assertThat(job.getRequiredNetwork()).isNotNull();
        assertThat(job.getRequiredNetwork().hasCapability(NetworkCapabilities.NET_CAPABILITY_INTERNET)).isTrue();
        assertThat(job.isPersisted()).isTrue();
    }

    @Test
    public void periodicSync_waitsForANetwork_survivesAReboot_andRunsEveryHalfHour() {
        SyncScheduler.schedulePeriodic(context);

        List<JobInfo> pending = jobs.getAllPendingJobs();
        assertThat(pending).hasSize(1);
        JobInfo job = pending.get(0);
        assertSyncJob(job);
        assertThat(job.getId()).isEqualTo(SyncScheduler.PERIODIC_JOB_ID);
        assertThat(job.isPeriodic()).isTrue();
        assertThat(job.getIntervalMillis()).isEqualTo(Duration.ofMinutes(30).toMillis());
    }

    @Test
    public void schedulingThePeriodicSyncAgain_keepsTheOneAlreadyThere() {
        SyncScheduler.schedulePeriodic(context);
        JobInfo first = jobs.getPendingJob(SyncScheduler.PERIODIC_JOB_ID);

        SyncScheduler.schedulePeriodic(context);

        assertThat(jobs.getAllPendingJobs()).hasSize(1);
        assertThat(jobs.getPendingJob(SyncScheduler.PERIODIC_JOB_ID)).isSameAs(first);
    }

    @Test
    public void syncNow_isAOneOffJobThatWaitsOnlyForANetwork() {
        SyncScheduler.syncNow(context);

        JobInfo job = jobs.getPendingJob(SyncScheduler.NOW_JOB_ID);
        assertSyncJob(job);
        assertThat(job.isPeriodic()).isFalse();
        assertThat(job.getMinLatencyMillis()).isZero();
    }

    @Test
    public void retry_waitsAtLeastTheBackoff() {
        SyncScheduler.retryIn(context, Duration.ofSeconds(40));

        JobInfo job = jobs.getPendingJob(SyncScheduler.RETRY_JOB_ID);
        assertSyncJob(job);
        assertThat(job.getMinLatencyMillis()).isEqualTo(40_000);
    }

    @Test
    public void cancelAll_leavesNoSyncJob() {
        SyncScheduler.schedulePeriodic(context);
        SyncScheduler.syncNow(context);

        SyncScheduler.cancelAll(context);

        assertThat(jobs.getAllPendingJobs()).isEmpty();
    }

    @Test
    public void jobService_isDeclared_privateToTheApp_andOnlyTheSchedulerMayBindIt() throws Exception {
        ServiceInfo service = context.getPackageManager().getServiceInfo(
                new ComponentName(context, SyncJobService.class), PackageManager.GET_META_DATA);

        assertThat(service.exported).isFalse();
        assertThat(service.permission).isEqualTo("android.permission.BIND_JOB_SERVICE");
    }
}
