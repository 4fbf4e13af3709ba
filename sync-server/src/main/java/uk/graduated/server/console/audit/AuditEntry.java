package uk.graduated.server.console.audit;

import java.time.ZonedDateTime;
import java.util.UUID;

/**
 * One line of the audit page: who did what to which pupil's record, when and from where.
 *
 * @param pupilId     null when the record is about no pupil still on the register
 * @param otherPupils how many more pupils the record is about (a group observation)
 * @param what        e.g. "Viewed the pupil's record", "Changed SEN need"
 * @param where       e.g. "192.0.2.10 · Firefox …", "Tablet: KS2 tablet", "Console"
 */
public record AuditEntry(ZonedDateTime at, String staffName, UUID pupilId, String pupilName, int otherPupils,
        String what, String where) {
    public String pupilHref() {
        return pupilId == null ? null : "/console/pupils/" + pupilId;
    }
}
