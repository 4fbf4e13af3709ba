package uk.graduated.app.data.pupil;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import uk.graduated.app.data.db.AppDatabase;
import uk.graduated.app.data.plan.PlanCycleEntity;
import uk.graduated.app.data.senneed.SenNeedEntity;
import uk.graduated.app.data.strategy.PlanStrategyEntity;
import uk.graduated.app.data.target.PlanTargetEntity;
import uk.graduated.app.sync.engine.SyncScope;
import uk.graduated.model.pupil.Pupil;
import uk.graduated.model.sen.SenProvision;

/** Pupils and what the TA needs to know about each: provision, needs, targets and their review, strategies. */
public final class PupilRepository {
    private final AppDatabase db;
    private final PupilTable table;

    public PupilRepository(AppDatabase db) {
        this.db = db;
        this.table = new PupilTable(db.pupils());
    }

    /** The pupil, or null when they are not on this tablet. */
    public Pupil find(UUID pupilId) {
        return table.find(pupilId);
    }

    /** The group's pupils on a day, by name: the register of the session screen. */
    public List<PupilEntity> inGroupOn(UUID interventionId, LocalDate date) {
        return db.pupils().inGroupOn(interventionId.toString(), date.toString());
    }

    /** A class's or nursery room's children on roll on a day, by name. */
    public List<PupilEntity> inClassOn(String className, LocalDate date) {
        return db.pupils().inClassOn(className, date.toString());
    }

    /**
     * The classes or nursery rooms of a person's pupils, by name: a practitioner's rooms, which the
     * server decides and the tablet learns only from the children it sends.
     */
    public List<String> roomsOf(UUID staffId) {
        return db.pupils().classNamesHeldBy(SyncScope.staff(staffId).key());
    }

    /** The pupil's needs that apply on a day, primary first. */
    public List<SenNeedEntity> needsOn(UUID pupilId, LocalDate date) {
        return db.senNeeds().currentFor(pupilId.toString(), date.toString());
    }

    /** The active targets of these pupils: what a session rates them against. */
    public List<PlanTargetEntity> activeTargets(List<UUID> pupilIds) {
        List<String> ids = new ArrayList<>(pupilIds.size());
        for (UUID id : pupilIds) {
            ids.add(id.toString());
        }
        return db.planTargets().activeFor(ids);
    }

    /** The SEN provision that applies on a day (SEN support or an EHC plan), or null when none is recorded. */
    public SenProvision provisionOn(UUID pupilId, LocalDate date) {
        String code = db.senProvision().on(pupilId.toString(), date.toString());
        return code == null ? null : SenProvision.fromCode(code).orElse(null);
    }

    /** When the pupil's current support plan cycle is reviewed, or null when no cycle is open. */
    public LocalDate planReviewDate(UUID pupilId) {
        PlanCycleEntity cycle = db.planCycles().openFor(pupilId.toString());
        return cycle == null ? null : LocalDate.parse(cycle.reviewDate);
    }

    public List<PlanStrategyEntity> strategies(UUID pupilId) {
        return db.planStrategies().forPupil(pupilId.toString());
    }
}
