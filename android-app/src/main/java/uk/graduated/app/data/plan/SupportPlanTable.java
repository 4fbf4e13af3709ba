package uk.graduated.app.data.plan;

import com.google.gson.JsonObject;
import java.util.List;
import uk.graduated.app.data.record.RecordTable;
import uk.graduated.model.json.JsonFields;
import uk.graduated.model.plan.SupportPlan;
import uk.graduated.model.plan.SupportPlanJson;
import uk.graduated.model.sync.EntityType;

public final class SupportPlanTable extends RecordTable<SupportPlan, SupportPlanEntity> {
    private final SupportPlanDao dao;

    public SupportPlanTable(SupportPlanDao dao) {
        super(EntityType.SUPPORT_PLAN, dao);
        this.dao = dao;
    }

    @Override
    protected SupportPlan parse(JsonFields fields) {
        return SupportPlanJson.fromJson(fields);
    }

    @Override
    protected JsonObject toJson(SupportPlan plan) {
        return SupportPlanJson.toJson(plan);
    }

    @Override
    protected SupportPlanEntity row(SupportPlan plan, String fieldsJson) {
        SupportPlanEntity row = new SupportPlanEntity();
        row.id = plan.id().toString();
        row.pupilId = plan.pupilId().toString();
        row.fieldsJson = fieldsJson;
        return row;
    }

    @Override
    protected void store(List<SupportPlan> records, List<SupportPlanEntity> rows) {
        dao.putAll(rows);
    }
}
