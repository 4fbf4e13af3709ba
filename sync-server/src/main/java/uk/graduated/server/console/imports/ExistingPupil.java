package uk.graduated.server.console.imports;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import uk.graduated.model.pupil.Pupil;
import uk.graduated.model.sen.NeedType;
import uk.graduated.model.sen.SenProvision;

/**
 * A pupil already on the register, with what an import compares and changes: the pupil record, the
 * open provision and the open needs, each with the version an edit is based on.
 *
 * @param openProvision null when no provision is open (the census counts the pupil as N)
 */
public record ExistingPupil(Pupil pupil, long version, OpenProvision openProvision, List<OpenNeed> openNeeds) {
    public record OpenProvision(UUID id, long version, SenProvision provision, LocalDate startDate) {
    }

    public record OpenNeed(UUID id, long version, NeedType type, int rank, LocalDate startDate) {
    }

    public ExistingPupil {
        openNeeds = List.copyOf(openNeeds);
    }

    public SenProvision provision() {
        return openProvision == null ? SenProvision.N : openProvision.provision();
    }

    public Optional<OpenNeed> need(int rank) {
        return openNeeds.stream().filter(n -> n.rank() == rank).findFirst();
    }

    public NeedType needType(int rank) {
        return need(rank).map(OpenNeed::type).orElse(null);
    }
}
