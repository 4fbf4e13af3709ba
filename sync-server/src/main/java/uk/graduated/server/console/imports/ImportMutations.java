package uk.graduated.server.console.imports;

import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import uk.graduated.model.pupil.PupilJson;
import uk.graduated.model.sen.NeedType;
import uk.graduated.model.sen.ProvisionEntry;
import uk.graduated.model.sen.ProvisionEntryJson;
import uk.graduated.model.sen.RankedNeed;
import uk.graduated.model.sen.RankedNeedJson;
import uk.graduated.model.sen.SenProvision;
import uk.graduated.model.sync.EntityType;
import uk.graduated.model.sync.Mutation;

/**
 * The mutations that carry one planned row to the register, in the order the push applies them: the
 * pupil, then the provision (the open entry ended before the next is opened), then the needs. An
 * update sends only the members that change, based on the version read, so a change made meanwhile
 * on a tablet is merged rather than lost. Provision and needs that change start today; the entries
 * they replace end today, so the history shows both. An entry that only started today is changed in
 * place instead, since an entry must end after it starts.
 */
final class ImportMutations {
    private final UUID device;
    private final LocalDate today;
    private final Instant now;
    private final List<Mutation> mutations = new ArrayList<>();
    private final List<Integer> rowNumbers = new ArrayList<>();
    private int currentRow;

    ImportMutations(UUID device, LocalDate today, Instant now) {
        this.device = device;
        this.today = today;
        this.now = now;
    }

    List<Mutation> of(List<PlannedRow> rows) {
        for (PlannedRow row : rows) {
            if (row.writes()) {
                currentRow = row.number();
                add(row);
            }
        }
        return List.copyOf(mutations);
    }

    /** The file row the {@code index}th mutation comes from. */
    int rowOf(int index) {
        return rowNumbers.get(index);
    }

    private void add(PlannedRow row) {
        UUID pupilId = row.pupil().id();
        JsonObject after = PupilJson.toJson(row.pupil());
        if (row.existing() == null) {
            upsert(EntityType.PUPIL, pupilId, null, after);
        } else {
            JsonObject changed = changedMembers(PupilJson.toJson(row.existing().pupil()), after);
            if (changed.size() > 0) {
                upsert(EntityType.PUPIL, pupilId, row.existing().version(), changed);
            }
        }
        if (row.sen().provision() != null) {
            provision(pupilId, row.existing() == null ? null : row.existing().openProvision(), row.sen().provision());
        }
        if (row.sen().needs()) {
            need(pupilId, row.existing() == null ? null : row.existing().need(RankedNeed.PRIMARY).orElse(null),
                    RankedNeed.PRIMARY, row.sen().primary());
            need(pupilId, row.existing() == null ? null : row.existing().need(RankedNeed.SECONDARY).orElse(null),
                    RankedNeed.SECONDARY, row.sen().secondary());
        }
    }

    private void provision(UUID pupilId, ExistingPupil.OpenProvision open, SenProvision to) {
        if (open != null && !open.startDate().isBefore(today)) {
            upsert(EntityType.SEN_PROVISION, open.id(), open.version(), member("provision", to.censusCode()));
            return;
        }
        if (open != null) {
            upsert(EntityType.SEN_PROVISION, open.id(), open.version(), member("endDate", today.toString()));
        }
        ProvisionEntry entry = new ProvisionEntry(UUID.randomUUID(), pupilId, to, today, null);
        upsert(EntityType.SEN_PROVISION, entry.id(), null, ProvisionEntryJson.toJson(entry));
    }

    private void need(UUID pupilId, ExistingPupil.OpenNeed open, int rank, NeedType to) {
        if (open != null && open.type() == to) {
            return;
        }
        if (open != null && !open.startDate().isBefore(today)) {
            if (to != null) {
                upsert(EntityType.SEN_NEED, open.id(), open.version(), member("type", to.censusCode()));
            } else {
                append(Mutation.delete(UUID.randomUUID(), device, EntityType.SEN_NEED, open.id(), open.version(), now));
            }
            return;
        }
        if (open != null) {
            upsert(EntityType.SEN_NEED, open.id(), open.version(), member("endDate", today.toString()));
        }
        if (to != null) {
            RankedNeed need = new RankedNeed(UUID.randomUUID(), pupilId, to, rank, today, null);
            upsert(EntityType.SEN_NEED, need.id(), null, RankedNeedJson.toJson(need));
        }
    }

    private void upsert(EntityType type, UUID id, Long baseVersion, JsonObject fields) {
        append(Mutation.upsert(UUID.randomUUID(), device, type, id, baseVersion, fields, now));
    }

    private void append(Mutation mutation) {
        mutations.add(mutation);
        rowNumbers.add(currentRow);
    }

    private static JsonObject member(String name, String value) {
        JsonObject fields = new JsonObject();
        fields.add(name, new JsonPrimitive(value));
        return fields;
    }

    /** Members whose value differs; a member the new form lacks is sent as null, which removes it. */
    private static JsonObject changedMembers(JsonObject before, JsonObject after) {
        JsonObject changed = new JsonObject();
        for (Map.Entry<String, JsonElement> member : after.entrySet()) {
            if (!member.getValue().equals(before.get(member.getKey()))) {
                changed.add(member.getKey(), member.getValue());
            }
        }
        for (String name : before.keySet()) {
            if (!after.has(name)) {
                changed.add(name, JsonNull.INSTANCE);
            }
        }
        return changed;
    }
}
