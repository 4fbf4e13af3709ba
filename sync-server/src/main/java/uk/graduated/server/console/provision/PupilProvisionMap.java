package uk.graduated.server.console.provision;

import java.time.LocalDate;
import java.util.List;
import uk.graduated.server.console.pupil.PupilRef;

/**
 * A pupil's costed provision map for a period, as local authorities ask for with an EHC needs
 * assessment request or an annual review.
 *
 * @param provision the pupil's SEN provision today, e.g. "K: SEN support"; "N" when none is open
 */
public record PupilProvisionMap(PupilRef pupil, LocalDate dateOfBirth, String yearGroup, String upn,
        String provision, ReportPeriod period, List<PupilCostLine> lines) {
    /** The notional SEN budget a school meets from its own funds per pupil per year, about GBP 6,000. */
    public static final long NOTIONAL_THRESHOLD_PENCE = 600_000;

    public PupilProvisionMap {
        lines = List.copyOf(lines);
    }

    public long totalPence() {
        return lines.stream().mapToLong(PupilCostLine::costPence).sum();
    }

    public long totalAttendedMinutes() {
        return lines.stream().mapToLong(PupilCostLine::attendedMinutes).sum();
    }

    public int totalAttended() {
        return lines.stream().mapToInt(PupilCostLine::attended).sum();
    }

    public int totalPlanned() {
        return lines.stream().mapToInt(PupilCostLine::planned).sum();
    }

    public String total() {
        return Money.gbp(totalPence());
    }

    public String totalHours() {
        return Hours.of(totalAttendedMinutes());
    }

    public boolean isYear() {
        return !ReportPeriod.THIS_TERM.equals(period.key());
    }

    /** File name stem: "provision-map-ab12cd34-2026-11-23". */
    public String fileStem() {
        return "provision-map-" + pupil.id().toString().substring(0, 8) + "-" + period.today();
    }
}
