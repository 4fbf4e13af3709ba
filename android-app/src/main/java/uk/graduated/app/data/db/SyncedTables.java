package uk.graduated.app.data.db;

import java.util.EnumMap;
import java.util.Map;
import uk.graduated.app.data.intervention.InterventionTable;
import uk.graduated.app.data.membership.GroupMembershipTable;
import uk.graduated.app.data.observation.ObservationTable;
import uk.graduated.app.data.pupil.PupilTable;
import uk.graduated.app.data.record.SyncedTable;
import uk.graduated.app.data.senneed.SenNeedTable;
import uk.graduated.app.data.session.SessionLogTable;
import uk.graduated.app.data.staff.StaffTable;
import uk.graduated.app.data.strategy.PlanStrategyTable;
import uk.graduated.app.data.target.PlanTargetTable;
import uk.graduated.model.sync.EntityType;

/**
 * The kinds of record the tablet keeps, by entity type. Types the TA and early-years screens do
 * not use (school, support plans, cycles, reviews, EHC plans, contact logs, photo records) are not
 * stored: a pull passes over them.
 */
public final class SyncedTables {
    private final Map<EntityType, SyncedTable> tables = new EnumMap<>(EntityType.class);

    public SyncedTables(AppDatabase db) {
        add(new StaffTable(db.staff()));
        add(new PupilTable(db.pupils()));
        add(new SenNeedTable(db.senNeeds()));
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
