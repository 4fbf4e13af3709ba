package uk.graduated.server.register;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import uk.graduated.model.pupil.PupilRules;
import uk.graduated.model.sync.EntityType;
import uk.graduated.model.validation.FieldError;

/**
 * The rules a record's codec cannot check alone because they need the school's other records:
 * the records it names exist here, a UPN is unique in the school, a pupil has one open provision.
 * Errors are named as in a mutation, {@code fields.<member>}.
 */
public final class RecordChecks {
    private static final String PREFIX = "fields.";
    private static final Map<EntityType, String> NOUNS = new EnumMap<>(Map.of(
            EntityType.PUPIL, "a pupil",
            EntityType.STAFF, "a member of staff",
            EntityType.SUPPORT_PLAN, "a support plan",
            EntityType.PLAN_CYCLE, "a plan cycle",
            EntityType.PLAN_TARGET, "a target",
            EntityType.INTERVENTION, "an intervention"));

    private final RecordStore store;
    private final ReferenceLookup references;
    private final UUID schoolId;
    private final LocalDate today;

    /**
     * @param references where the records a record names are looked up
     * @param today the school's date, for rules such as "born in the future"
     */
    public RecordChecks(RecordStore store, ReferenceLookup references, UUID schoolId, LocalDate today) {
        this.store = store;
        this.references = references;
        this.schoolId = schoolId;
        this.today = today;
    }

    /**
     * @param record      the record as it would be stored
     * @param sentMembers the members an edit sends, whose references are checked; null for a new
     *                    record, whose every reference is checked
     */
    public List<FieldError> check(RecordTable table, JsonObject record, Set<String> sentMembers) {
        List<FieldError> errors = new ArrayList<>();
        JsonElement school = record.get("schoolId");
        if (school != null && !school.getAsString().equals(schoolId.toString())) {
            errors.add(new FieldError(PREFIX + "schoolId", "invalid_value",
                    "schoolId must be the id of the school you are signed in to"));
        }
        checkReferences(table, record, sentMembers, errors);
        if (errors.isEmpty()) {
            checkEntityRules(table.type(), record, sentMembers, errors);
        }
        return errors;
    }

    private void checkReferences(RecordTable table, JsonObject record, Set<String> sentMembers, List<FieldError> errors) {
        // Insert-only records say what happened: a pupil or target deleted since still counts.
        boolean includeDeleted = !table.type().editable();
        Map<EntityType, List<Reference.Named>> named = new EnumMap<>(EntityType.class);
        for (Reference reference : table.references()) {
            if (sentMembers == null || sentMembers.contains(reference.topLevelMember())) {
                named.computeIfAbsent(reference.target(), t -> new ArrayList<>()).addAll(reference.idsIn(record));
            }
        }
        // One query for every type the record names: a session log names an intervention, staff and pupils.
        Map<EntityType, Set<UUID>> ids = new EnumMap<>(EntityType.class);
        named.forEach((target, names) -> names.forEach(n -> ids.computeIfAbsent(target, t -> new HashSet<>()).add(n.id())));
        Map<EntityType, Set<UUID>> found = references.existing(ids, includeDeleted);
        for (Map.Entry<EntityType, List<Reference.Named>> entry : named.entrySet()) {
            for (Reference.Named n : entry.getValue()) {
                if (!found.get(entry.getKey()).contains(n.id())) {
                    errors.add(new FieldError(PREFIX + n.path(), "not_found",
                            n.path() + " names " + NOUNS.get(entry.getKey()) + " this school does not have"));
                }
            }
        }
    }

    private void checkEntityRules(EntityType type, JsonObject record, Set<String> sentMembers, List<FieldError> errors) {
        UUID id = UUID.fromString(record.get("id").getAsString());
        switch (type) {
            case PUPIL -> {
                if (record.has("upn") && sent(sentMembers, "upn") && store.upnTaken(record.get("upn").getAsString(), id)) {
                    errors.add(new FieldError(PREFIX + "upn", "duplicate", "another pupil at this school has this UPN"));
                }
                if (sent(sentMembers, "dateOfBirth")) {
                    LocalDate born = LocalDate.parse(record.get("dateOfBirth").getAsString());
                    PupilRules.dateOfBirthProblems(born, today).forEach(e ->
                            errors.add(new FieldError(PREFIX + e.field(), e.code(), e.message())));
                }
            }
            case SEN_PROVISION -> {
                UUID pupil = UUID.fromString(record.get("pupilId").getAsString());
                if (!record.has("endDate") && store.otherOpenProvision(pupil, id)) {
                    errors.add(new FieldError(PREFIX + "endDate", "duplicate",
                            "this pupil already has an open provision; end it before opening another"));
                }
            }
            case PLAN_TARGET, PLAN_STRATEGY -> {
                UUID cycle = UUID.fromString(record.get("cycleId").getAsString());
                if (sentMembers == null && !record.get("pupilId").getAsString()
                        .equals(String.valueOf(store.pupilOf(EntityType.PLAN_CYCLE, cycle)))) {
                    errors.add(new FieldError(PREFIX + "pupilId", "invalid_value",
                            "pupilId must be the pupil whose plan the cycle belongs to"));
                }
            }
            default -> {
            }
        }
    }

    private static boolean sent(Set<String> sentMembers, String member) {
        return sentMembers == null || sentMembers.contains(member);
    }
}
