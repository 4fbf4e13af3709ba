package uk.graduated.app.data.provision;

import com.google.gson.JsonObject;
import java.util.List;
import uk.graduated.app.data.record.RecordTable;
import uk.graduated.model.json.JsonFields;
import uk.graduated.model.sen.ProvisionEntry;
import uk.graduated.model.sen.ProvisionEntryJson;
import uk.graduated.model.sync.EntityType;

public final class SenProvisionTable extends RecordTable<ProvisionEntry, SenProvisionEntity> {
    private final SenProvisionDao dao;

    public SenProvisionTable(SenProvisionDao dao) {
        super(EntityType.SEN_PROVISION, dao);
        this.dao = dao;
    }

    @Override
    protected ProvisionEntry parse(JsonFields fields) {
        return ProvisionEntryJson.fromJson(fields);
    }

    @Override
    protected JsonObject toJson(ProvisionEntry entry) {
        return ProvisionEntryJson.toJson(entry);
    }

    @Override
    protected SenProvisionEntity row(ProvisionEntry entry, String fieldsJson) {
        SenProvisionEntity row = new SenProvisionEntity();
        row.id = entry.id().toString();
        row.pupilId = entry.pupilId().toString();
        row.provision = entry.provision().censusCode();
        row.startDate = entry.startDate().toString();
        row.endDate = entry.endDate() == null ? null : entry.endDate().toString();
        row.fieldsJson = fieldsJson;
        return row;
    }

    @Override
    protected void store(List<ProvisionEntry> records, List<SenProvisionEntity> rows) {
        dao.putAll(rows);
    }
}
