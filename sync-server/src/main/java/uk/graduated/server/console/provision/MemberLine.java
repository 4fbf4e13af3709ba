package uk.graduated.server.console.provision;

import java.math.BigDecimal;
import uk.graduated.model.intervention.GroupMembership;
import uk.graduated.server.console.pupil.PupilRef;

/**
 * A pupil in an intervention's group, with their scores and attendance to date.
 *
 * @param progress exit minus entry, signed so positive is better; null until both are recorded
 * @param planned  sessions planned while they were in the group, up to the day counted
 * @param attended sessions they were marked present at
 */
public record MemberLine(PupilRef pupil, GroupMembership membership, BigDecimal progress, int planned, int attended) {
    /** "85%", or a dash when nothing was planned yet. */
    public String attendance() {
        return Percent.of(attended, planned);
    }

    public String progressText() {
        return progress == null ? "–" : (progress.signum() > 0 ? "+" : "") + progress.stripTrailingZeros().toPlainString();
    }
}
