package uk.graduated.app.data.intervention;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import uk.graduated.app.data.db.AppDatabase;
import uk.graduated.model.intervention.Intervention;

/** The groups a member of staff runs: the Today and This week screens. */
public final class InterventionRepository {
    private final AppDatabase db;
    private final InterventionTable table;

    public InterventionRepository(AppDatabase db) {
        this.db = db;
        this.table = new InterventionTable(db.interventions());
    }

    /** The running groups the person leads that meet on {@code date}, by start time then name. */
    public List<InterventionEntity> scheduledOn(UUID staffId, LocalDate date) {
        return db.interventions().scheduledOn(staffId.toString(), date.toString(), DayBits.of(date.getDayOfWeek()));
    }

    /** Each day from Monday to Friday of {@code date}'s week, with the person's groups that meet on it. */
    public Map<LocalDate, List<InterventionEntity>> scheduledInWeekOf(UUID staffId, LocalDate date) {
        LocalDate monday = date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        Map<LocalDate, List<InterventionEntity>> week = new LinkedHashMap<>();
        for (int day = 0; day < 5; day++) {
            LocalDate d = monday.plusDays(day);
            week.put(d, scheduledOn(staffId, d));
        }
        return week;
    }

    /** Every group the person leads that has not ended. */
    public List<InterventionEntity> ledBy(UUID staffId) {
        return db.interventions().ledBy(staffId.toString());
    }

    /** The intervention, or null when it is not on this tablet. */
    public Intervention find(UUID interventionId) {
        return table.find(interventionId);
    }
}
