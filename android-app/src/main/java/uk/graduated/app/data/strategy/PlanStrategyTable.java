package uk.graduated.app.data.strategy;

import com.google.gson.JsonObject;
import java.util.List;
import uk.graduated.app.data.record.RecordTable;
import uk.graduated.model.json.JsonFields;
import uk.graduated.model.plan.Strategy;
import uk.graduated.model.plan.StrategyJson;
import uk.graduated.model.sync.EntityType;

public final class PlanStrategyTable extends RecordTable<Strategy, PlanStrategyEntity> {
    private final PlanStrategyDao dao;

    public PlanStrategyTable(PlanStrategyDao dao) {
        super(EntityType.PLAN_STRATEGY, dao);
        this.dao = dao;
    }

    @Override
    protected Strategy parse(JsonFields fields) {
        return StrategyJson.fromJson(fields);
    }

    @Override
    protected JsonObject toJson(Strategy strategy) {
        return StrategyJson.toJson(strategy);
    }

    @Override
    protected PlanStrategyEntity row(Strategy strategy, String fieldsJson) {
        PlanStrategyEntity row = new PlanStrategyEntity();
        row.id = strategy.id().toString();
        row.pupilId = strategy.pupilId().toString();
        row.cycleId = strategy.cycleId().toString();
        row.text = strategy.text();
        row.who = strategy.who();
        row.fieldsJson = fieldsJson;
        return row;
    }

    @Override
    protected void store(List<Strategy> records, List<PlanStrategyEntity> rows) {
        dao.putAll(rows);
    }
}
