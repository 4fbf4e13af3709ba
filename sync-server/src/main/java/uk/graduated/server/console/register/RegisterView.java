package uk.graduated.server.console.register;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import uk.graduated.model.pupil.YearGroup;
import uk.graduated.model.sen.BroadArea;
import uk.graduated.model.sen.NeedType;
import uk.graduated.model.sen.SenProvision;

/**
 * The register page: the filter as chosen, the options it offers, the matching pupils and their counts.
 *
 * @param classNames the school's classes and rooms, for the class filter
 */
public record RegisterView(RegisterFilter filter, List<RegisterRow> rows, List<String> classNames) {
    /** One line of a count table. */
    public record Count(String code, String label, long pupils) {
    }

    public RegisterView {
        rows = List.copyOf(rows);
        classNames = List.copyOf(classNames);
    }

    public List<SenProvision> provisionOptions() {
        return List.of(SenProvision.values());
    }

    public List<NeedType> needOptions() {
        return List.of(NeedType.values());
    }

    public List<BroadArea> areaOptions() {
        return List.of(BroadArea.values());
    }

    public List<YearGroup> yearOptions() {
        return List.of(YearGroup.values());
    }

    /** Pupils on the register by primary need, in census order; needs with no pupil are left out. */
    public List<Count> byPrimaryNeed() {
        Map<NeedType, Long> counts = new EnumMap<>(NeedType.class);
        long none = 0;
        for (RegisterRow row : onRegister()) {
            if (row.primaryNeed() == null) {
                none++;
            } else {
                counts.merge(row.primaryNeed(), 1L, Long::sum);
            }
        }
        List<Count> lines = new ArrayList<>();
        counts.forEach((type, n) -> lines.add(new Count(type.censusCode(), type.description(), n)));
        if (none > 0) {
            lines.add(new Count("-", "No primary need recorded", none));
        }
        return lines;
    }

    /** Pupils by the broad area of their primary need. */
    public List<Count> byBroadArea() {
        Map<BroadArea, Long> counts = new EnumMap<>(BroadArea.class);
        long outside = 0;
        for (RegisterRow row : onRegister()) {
            if (row.primaryNeed() != null && row.primaryNeed().broadArea().isPresent()) {
                counts.merge(row.primaryNeed().broadArea().get(), 1L, Long::sum);
            } else {
                outside++;
            }
        }
        List<Count> lines = new ArrayList<>();
        counts.forEach((area, n) -> lines.add(new Count(area.code(), area.label(), n)));
        if (outside > 0) {
            lines.add(new Count("-", "Other, not assessed or not recorded", outside));
        }
        return lines;
    }

    /** The rows with E or K: pupils with no SEN (N) have no needs to count. */
    private List<RegisterRow> onRegister() {
        return rows.stream().filter(r -> r.provision().isOnRegister()).collect(Collectors.toList());
    }

    public long count(SenProvision provision) {
        return rows.stream().filter(r -> r.provision() == provision).count();
    }
}
