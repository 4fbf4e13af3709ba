package uk.graduated.app.data.school;

import com.google.gson.JsonObject;
import uk.graduated.app.data.record.RecordTable;
import uk.graduated.model.json.JsonFields;
import uk.graduated.model.school.School;
import uk.graduated.model.school.SchoolJson;
import uk.graduated.model.sync.EntityType;

public final class SchoolTable extends RecordTable<School> {
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
    protected void write(School school, String fieldsJson, Long serverVersion) {
        SchoolEntity row = new SchoolEntity();
        row.id = school.id().toString();
        row.serverVersion = serverVersion;
        row.name = school.name();
        row.phase = school.phase().code();
        row.fieldsJson = fieldsJson;
        dao.put(row);
    }
}
