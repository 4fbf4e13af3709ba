package uk.graduated.app.data.senneed;

import com.google.gson.JsonObject;
import java.util.List;
import uk.graduated.app.data.record.RecordTable;
import uk.graduated.model.json.JsonFields;
import uk.graduated.model.sen.RankedNeed;
import uk.graduated.model.sen.RankedNeedJson;
import uk.graduated.model.sync.EntityType;

public final class SenNeedTable extends RecordTable<RankedNeed, SenNeedEntity> {
    private final SenNeedDao dao;

    public SenNeedTable(SenNeedDao dao) {
        super(EntityType.SEN_NEED, dao);
        this.dao = dao;
    }

    @Override
    protected RankedNeed parse(JsonFields fields) {
        return RankedNeedJson.fromJson(fields);
    }

    @Override
    protected JsonObject toJson(RankedNeed need) {
        return RankedNeedJson.toJson(need);
    }

    @Override
    protected SenNeedEntity row(RankedNeed need, String fieldsJson) {
        SenNeedEntity row = new SenNeedEntity();
        row.id = need.id().toString();
        row.pupilId = need.pupilId().toString();
        row.type = need.type().censusCode();
        row.rank = need.rank();
        row.startDate = need.startDate().toString();
        row.endDate = need.endDate() == null ? null : need.endDate().toString();
        row.fieldsJson = fieldsJson;
        return row;
    }

    @Override
    protected void store(List<RankedNeed> records, List<SenNeedEntity> rows) {
        dao.putAll(rows);
    }
}
