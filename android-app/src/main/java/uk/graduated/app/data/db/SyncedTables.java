package uk.graduated.app.data.db;

import java.util.EnumMap;
import java.util.Map;
import uk.graduated.app.data.intervention.InterventionTable;
import uk.graduated.app.data.membership.GroupMembershipTable;
import uk.graduated.app.data.observation.ObservationTable;
import uk.graduated.app.data.plan.PlanCycleTable;
import uk.graduated.app.data.plan.SupportPlanTable;
import uk.graduated.app.data.provision.SenProvisionTable;
import uk.graduated.app.data.pupil.PupilTable;
import uk.graduated.app.data.record.SyncedTable;
import uk.graduated.app.data.school.SchoolTable;
import uk.graduated.app.data.senneed.SenNeedTable;
import uk.graduated.app.data.session.SessionLogTable;
import uk.graduated.app.data.staff.StaffTable;
import uk.graduated.app.data.strategy.PlanStrategyTable;
import uk.graduated.app.data.target.PlanTargetTable;
import uk.graduated.model.sync.EntityType;

/**
 * The kinds of record the tablet keeps, by entity type: everything the server sends a teaching
 * assistant's or early-years practitioner's tablet. Plan reviews, EHC plans, contact logs and photo
 * records, which only a teacher's or the SENCO's scope holds and no tablet screen shows, are not
 * kept (the less special-category data a tablet carries, the better): a pull passes over them.
 */
public final class SyncedTables {
    private final Map<EntityType, SyncedTable> tables = new EnumMap<>(EntityType.class);

    public SyncedTables(AppDatabase db) {
        add(new SchoolTable(db.schools()));
        add(new StaffTable(db.staff()));
        add(new PupilTable(db.pupils()));
        add(new SenProvisionTable(db.senProvision()));
        add(new SenNeedTable(db.senNeeds()));
        add(new SupportPlanTable(db.supportPlans()));
        add(new PlanCycleTable(db.planCycles()));
        add(new PlanTargetTable(db.planTargets()));
        add(new PlanStrategyTable(db.planStrategies()));
        add(new InterventionTable(db.interventions()));
        add(new GroupMembershipTable(db.groupMemberships()));
        add(new SessionLogTable(db.sessionLogs()));
        add(new ObservationTable(db.observations()));
    }

    private void add(SyncedTable table) {
        tables.put(table.type(), table);
    }

    /** The table for {@code type}, or null when the tablet does not keep that kind of record. */
    public SyncedTable get(EntityType type) {
        return tables.get(type);
    }

    /** The table for {@code type}; for writers, which only write kinds the tablet keeps. */
    public SyncedTable require(EntityType type) {
        SyncedTable table = tables.get(type);
        if (table == null) {
            throw new IllegalArgumentException("this tablet does not keep " + type.wireName() + " records");
        }
        return table;
    }
}
