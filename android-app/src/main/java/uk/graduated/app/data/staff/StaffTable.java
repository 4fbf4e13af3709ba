package uk.graduated.app.data.staff;

import com.google.gson.JsonObject;
import java.util.List;
import java.util.stream.Collectors;
import uk.graduated.app.data.record.RecordTable;
import uk.graduated.model.json.JsonFields;
import uk.graduated.model.school.Role;
import uk.graduated.model.school.StaffMember;
import uk.graduated.model.school.StaffMemberJson;
import uk.graduated.model.sync.EntityType;

public final class StaffTable extends RecordTable<StaffMember, StaffEntity> {
    private final StaffDao dao;

    public StaffTable(StaffDao dao) {
        super(EntityType.STAFF, dao);
        this.dao = dao;
    }

    @Override
    protected StaffMember parse(JsonFields fields) {
        return StaffMemberJson.fromJson(fields);
    }

    @Override
    protected JsonObject toJson(StaffMember staff) {
        return StaffMemberJson.toJson(staff);
    }

    @Override
    protected StaffEntity row(StaffMember staff, String fieldsJson) {
        StaffEntity row = new StaffEntity();
        row.id = staff.id().toString();
        row.schoolId = staff.schoolId().toString();
        row.displayName = staff.displayName();
        row.roles = staff.roles().stream().map(Role::code).collect(Collectors.joining(","));
        row.fieldsJson = fieldsJson;
        return row;
    }

    @Override
    protected void store(List<StaffMember> records, List<StaffEntity> rows) {
        dao.putAll(rows);
    }
}
