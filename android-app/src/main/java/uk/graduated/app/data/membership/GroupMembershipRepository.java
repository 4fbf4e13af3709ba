package uk.graduated.app.data.membership;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import uk.graduated.app.data.db.AppDatabase;
import uk.graduated.app.data.outbox.LocalWriter;
import uk.graduated.model.intervention.GroupMembership;
import uk.graduated.model.intervention.GroupMembershipJson;
import uk.graduated.model.sync.EntityType;

/** Pupils' places in groups, and the entry and exit scores a TA records on them. */
public final class GroupMembershipRepository {
    private final AppDatabase db;
    private final GroupMembershipTable table;
    private final LocalWriter writer;

    public GroupMembershipRepository(AppDatabase db, LocalWriter writer) {
        this.db = db;
        this.table = new GroupMembershipTable(db.groupMemberships());
        this.writer = writer;
    }

    /**
     * Saves an edited membership (an entry or exit score, a leaving date). Only the changed fields
     * are queued, based on the version the tablet last saw, so the server merges them field by field.
     *
     * @return whether anything changed
     * @throws uk.graduated.model.validation.ValidationException when the membership is not on this
     *         tablet, or breaks a rule of its codec
     */
    public boolean save(GroupMembership edited) {
        return writer.edit(EntityType.GROUP_MEMBERSHIP, edited.id(), GroupMembershipJson.toJson(edited)) != null;
    }

    /** The membership, or null when it is not on this tablet. */
    public GroupMembership find(UUID membershipId) {
        return table.find(membershipId);
    }

    /** The group's memberships that cover a day. */
    public List<GroupMembershipEntity> inGroupOn(UUID interventionId, LocalDate date) {
        return db.groupMemberships().inGroupOn(interventionId.toString(), date.toString());
    }

    /** Every group the pupil has been in, latest first. */
    public List<GroupMembershipEntity> forPupil(UUID pupilId) {
        return db.groupMemberships().forPupil(pupilId.toString());
    }
}
