package uk.graduated.app.data.plan;

import com.google.gson.JsonObject;
import uk.graduated.app.data.record.RecordTable;
import uk.graduated.model.json.JsonFields;
import uk.graduated.model.plan.PlanCycle;
import uk.graduated.model.plan.PlanCycleJson;
import uk.graduated.model.sync.EntityType;

public final class PlanCycleTable extends RecordTable<PlanCycle> {
    private final PlanCycleDao dao;

    public PlanCycleTable(PlanCycleDao dao) {
        super(EntityType.PLAN_CYCLE, dao);
        this.dao = dao;
    }

    @Override
    protected PlanCycle parse(JsonFields fields) {
        return PlanCycleJson.fromJson(fields);
    }

    @Override
    protected JsonObject toJson(PlanCycle cycle) {
        return PlanCycleJson.toJson(cycle);
    }

    @Override
    protected void write(PlanCycle cycle, String fieldsJson, Long serverVersion) {
        PlanCycleEntity row = new PlanCycleEntity();
        row.id = cycle.id().toString();
        row.serverVersion = serverVersion;
        row.planId = cycle.planId().toString();
        row.startDate = cycle.startDate().toString();
        row.reviewDate = cycle.reviewDate().toString();
        row.status = cycle.status().code();
        row.fieldsJson = fieldsJson;
        dao.put(row);
    }
}
