package uk.graduated.server.sync;

import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.graduated.model.sync.Mutation;
import uk.graduated.model.sync.MutationOutcome;
import uk.graduated.model.sync.PushRequest;
import uk.graduated.model.sync.PushResponse;
import uk.graduated.model.validation.FieldError;
import uk.graduated.server.auth.Principal;
import uk.graduated.server.register.RecordStore;
import uk.graduated.server.register.Writes;

/**
 * Applies a push in one transaction, mutation by mutation in array order, by the rules of
 * {@link MutationApplier}. The transaction takes the school clock first, then looks every mutation
 * id up, so two pushes of the same mutation run one after the other and the second returns the first
 * one's stored outcome. A refused mutation is refused before it writes anything, so it never holds
 * up the others; each applied one takes a clock value of its own. The writes are held and sent as
 * batches at the end (docs/architecture.md, "Push").
 */
public final class PushService {
    private static final Logger log = LoggerFactory.getLogger(PushService.class);
    /** PostgreSQL's class 23: a constraint refused a write. */
    private static final String INTEGRITY_VIOLATION = "23";

    private final Jdbi jdbi;
    private final Clock clock;

    /** @param clock the school's clock and zone, for "today" in date rules */
    public PushService(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** @param principal a person signed in on the device that sent the push */
    public PushResponse push(Principal principal, PushRequest request) {
        WritePermissions permissions = new WritePermissions(principal, LocalDate.now(clock));
        return jdbi.withHandle(connection -> {
            try {
                return connection.inTransaction(handle -> new PushResponse(
                        apply(Writes.held(handle), principal, permissions, request.mutations(), new ArrayList<>(), false)));
            } catch (UnableToExecuteStatementException e) {
                if (!isIntegrityViolation(e)) {
                    throw e;
                }
                // The checks before writing should have caught this. Nothing of the push was kept;
                // applied one by one, the mutation that breaks the rule is refused and the others are not.
                log.warn("A push of {} mutations broke a database constraint ({}); applying them one at a time",
                        request.mutations().size(), sqlState(e));
                List<MutationOutcome> outcomes = new ArrayList<>();
                for (Mutation mutation : request.mutations()) {
                    outcomes.add(applyAlone(connection, principal, permissions, mutation));
                }
                return new PushResponse(outcomes);
            }
        });
    }

    /**
     * Applies every mutation of {@code request} in one transaction, or none of them: the console's CSV
     * import writes many pupils at once, and a refusal halfway must leave nothing half imported.
     *
     * @return the outcomes in order; when the last one is a rejection, nothing was written and the
     *         mutations after it were not tried
     */
    public PushResponse pushAllOrNothing(Principal principal, PushRequest request) {
        WritePermissions permissions = new WritePermissions(principal, LocalDate.now(clock));
        List<MutationOutcome> outcomes = new ArrayList<>();
        try {
            // Written as it goes, so a constraint that fires names the mutation that broke it.
            jdbi.useTransaction(handle -> {
                apply(Writes.immediate(handle), principal, permissions, request.mutations(), outcomes, true);
                if (!outcomes.isEmpty() && outcomes.get(outcomes.size() - 1) instanceof MutationOutcome.Rejected) {
                    throw new RolledBack();
                }
            });
        } catch (RolledBack e) {
            return new PushResponse(outcomes);
        } catch (UnableToExecuteStatementException e) {
            if (!isIntegrityViolation(e)) {
                throw e;
            }
            Mutation failed = request.mutations().get(outcomes.size());
            log.warn("Mutation {} broke a database constraint; none of its batch was written: {}",
                    failed.mutationId(), sqlState(e));
            outcomes.add(brokeAConstraint(failed));
        }
        return new PushResponse(outcomes);
    }

    /**
     * Applies {@code mutations} in the caller's transaction, adding each outcome to {@code outcomes}:
     * the school clock, the stored outcomes and what is known of the records first, then each
     * mutation in order, then the held writes and the clock's new value.
     *
     * @param stopAtRejection stop after the first refused mutation, for an all-or-nothing batch
     */
    private List<MutationOutcome> apply(Writes writes, Principal principal, WritePermissions permissions,
                                        List<Mutation> mutations, List<MutationOutcome> outcomes, boolean stopAtRejection) {
        Handle handle = writes.handle();
        LocalDate today = LocalDate.now(clock);
        long version = SchoolClock.lock(handle, principal.schoolId());
        long locked = version;
        AppliedMutations applied = new AppliedMutations(writes, principal.schoolId());
        Map<UUID, MutationOutcome> stored = applied.find(mutations.stream().map(Mutation::mutationId).toList());
        KnownRecords known = KnownRecords.load(new RecordStore(writes, principal.schoolId()),
                new ChangeLog(writes, principal.schoolId()), mutations);
        for (Mutation mutation : mutations) {
            MutationOutcome outcome = stored.get(mutation.mutationId());
            if (outcome == null) {
                outcome = new MutationApplier(writes, known, principal, today, version + 1, permissions).apply(mutation);
                if (tookVersion(outcome, version + 1)) {
                    version++;
                }
                applied.store(mutation, principal.staffId(), outcome);
            }
            outcomes.add(outcome);
            if (stopAtRejection && outcome instanceof MutationOutcome.Rejected) {
                break;
            }
        }
        writes.flush();
        if (version > locked) {
            SchoolClock.advance(handle, principal.schoolId(), version);
        }
        return outcomes;
    }

    /** Versions above the clock are new, so only a write made at {@code version} returns it. */
    private static boolean tookVersion(MutationOutcome outcome, long version) {
        return (outcome instanceof MutationOutcome.Applied a && a.serverVersion() == version)
                || (outcome instanceof MutationOutcome.Merged m && m.serverVersion() == version);
    }

    /** One mutation in its own transaction, refused on its own if it still breaks a constraint. */
    private MutationOutcome applyAlone(Handle connection, Principal principal, WritePermissions permissions,
                                       Mutation mutation) {
        try {
            return connection.inTransaction(handle -> apply(Writes.held(handle), principal, permissions,
                    List.of(mutation), new ArrayList<>(), false).get(0));
        } catch (UnableToExecuteStatementException e) {
            if (!isIntegrityViolation(e)) {
                throw e;
            }
            log.warn("Mutation {} broke a database constraint: {}", mutation.mutationId(), sqlState(e));
            return connection.inTransaction(handle -> {
                SchoolClock.lock(handle, principal.schoolId());
                AppliedMutations applied = new AppliedMutations(Writes.immediate(handle), principal.schoolId());
                MutationOutcome stored = applied.find(List.of(mutation.mutationId())).get(mutation.mutationId());
                if (stored != null) {
                    return stored;
                }
                MutationOutcome rejected = brokeAConstraint(mutation);
                applied.store(mutation, principal.staffId(), rejected);
                return rejected;
            });
        }
    }

    private static MutationOutcome brokeAConstraint(Mutation mutation) {
        return Rejections.invalid(mutation.mutationId(), List.of(new FieldError("fields", "invalid_value",
                "the record breaks a rule of the school's register; check its values")));
    }

    private static boolean isIntegrityViolation(UnableToExecuteStatementException e) {
        String state = sqlState(e);
        return state != null && state.startsWith(INTEGRITY_VIOLATION);
    }

    /** A batch's failure carries the statement's own error as its next exception. */
    private static String sqlState(UnableToExecuteStatementException e) {
        SQLException sql = e.getCause() instanceof SQLException cause ? cause : null;
        while (sql != null && sql.getSQLState() == null) {
            sql = sql.getNextException();
        }
        return sql == null ? null : sql.getSQLState();
    }

    /** Rolls back an all-or-nothing batch at its first rejection. */
    private static final class RolledBack extends RuntimeException {
        private static final long serialVersionUID = 1L;

        RolledBack() {
            super(null, null, false, false);
        }
    }
}
