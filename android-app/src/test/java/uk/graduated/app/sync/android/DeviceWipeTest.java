package uk.graduated.app.sync.android;

import static org.assertj.core.api.Assertions.assertThat;

import android.app.job.JobScheduler;
import android.content.Context;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;

import org.junit.After;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.RobolectricTestRunner;
import org.robolectric.RuntimeEnvironment;
import org.robolectric.annotation.Config;

import uk.graduated.app.data.db.LocalFixture;
import uk.graduated.app.data.device.DeviceCredentials;
import uk.graduated.app.data.observation.ObservationRepository;
import uk.graduated.app.data.photo.LocalPhoto;
import uk.graduated.app.data.session.SessionRepository;
import uk.graduated.model.observation.ObservationExamples;
import uk.graduated.model.observation.PhotoMediaType;
import uk.graduated.model.plan.PlanCycleJson;
import uk.graduated.model.plan.PlanExamples;
import uk.graduated.model.plan.SupportPlanJson;
import uk.graduated.model.school.SchoolExamples;
import uk.graduated.model.school.SchoolJson;
import uk.graduated.model.sen.ProvisionEntryJson;
import uk.graduated.model.sen.SenExamples;
import uk.graduated.model.session.SessionExamples;
import uk.graduated.model.sync.EntityType;

@RunWith(RobolectricTestRunner.class)
@Config(sdk = 35)
public class DeviceWipeTest {
    private final Context context = RuntimeEnvironment.getApplication();
    private final LocalFixture f = new LocalFixture();
    private final DeviceCredentials credentials = new DeviceCredentials(context);

    @After
    public void close() {
        f.close();
    }

    @Test
    public void wipe_erasesRecordsOutboxPhotosTokensAndSyncJobs() throws IOException {
        File file = File.createTempFile("observation", ".jpg");
        Files.write(file.toPath(), new byte[] {1, 2, 3});
        LocalPhoto photo = LocalPhoto.fromFile(file, PhotoMediaType.JPEG, null, null);
        new ObservationRepository(f.db, f.writer, f.clock).record(
                ObservationExamples.observation().photos(photo.ref()).build(), List.of(photo));
        new SessionRepository(f.db, f.writer, f.clock).logSession(SessionExamples.sessionLog().build());
        f.pulled(EntityType.SCHOOL, SchoolJson.toJson(SchoolExamples.larkfieldPrimary()), 1);
        f.pulled(EntityType.SEN_PROVISION, ProvisionEntryJson.toJson(SenExamples.poppyOnSenSupport()), 2);
        f.pulled(EntityType.SUPPORT_PLAN, SupportPlanJson.toJson(PlanExamples.poppysPlan()), 3);
        f.pulled(EntityType.PLAN_CYCLE, PlanCycleJson.toJson(PlanExamples.springCycle()), 4);
        credentials.saveEnrolment("https://graduated.example.org", f.ta.deviceId(), "gdv1.device-token-0123456789abcdef");
        credentials.saveSession(f.ta.staffId(), "gss1.session", f.clock.now().plus(Duration.ofHours(1)));
        SyncScheduler.schedulePeriodic(context);

        DeviceWipe.wipe(context, f.db, credentials);

        assertThat(file).doesNotExist();
        assertThat(f.db.outbox().pendingCount()).isZero();
        assertThat(f.count("session_log", "deleted", "0")).isZero();
        assertThat(f.count("observation", "deleted", "0")).isZero();
        for (String table : List.of("school", "sen_provision", "support_plan", "plan_cycle")) {
            assertThat(f.count(table, "deleted", "0")).as(table).isZero();
        }
        assertThat(f.db.photoQueue().waiting()).isEmpty();
        assertThat(credentials.isEnrolled()).isFalse();
        assertThat(credentials.signedIn(f.clock.now())).isEmpty();
        assertThat(context.getSystemService(JobScheduler.class).getAllPendingJobs()).isEmpty();
    }
}
