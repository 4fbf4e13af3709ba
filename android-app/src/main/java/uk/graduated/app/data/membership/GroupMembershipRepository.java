package uk.graduated.app.data.membership;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import uk.graduated.app.data.db.AppDatabase;
import uk.graduated.app.data.outbox.LocalWriter;
import uk.graduated.model.intervention.GroupMembership;
import uk.graduated.model.intervention.GroupMembershipJson;
import uk.graduated.model.intervention.Score;
import uk.graduated.model.sync.EntityType;
import uk.graduated.model.validation.ValidationException;

/**
 * Pupils' places in groups, and the entry and exit scores recorded on them. The tablet changes only
 * the scores: the server lets the assistant who runs a group record them, while adding, ending or
 * removing a place is the SENCO's (in the console), so nothing here offers it.
 */
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
     * Records a place's entry and exit scores (null clears one); every other member stays as the tablet
     * holds it. Only the changed scores are queued, based on the version the tablet last saw, so the
     * server merges them field by field.
     *
     * @return whether anything changed
     * @throws ValidationException when the place is not on this tablet, or the scores break a rule of
     *         the record (an exit score needs an entry score taken no later)
     */
    public boolean recordScores(UUID membershipId, Score entry, Score exit) {
        GroupMembership place = table.find(membershipId);
        if (place == null) {
            throw ValidationException.of("id", "not_found", "this group place is not on this tablet");
        }
        GroupMembership scored = new GroupMembership(place.id(), place.interventionId(), place.pupilId(),
                place.joinedOn(), place.leftOn(), entry, exit);
        return writer.edit(EntityType.GROUP_MEMBERSHIP, membershipId, GroupMembershipJson.toJson(scored)) != null;
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
