package uk.graduated.app.data.plan;

import com.google.gson.JsonObject;
import java.util.List;
import uk.graduated.app.data.record.RecordTable;
import uk.graduated.model.json.JsonFields;
import uk.graduated.model.plan.PlanCycle;
import uk.graduated.model.plan.PlanCycleJson;
import uk.graduated.model.sync.EntityType;

public final class PlanCycleTable extends RecordTable<PlanCycle, PlanCycleEntity> {
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
    protected PlanCycleEntity row(PlanCycle cycle, String fieldsJson) {
        PlanCycleEntity row = new PlanCycleEntity();
        row.id = cycle.id().toString();
        row.planId = cycle.planId().toString();
        row.startDate = cycle.startDate().toString();
        row.reviewDate = cycle.reviewDate().toString();
        row.status = cycle.status().code();
        row.fieldsJson = fieldsJson;
        return row;
    }

    @Override
    protected void store(List<PlanCycle> records, List<PlanCycleEntity> rows) {
        dao.putAll(rows);
    }
}
