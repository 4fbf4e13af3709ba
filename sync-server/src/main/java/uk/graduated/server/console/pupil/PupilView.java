package uk.graduated.server.console.pupil;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import uk.graduated.model.sen.SenProvision;

/**
 * Everything on a pupil's page.
 *
 * @param ehc    null when the pupil has no EHC plan
 * @param charts one per target that is active or has ratings, latest cycle first
 */
public record PupilView(LocalDate today, PupilRecords.Details pupil, List<PupilRecords.Provision> provisions,
        List<PupilRecords.Need> needs, List<PupilRecords.Cycle> cycles, EhcSummary ehc, List<TargetChart> charts,
        List<PupilRecords.Observation> observations, List<PupilRecords.Contact> contacts,
        List<PupilRecords.Group> groups) {

    public PupilView {
        provisions = List.copyOf(provisions);
        needs = List.copyOf(needs);
        cycles = List.copyOf(cycles);
        charts = List.copyOf(charts);
        observations = List.copyOf(observations);
        contacts = List.copyOf(contacts);
        groups = List.copyOf(groups);
    }

    /** Provision that applies today; N when no entry covers today, as the census counts it. */
    public SenProvision currentProvision() {
        return provisions.stream()
                .filter(p -> !today.isBefore(p.startDate()) && (p.endDate() == null || today.isBefore(p.endDate())))
                .map(PupilRecords.Provision::provision)
                .findFirst()
                .orElse(SenProvision.N);
    }

    public List<PupilRecords.Need> openNeeds() {
        return needs.stream().filter(n -> n.appliesOn(today)).collect(Collectors.toList());
    }

    public List<PupilRecords.Need> endedNeeds() {
        return needs.stream().filter(n -> !n.appliesOn(today)).collect(Collectors.toList());
    }
}
