package uk.graduated.app.data.pupil;

import com.google.gson.JsonObject;
import java.util.List;
import uk.graduated.app.data.record.RecordTable;
import uk.graduated.model.json.JsonFields;
import uk.graduated.model.pupil.Pupil;
import uk.graduated.model.pupil.PupilJson;
import uk.graduated.model.sync.EntityType;

public final class PupilTable extends RecordTable<Pupil, PupilEntity> {
    private final PupilDao dao;

    public PupilTable(PupilDao dao) {
        super(EntityType.PUPIL, dao);
        this.dao = dao;
    }

    @Override
    protected Pupil parse(JsonFields fields) {
        return PupilJson.fromJson(fields);
    }

    @Override
    protected JsonObject toJson(Pupil pupil) {
        return PupilJson.toJson(pupil);
    }

    @Override
    protected PupilEntity row(Pupil pupil, String fieldsJson) {
        PupilEntity row = new PupilEntity();
        row.id = pupil.id().toString();
        row.schoolId = pupil.schoolId().toString();
        row.firstName = pupil.preferredName() != null ? pupil.preferredName() : pupil.legalFirstName();
        row.lastName = pupil.legalLastName();
        row.yearGroup = pupil.yearGroup().code();
        row.className = pupil.className();
        row.dateOfBirth = pupil.dateOfBirth().toString();
        row.leftOn = pupil.leftOn() == null ? null : pupil.leftOn().toString();
        row.fieldsJson = fieldsJson;
        return row;
    }

    @Override
    protected void store(List<Pupil> records, List<PupilEntity> rows) {
        dao.putAll(rows);
    }
}
