package uk.graduated.app.data.membership;

import com.google.gson.JsonObject;
import java.util.List;
import uk.graduated.app.data.record.RecordTable;
import uk.graduated.model.intervention.GroupMembership;
import uk.graduated.model.intervention.GroupMembershipJson;
import uk.graduated.model.json.JsonFields;
import uk.graduated.model.sync.EntityType;

public final class GroupMembershipTable extends RecordTable<GroupMembership, GroupMembershipEntity> {
    private final GroupMembershipDao dao;

    public GroupMembershipTable(GroupMembershipDao dao) {
        super(EntityType.GROUP_MEMBERSHIP, dao);
        this.dao = dao;
    }

    @Override
    protected GroupMembership parse(JsonFields fields) {
        return GroupMembershipJson.fromJson(fields);
    }

    @Override
    protected JsonObject toJson(GroupMembership membership) {
        return GroupMembershipJson.toJson(membership);
    }

    @Override
    protected GroupMembershipEntity row(GroupMembership membership, String fieldsJson) {
        GroupMembershipEntity row = new GroupMembershipEntity();
        row.id = membership.id().toString();
        row.interventionId = membership.interventionId().toString();
        row.pupilId = membership.pupilId().toString();
        row.joinedOn = membership.joinedOn().toString();
        row.leftOn = membership.leftOn() == null ? null : membership.leftOn().toString();
        row.fieldsJson = fieldsJson;
        return row;
    }

    @Override
    protected void store(List<GroupMembership> records, List<GroupMembershipEntity> rows) {
        dao.putAll(rows);
    }
}
