package uk.graduated.app.data.target;

import com.google.gson.JsonObject;
import uk.graduated.app.data.record.RecordTable;
import uk.graduated.model.json.JsonFields;
import uk.graduated.model.plan.Target;
import uk.graduated.model.plan.TargetJson;
import uk.graduated.model.sync.EntityType;

public final class PlanTargetTable extends RecordTable<Target> {
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
    protected void write(Target target, String fieldsJson, Long serverVersion) {
        PlanTargetEntity row = new PlanTargetEntity();
        row.id = target.id().toString();
        row.serverVersion = serverVersion;
        row.pupilId = target.pupilId().toString();
        row.cycleId = target.cycleId().toString();
        row.outcome = target.outcome();
        row.areaOfNeed = target.areaOfNeed().code();
        row.status = target.status().code();
        row.reviewDate = target.reviewDate().toString();
        row.fieldsJson = fieldsJson;
        dao.put(row);
    }
}
