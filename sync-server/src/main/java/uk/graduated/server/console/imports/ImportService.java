package uk.graduated.server.console.imports;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.graduated.model.sync.Mutation;
import uk.graduated.model.sync.MutationOutcome;
import uk.graduated.model.sync.ProtocolVersion;
import uk.graduated.model.sync.PushRequest;
import uk.graduated.server.auth.Principal;
import uk.graduated.server.console.audit.AccessAction;
import uk.graduated.server.console.audit.PupilAccessLog;
import uk.graduated.server.console.pupil.PushedNeedWriter;
import uk.graduated.server.sync.PushService;

/**
 * Imports pupils from an MIS export in two steps: a preview that writes nothing, and a confirmation
 * that reads the file and the register again, plans afresh and writes every row in one transaction
 * through the sync write path (as the console writer, like the need forms), so versions, history and
 * the tablets' pull see the import like any other change. Rows with errors make the whole import
 * wait unless the SENCO chose to import the valid rows only.
 */
public final class ImportService {
    private static final Logger log = LoggerFactory.getLogger(ImportService.class);

    /** How a confirmation ended. */
    public enum Status {
        /** Everything planned was written. */
        WRITTEN,
        /** Some rows have errors and the SENCO did not choose to leave them out: nothing written. */
        HAS_ERRORS,
        /** Every valid row matches the register already: nothing to write. */
        NOTHING_TO_WRITE,
        /** The register refused a change (e.g. changed meanwhile): nothing written. */
        REFUSED
    }

    /** @param refusals for {@link Status#REFUSED}, one sentence per refused change, naming its row */
    public record Confirmation(Status status, ImportPlan plan, ImportResult result, List<String> refusals) {
        public Confirmation {
            refusals = List.copyOf(refusals);
        }
    }

    private final Jdbi jdbi;
    private final Clock clock;
    private final PushService push;
    private final PupilAccessLog accessLog;

    public ImportService(Jdbi jdbi, Clock clock, PushService push, PupilAccessLog accessLog) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.push = push;
        this.accessLog = accessLog;
    }

    /**
     * What importing {@code file} would do now. Writes nothing.
     *
     * @throws ImportFileException when the file cannot be read as an import
     */
    public ImportPlan preview(Principal senco, byte[] file) {
        MisCsvReader.CsvFile csv = MisCsvReader.read(file);
        LocalDate today = LocalDate.now(clock);
        List<ExistingPupil> register = jdbi.withHandle(h -> new ImportDao(h, senco.schoolId()).pupils());
        return new ImportPlanner(senco.schoolId(), today, register).plan(csv);
    }

    /**
     * Plans {@code file} against the register as it is now and writes it, all or nothing.
     *
     * @param validRowsOnly leave out rows with errors instead of refusing the import
     * @throws ImportFileException when the file cannot be read as an import
     */
    public Confirmation confirm(Principal senco, String fileName, byte[] file, boolean validRowsOnly,
            PupilAccessLog.Origin origin) {
        ImportPlan plan = preview(senco, file);
        if (plan.hasErrors() && !validRowsOnly) {
            return new Confirmation(Status.HAS_ERRORS, plan, null, List.of());
        }
        if (!plan.writesAnything()) {
            return new Confirmation(Status.NOTHING_TO_WRITE, plan, null, List.of());
        }
        UUID device = PushedNeedWriter.consoleWriterId(senco.schoolId());
        ImportMutations builder = new ImportMutations(device, LocalDate.now(clock), clock.instant());
        List<Mutation> mutations = builder.of(plan.rows());
        List<MutationOutcome> outcomes = push.pushAllOrNothing(senco,
                new PushRequest(ProtocolVersion.CURRENT.value(), device, mutations)).outcomes();
        List<String> refusals = new ArrayList<>();
        for (int i = 0; i < outcomes.size(); i++) {
            if (outcomes.get(i) instanceof MutationOutcome.Rejected rejected) {
                log.warn("Import refused at mutation {} of {}: {}", i + 1, mutations.size(), rejected.code());
                refusals.add("Row " + builder.rowOf(i) + ": " + rejected.message());
            }
        }
        if (!refusals.isEmpty()) {
            return new Confirmation(Status.REFUSED, plan, null, refusals);
        }
        Set<UUID> written = plan.rows().stream().filter(PlannedRow::writes).map(r -> r.pupil().id())
                .collect(Collectors.toCollection(LinkedHashSet::new));
        accessLog.record(senco, written, AccessAction.IMPORTED_CSV, origin);
        ImportResult result = new ImportResult(fileName, plan.count(PlannedRow.Outcome.NEW),
                plan.count(PlannedRow.Outcome.UPDATE), plan.count(PlannedRow.Outcome.UNCHANGED),
                plan.count(PlannedRow.Outcome.ERROR));
        log.info("Import written: {} new, {} updated, {} skipped", result.created(), result.updated(), result.skipped());
        return new Confirmation(Status.WRITTEN, plan, result, List.of());
    }
}
