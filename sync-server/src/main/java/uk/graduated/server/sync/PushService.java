package uk.graduated.server.sync;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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

/**
 * Applies a push, mutation by mutation in array order, each in its own transaction: one bad
 * mutation never holds up the others, and none is ever half applied. Each transaction takes the
 * school clock first, then looks the mutation id up, so two pushes of the same mutation run one
 * after the other and the second returns the first one's stored outcome.
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
        // One pooled connection for the whole push, still one transaction per mutation: a push
        // waits for the pool once, not once per mutation behind every other tablet's requests.
        return jdbi.withHandle(handle -> {
            List<MutationOutcome> outcomes = new ArrayList<>();
            for (Mutation mutation : request.mutations()) {
                outcomes.add(applyOnce(handle, principal, mutation, permissions));
            }
            return new PushResponse(outcomes);
        });
    }

    /**
     * Applies every mutation of {@code request} in one transaction, or none of them: the console's CSV
     * import writes many pupils at once, and a refusal halfway must leave nothing half imported. Each
     * mutation still takes a clock value of its own, so the change log stays one version per change;
     * the clock's row lock is held until the single commit, so the ordering argument is unchanged.
     *
     * @return the outcomes in order; when the last one is a rejection, nothing was written and the
     *         mutations after it were not tried
     */
    public PushResponse pushAllOrNothing(Principal principal, PushRequest request) {
        LocalDate today = LocalDate.now(clock);
        WritePermissions permissions = new WritePermissions(principal, today);
        List<MutationOutcome> outcomes = new ArrayList<>();
        try {
            jdbi.useTransaction(handle -> {
                for (Mutation mutation : request.mutations()) {
                    long version = SchoolClock.next(handle, principal.schoolId());
                    AppliedMutations applied = new AppliedMutations(handle, principal.schoolId());
                    var stored = applied.find(mutation.mutationId());
                    if (stored.isPresent()) {
                        outcomes.add(stored.get());
                        continue;
                    }
                    MutationOutcome outcome = new MutationApplier(handle, principal, today, version, permissions).apply(mutation);
                    if (outcome instanceof MutationOutcome.Rejected) {
                        outcomes.add(outcome);
                        throw new RolledBack();
                    }
                    applied.store(mutation, principal.staffId(), outcome);
                    outcomes.add(outcome);
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
            outcomes.add(Rejections.invalid(failed.mutationId(), List.of(new FieldError("fields", "invalid_value",
                    "the record breaks a rule of the school's register; check its values"))));
        }
        return new PushResponse(outcomes);
    }

    private MutationOutcome applyOnce(Handle connection, Principal principal, Mutation mutation,
                                      WritePermissions permissions) {
        LocalDate today = LocalDate.now(clock);
        try {
            return connection.inTransaction(handle -> {
                long version = SchoolClock.next(handle, principal.schoolId());
                AppliedMutations applied = new AppliedMutations(handle, principal.schoolId());
                var stored = applied.find(mutation.mutationId());
                if (stored.isPresent()) {
                    throw new AlreadyApplied(stored.get()); // rolls back the clock, which nothing used
                }
                MutationOutcome outcome = new MutationApplier(handle, principal, today, version, permissions).apply(mutation);
                applied.store(mutation, principal.staffId(), outcome);
                return outcome;
            });
        } catch (AlreadyApplied e) {
            return e.outcome;
        } catch (UnableToExecuteStatementException e) {
            if (!isIntegrityViolation(e)) {
                throw e;
            }
            // The checks before writing should have caught this; refuse the mutation, not the push.
            log.warn("Mutation {} broke a database constraint: {}", mutation.mutationId(), sqlState(e));
            return storeRejection(connection, principal, mutation);
        }
    }

    private MutationOutcome storeRejection(Handle connection, Principal principal, Mutation mutation) {
        MutationOutcome rejected = Rejections.invalid(mutation.mutationId(), List.of(new FieldError("fields",
                "invalid_value", "the record breaks a rule of the school's register; check its values")));
        return connection.inTransaction(handle -> {
            SchoolClock.next(handle, principal.schoolId());
            AppliedMutations applied = new AppliedMutations(handle, principal.schoolId());
            var stored = applied.find(mutation.mutationId());
            if (stored.isPresent()) {
                return stored.get();
            }
            applied.store(mutation, principal.staffId(), rejected);
            return rejected;
        });
    }

    private static boolean isIntegrityViolation(UnableToExecuteStatementException e) {
        String state = sqlState(e);
        return state != null && state.startsWith(INTEGRITY_VIOLATION);
    }

    private static String sqlState(UnableToExecuteStatementException e) {
        return e.getCause() instanceof java.sql.SQLException sql ? sql.getSQLState() : null;
    }

    /** Rolls back an all-or-nothing batch at its first rejection. */
    private static final class RolledBack extends RuntimeException {
        private static final long serialVersionUID = 1L;

        RolledBack() {
            super(null, null, false, false);
        }
    }

    /** Carries a stored outcome out of the transaction, rolling it back. */
    private static final class AlreadyApplied extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient MutationOutcome outcome;

        AlreadyApplied(MutationOutcome outcome) {
            super(null, null, false, false);
            this.outcome = outcome;
        }
    }
}
