package uk.graduated.model.sync;

import com.google.gson.JsonObject;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import uk.graduated.model.json.JsonFields;
import uk.graduated.model.json.JsonOut;
import uk.graduated.model.validation.FieldError;
import uk.graduated.model.validation.Violations;

/**
 * The server's answer for one mutation of a push. On the wire the {@code status} member tells
 * which: {@code applied}, {@code rejected} or {@code merged}. The outbox row leaves the device only
 * once it has one of these answers.
 */
public sealed interface MutationOutcome permits MutationOutcome.Applied, MutationOutcome.Rejected,
        MutationOutcome.Merged {

    UUID mutationId();

    /** Which kind of outcome: the {@code status} member on the wire. */
    Status status();

    JsonObject toJsonObject();

    /**
     * The mutation was applied with no concurrent change to any of its fields.
     *
     * @param serverVersion the version the record now has (for a delete, the tombstone's)
     */
    record Applied(UUID mutationId, long serverVersion) implements MutationOutcome {
        public Applied {
            Violations v = new Violations();
            v.require("mutationId", mutationId);
            Checks.positive(v, "serverVersion", serverVersion);
            v.throwIfAny();
        }

        @Override
        public Status status() {
            return Status.APPLIED;
        }

        @Override
        public JsonObject toJsonObject() {
            return new JsonOut().put("mutationId", mutationId).putCode("status", status(), Status::code)
                    .put("serverVersion", serverVersion).build();
        }
    }

    /**
     * The mutation was refused and changed nothing.
     *
     * @param code    why
     * @param field   the field at fault (e.g. {@code fields.minutes}), or null if the refusal is not
     *                about one field
     * @param message a sentence the person who made the change can act on
     * @param errors  every field error, for {@code validation_failed}; may be empty otherwise
     */
    record Rejected(UUID mutationId, RejectionCode code, String field, String message, List<FieldError> errors)
            implements MutationOutcome {
        public Rejected {
            Violations v = new Violations();
            v.require("mutationId", mutationId);
            v.require("code", code);
            Checks.optionalText(v, "field", field, ErrorBody.MAX_TEXT_LENGTH);
            Checks.text(v, "message", message, ErrorBody.MAX_TEXT_LENGTH);
            ErrorBody.checkErrors(v, errors);
            v.throwIfAny();
            errors = List.copyOf(errors);
        }

        @Override
        public Status status() {
            return Status.REJECTED;
        }

        @Override
        public JsonObject toJsonObject() {
            JsonOut out = new JsonOut().put("mutationId", mutationId).putCode("status", status(), Status::code)
                    .putCode("code", code, RejectionCode::code);
            return Wire.putOrNull(out, "field", field)
                    .put("message", message)
                    .putList("errors", errors, Wire::writeFieldError)
                    .build();
        }
    }

    /**
     * The mutation was applied, and some of its fields met a change another device had made since
     * the mutation's base version.
     *
     * @param serverVersion the version the record now has
     * @param resolutions   one per field that met another change, at least one, no field twice
     */
    record Merged(UUID mutationId, long serverVersion, List<FieldResolution> resolutions)
            implements MutationOutcome {
        public Merged {
            Violations v = new Violations();
            v.require("mutationId", mutationId);
            Checks.positive(v, "serverVersion", serverVersion);
            if (resolutions == null || resolutions.isEmpty()) {
                v.add("resolutions", "required", "a merged outcome names at least one field resolution");
            } else if (resolutions.stream().map(r -> r == null ? null : r.field()).distinct().count()
                    != resolutions.size()) {
                v.add("resolutions", "duplicate", "resolutions must name each field once");
            }
            v.throwIfAny();
            resolutions = List.copyOf(resolutions);
        }

        @Override
        public Status status() {
            return Status.MERGED;
        }

        @Override
        public JsonObject toJsonObject() {
            return new JsonOut().put("mutationId", mutationId).putCode("status", status(), Status::code)
                    .put("serverVersion", serverVersion)
                    .putList("resolutions", resolutions, FieldResolution::toJsonObject)
                    .build();
        }
    }

    /** The kinds of outcome, by wire code. */
    enum Status {
        APPLIED("applied"),
        REJECTED("rejected"),
        MERGED("merged");

        private final String code;

        Status(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        public static Optional<Status> fromCode(String code) {
            return Codes.find(values(), Status::code, code);
        }
    }

    /** Reads one outcome, choosing the record by {@code status}. */
    static MutationOutcome read(JsonFields f) {
        Status status = f.requiredCode("status", Status::fromCode, Codes.allowed(Status.values(), Status::code));
        UUID mutationId = f.requiredUuid("mutationId");
        if (status == null) {
            return null;
        }
        switch (status) {
            case APPLIED: {
                f.rejectUnknown(Set.of("mutationId", "status", "serverVersion"));
                long serverVersion = f.requiredLong("serverVersion");
                return f.build(() -> new Applied(mutationId, serverVersion));
            }
            case REJECTED: {
                f.rejectUnknown(Set.of("mutationId", "status", "code", "field", "message", "errors"));
                RejectionCode code = f.requiredCode("code", RejectionCode::fromCode, RejectionCode.allowedCodes());
                String field = f.optionalString("field");
                String message = f.requiredString("message");
                List<FieldError> errors = Wire.readList(f, "errors", ErrorBody.MAX_ERRORS, Wire::readFieldError);
                return f.build(() -> new Rejected(mutationId, code, field, message, errors));
            }
            default: {
                f.rejectUnknown(Set.of("mutationId", "status", "serverVersion", "resolutions"));
                long serverVersion = f.requiredLong("serverVersion");
                List<FieldResolution> resolutions = Wire.readList(f, "resolutions",
                        SyncLimits.MAX_FIELDS_PER_MUTATION, FieldResolution::read);
                return f.build(() -> new Merged(mutationId, serverVersion, resolutions));
            }
        }
    }
}
