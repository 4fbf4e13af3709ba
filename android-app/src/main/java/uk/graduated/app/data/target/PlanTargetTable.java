package uk.graduated.app.data.target;

import com.google.gson.JsonObject;
import java.util.List;
import uk.graduated.app.data.record.RecordTable;
import uk.graduated.model.json.JsonFields;
import uk.graduated.model.plan.Target;
import uk.graduated.model.plan.TargetJson;
import uk.graduated.model.sync.EntityType;

public final class PlanTargetTable extends RecordTable<Target, PlanTargetEntity> {
    private final PlanTargetDao dao;

    public PlanTargetTable(PlanTargetDao dao) {
        super(EntityType.PLAN_TARGET, dao);
        this.dao = dao;
    }

    @Override
    protected Target parse(JsonFields fields) {
        return TargetJson.fromJson(fields);
    }

    @Override
    protected JsonObject toJson(Target target) {
        return TargetJson.toJson(target);
    }

    @Override
    protected PlanTargetEntity row(Target target, String fieldsJson) {
        PlanTargetEntity row = new PlanTargetEntity();
        row.id = target.id().toString();
        row.pupilId = target.pupilId().toString();
        row.cycleId = target.cycleId().toString();
        row.outcome = target.outcome();
        row.areaOfNeed = target.areaOfNeed().code();
        row.status = target.status().code();
        row.reviewDate = target.reviewDate().toString();
        row.fieldsJson = fieldsJson;
        return row;
    }

    @Override
    protected void store(List<Target> records, List<PlanTargetEntity> rows) {
        dao.putAll(rows);
    }
}
