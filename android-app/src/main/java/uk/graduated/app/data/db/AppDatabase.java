package uk.graduated.app.data.db;

import android.content.Context;

import androidx.room.Database;
import androidx.room.Room;
import androidx.room.RoomDatabase;

import uk.graduated.app.data.intervention.InterventionDao;
import uk.graduated.app.data.intervention.InterventionEntity;
import uk.graduated.app.data.intervention.InterventionLeadEntity;
import uk.graduated.app.data.membership.GroupMembershipDao;
import uk.graduated.app.data.membership.GroupMembershipEntity;
import uk.graduated.app.data.observation.ObservationChildEntity;
import uk.graduated.app.data.observation.ObservationDao;
import uk.graduated.app.data.observation.ObservationEntity;
import uk.graduated.app.data.observation.ObservationPhotoEntity;
import uk.graduated.app.data.outbox.OutboxDao;
import uk.graduated.app.data.outbox.OutboxEntry;
import uk.graduated.app.data.plan.PlanCycleDao;
import uk.graduated.app.data.plan.PlanCycleEntity;
import uk.graduated.app.data.plan.SupportPlanDao;
import uk.graduated.app.data.plan.SupportPlanEntity;
import uk.graduated.app.data.photo.PhotoQueueDao;
import uk.graduated.app.data.photo.PhotoQueueEntity;
import uk.graduated.app.data.pupil.PupilDao;
import uk.graduated.app.data.provision.SenProvisionDao;
import uk.graduated.app.data.provision.SenProvisionEntity;
import uk.graduated.app.data.pupil.PupilEntity;
import uk.graduated.app.data.school.SchoolDao;
import uk.graduated.app.data.school.SchoolEntity;
import uk.graduated.app.data.scope.RecordScopeDao;
import uk.graduated.app.data.scope.RecordScopeEntity;
import uk.graduated.app.data.senneed.SenNeedDao;
import uk.graduated.app.data.senneed.SenNeedEntity;
import uk.graduated.app.data.servercopy.ServerCopyDao;
import uk.graduated.app.data.servercopy.ServerCopyEntity;
import uk.graduated.app.data.session.SessionAttendanceEntity;
import uk.graduated.app.data.session.SessionLogDao;
import uk.graduated.app.data.session.SessionLogEntity;
import uk.graduated.app.data.session.SessionRatingEntity;
import uk.graduated.app.data.staff.StaffDao;
import uk.graduated.app.data.staff.StaffEntity;
import uk.graduated.app.data.strategy.PlanStrategyDao;
import uk.graduated.app.data.strategy.PlanStrategyEntity;
import uk.graduated.app.data.syncstate.SyncStateDao;
import uk.graduated.app.data.syncstate.SyncStateEntity;
import uk.graduated.app.data.target.PlanTargetDao;
import uk.graduated.app.data.target.PlanTargetEntity;

/** The tablet's only store: the UI reads from here and every write goes here first. */
@Database(entities = {
        OutboxEntry.class,
        StaffEntity.class,
        PupilEntity.class,
        SenNeedEntity.class,
        PlanTargetEntity.class,
        PlanStrategyEntity.class,
        InterventionEntity.class,
        InterventionLeadEntity.class,
        GroupMembershipEntity.class,
        SessionLogEntity.class,
        SessionAttendanceEntity.class,
        SessionRatingEntity.class,
        ObservationEntity.class,
        ObservationChildEntity.class,
        ObservationPhotoEntity.class,
        PhotoQueueEntity.class,
        SyncStateEntity.class,
        RecordScopeEntity.class,
        SchoolEntity.class,
        SenProvisionEntity.class,
        SupportPlanEntity.class,
        PlanCycleEntity.class,
        ServerCopyEntity.class,
}, version = 2, exportSchema = true)
public abstract class AppDatabase extends RoomDatabase {
    public static final String FILE_NAME = "graduated.db";

    private static volatile AppDatabase instance;

    public abstract OutboxDao outbox();

    public abstract StaffDao staff();

    public abstract PupilDao pupils();

    public abstract SenNeedDao senNeeds();

    public abstract PlanTargetDao planTargets();

    public abstract PlanStrategyDao planStrategies();

    public abstract InterventionDao interventions();

    public abstract GroupMembershipDao groupMemberships();

    public abstract SessionLogDao sessionLogs();

    public abstract ObservationDao observations();

    public abstract PhotoQueueDao photoQueue();

    public abstract SyncStateDao syncState();

    public abstract RecordScopeDao recordScopes();

    public abstract SchoolDao schools();

    public abstract SenProvisionDao senProvision();

    public abstract SupportPlanDao supportPlans();

    public abstract PlanCycleDao planCycles();

    public abstract ServerCopyDao serverCopies();

    public static AppDatabase get(Context context) {
        AppDatabase db = instance;
        if (db == null) {
            synchronized (AppDatabase.class) {
                db = instance;
                if (db == null) {
                    db = Room.databaseBuilder(context.getApplicationContext(), AppDatabase.class, FILE_NAME)
                            .addMigrations(Migrations.ALL)
                            .build();
                    instance = db;
                }
            }
        }
        return db;
    }
}
