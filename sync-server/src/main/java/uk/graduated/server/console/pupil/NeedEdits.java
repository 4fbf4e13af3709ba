package uk.graduated.server.console.pupil;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import uk.graduated.model.sen.RankedNeed;
import uk.graduated.model.sen.SenProvision;
import uk.graduated.server.auth.ApiException;
import uk.graduated.server.auth.Principal;

/**
 * Adding a need or changing one's type or rank, as the signed-in SENCO: the form is read, the result
 * checked with the census rules ({@link NeedChanges}) against the needs open today, and the accepted
 * needs handed to the {@link NeedWriter}, which checks each record again as it writes it. An edit
 * carries the version it was based on, so a change made meanwhile on a tablet is merged, not lost.
 */
public final class NeedEdits {
    /** A pupil's SEN record as the forms need it. */
    public record State(PupilRef pupil, SenProvision provision, List<PupilRecords.Need> openNeeds) {
        List<RankedNeed> openRankedNeeds() {
            return openNeeds.stream()
                    .map(n -> new RankedNeed(n.id(), pupil.id(), n.type(), n.rank(), n.startDate(), n.endDate()))
                    .collect(Collectors.toList());
        }
    }

    private final Jdbi jdbi;
    private final Clock clock;
    private final NeedWriter writer;

    public NeedEdits(Jdbi jdbi, Clock clock, NeedWriter writer) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.writer = writer;
    }

    /** @throws ApiException 404 for no such pupil at the caller's school */
    public State state(Principal senco, UUID pupilId) {
        LocalDate today = LocalDate.now(clock);
        return jdbi.withHandle(h -> state(h, senco, pupilId, today));
    }

    /** @throws ApiException 404 for no such pupil, or no such need open today */
    public PupilRecords.Need openNeed(Principal senco, UUID pupilId, UUID needId) {
        LocalDate today = LocalDate.now(clock);
        return jdbi.withHandle(h -> new PupilDao(h, senco.schoolId(), pupilId).need(needId))
                .filter(n -> n.appliesOn(today))
                .orElseThrow(ApiException::notFound);
    }

    public NeedChanges.Outcome add(Principal senco, UUID pupilId, NeedForm form) {
        LocalDate today = LocalDate.now(clock);
        Map<String, String> unreadable = form.parseErrors(true, today);
        if (!unreadable.isEmpty()) {
            return new NeedChanges.Outcome(List.of(), unreadable, List.of(), null);
        }
        State state = jdbi.withHandle(h -> state(h, senco, pupilId, today));
        RankedNeed added = new RankedNeed(UUID.randomUUID(), pupilId, form.parsedType(), form.parsedRank(),
                form.parsedStartDate(), null);
        return save(senco, state, NeedChanges.add(state.provision(), state.openRankedNeeds(), added));
    }

    public NeedChanges.Outcome change(Principal senco, UUID pupilId, UUID needId, NeedForm form) {
        LocalDate today = LocalDate.now(clock);
        Map<String, String> unreadable = form.parseErrors(false, today);
        if (!unreadable.isEmpty()) {
            return new NeedChanges.Outcome(List.of(), unreadable, List.of(), null);
        }
        State state = jdbi.withHandle(h -> state(h, senco, pupilId, today));
        RankedNeed before = state.openRankedNeeds().stream().filter(n -> n.id().equals(needId)).findFirst()
                .orElseThrow(ApiException::notFound);
        return save(senco, state, NeedChanges.change(state.provision(), state.openRankedNeeds(), before,
                form.parsedType(), form.parsedRank()));
    }

    /** Writes an accepted outcome; a write the server refuses turns it into a refusal the form shows. */
    private NeedChanges.Outcome save(Principal senco, State state, NeedChanges.Outcome outcome) {
        if (!outcome.accepted()) {
            return outcome;
        }
        Map<UUID, Long> versions = state.openNeeds().stream()
                .collect(Collectors.toMap(PupilRecords.Need::id, PupilRecords.Need::version));
        List<NeedWriter.Write> writes = outcome.writes().stream()
                .map(n -> new NeedWriter.Write(n, versions.get(n.id())))
                .collect(Collectors.toList());
        List<String> refusals = writer.write(senco, writes);
        if (refusals.isEmpty()) {
            return outcome;
        }
        return new NeedChanges.Outcome(List.of(), Map.of(), refusals, null);
    }

    private static State state(Handle h, Principal senco, UUID pupilId, LocalDate today) {
        PupilDao dao = new PupilDao(h, senco.schoolId(), pupilId);
        PupilRecords.Details details = dao.details().orElseThrow(ApiException::notFound);
        SenProvision provision = dao.provisions().stream()
                .filter(p -> !today.isBefore(p.startDate()) && (p.endDate() == null || today.isBefore(p.endDate())))
                .map(PupilRecords.Provision::provision)
                .findFirst()
                .orElse(SenProvision.N);
        List<PupilRecords.Need> open = dao.needs().stream().filter(n -> n.appliesOn(today)).collect(Collectors.toList());
        return new State(details.ref(), provision, open);
    }
}
