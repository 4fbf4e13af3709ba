package uk.graduated.app.data.school;

import com.google.gson.JsonObject;
import java.util.List;
import uk.graduated.app.data.record.RecordTable;
import uk.graduated.model.json.JsonFields;
import uk.graduated.model.school.School;
import uk.graduated.model.school.SchoolJson;
import uk.graduated.model.sync.EntityType;

public final class SchoolTable extends RecordTable<School, SchoolEntity> {
    private final SchoolDao dao;

    public SchoolTable(SchoolDao dao) {
        super(EntityType.SCHOOL, dao);
        this.dao = dao;
    }

    @Override
    protected School parse(JsonFields fields) {
        return SchoolJson.fromJson(fields);
    }

    @Override
    protected JsonObject toJson(School school) {
        return SchoolJson.toJson(school);
    }

    @Override
    protected SchoolEntity row(School school, String fieldsJson) {
        SchoolEntity row = new SchoolEntity();
        row.id = school.id().toString();
        row.name = school.name();
        row.phase = school.phase().code();
        row.fieldsJson = fieldsJson;
        return row;
    }

    @Override
    protected void store(List<School> records, List<SchoolEntity> rows) {
        dao.putAll(rows);
    }
}
