package uk.graduated.model.sen;

import com.google.gson.JsonObject;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import uk.graduated.model.json.JsonFields;
import uk.graduated.model.json.JsonOut;
import uk.graduated.model.json.RecordJson;

/** JSON form of a {@link ProvisionEntry}; the provision travels as its census code. */
public final class ProvisionEntryJson {
    /** Every field of the JSON form, e.g. for merging an edited record field by field. */
    public static final Set<String> FIELDS = Set.of("id", "pupilId", "provision", "startDate", "endDate");
    private static final String PROVISIONS = "E, K, N";

    private ProvisionEntryJson() {
    }

    public static JsonObject toJson(ProvisionEntry entry) {
        return new JsonOut()
                .put("id", entry.id())
                .put("pupilId", entry.pupilId())
                .putCode("provision", entry.provision(), SenProvision::censusCode)
                .put("startDate", entry.startDate())
                .put("endDate", entry.endDate())
                .build();
    }

    public static ProvisionEntry fromJson(JsonFields f) {
        int mark = RecordJson.mark(f);
        f.rejectUnknown(FIELDS);
        UUID id = f.requiredUuid("id");
        UUID pupilId = f.requiredUuid("pupilId");
        SenProvision provision = f.requiredCode("provision", SenProvision::fromCode, PROVISIONS);
        LocalDate startDate = f.requiredDate("startDate");
        LocalDate endDate = f.optionalDate("endDate");
        return RecordJson.build(f, mark, () -> new ProvisionEntry(id, pupilId, provision, startDate, endDate));
    }
}
