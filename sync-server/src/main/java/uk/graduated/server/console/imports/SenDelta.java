package uk.graduated.server.console.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import uk.graduated.model.sen.NeedType;
import uk.graduated.model.sen.SenProvision;

/**
 * How a row changes a pupil's SEN record: the provision it moves to and the needs it ranks. A blank
 * provision cell changes nothing, so an export from an MIS that does not keep SEN leaves the SENCO's
 * register alone.
 *
 * @param provision the provision to move to, or null when it stays
 * @param needs     whether the ranked needs change; then {@code primary} and {@code secondary} are the new ones
 */
public record SenDelta(SenProvision provision, boolean needs, NeedType primary, NeedType secondary) {
    public static final SenDelta NONE = new SenDelta(null, false, null, null);

    static SenDelta between(ExistingPupil existing, ImportedPupil row) {
        if (row.provision() == null) {
            return NONE;
        }
        SenProvision from = existing == null ? SenProvision.N : existing.provision();
        boolean onRegister = row.provision().isOnRegister();
        NeedType primary = onRegister ? row.primaryNeed() : null;
        NeedType secondary = onRegister ? row.secondaryNeed() : null;
        boolean needsChange = !Objects.equals(existing == null ? null : existing.needType(1), primary)
                || !Objects.equals(existing == null ? null : existing.needType(2), secondary);
        SenProvision to = from == row.provision() ? null : row.provision();
        if (to == null && !needsChange) {
            return NONE;
        }
        return new SenDelta(to, needsChange, primary, secondary);
    }

    public boolean changesAnything() {
        return provision != null || needs;
    }

    /** "SEN provision: K (SEN support) → E (EHC plan)", "Primary need: SPLD → ASD". */
    List<String> describe(ExistingPupil existing) {
        List<String> lines = new ArrayList<>();
        if (provision != null) {
            SenProvision from = existing == null ? SenProvision.N : existing.provision();
            lines.add("SEN provision: " + label(from) + " → " + label(provision));
        }
        if (needs) {
            need(lines, "Primary need", existing == null ? null : existing.needType(1), primary);
            need(lines, "Secondary need", existing == null ? null : existing.needType(2), secondary);
        }
        return lines;
    }

    private static void need(List<String> lines, String label, NeedType from, NeedType to) {
        if (from != to) {
            lines.add(label + ": " + code(from) + " → " + code(to));
        }
    }

    private static String label(SenProvision p) {
        return p.censusCode() + " (" + p.description() + ")";
    }

    private static String code(NeedType type) {
        return type == null ? "none" : type.censusCode();
    }
}
