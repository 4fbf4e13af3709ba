package uk.graduated.model.school;

import uk.graduated.model.json.RecordJson;
import com.google.gson.JsonObject;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import uk.graduated.model.json.JsonFields;
import uk.graduated.model.json.JsonOut;

/** JSON form of a {@link School}; field names are the record's component names. */
public final class SchoolJson {
    /** Every field of the JSON form, e.g. for merging an edited record field by field. */
    public static final Set<String> FIELDS = Set.of("id", "name", "urn", "phase");
    private static final String PHASES = Arrays.stream(SchoolPhase.values())
            .map(SchoolPhase::code).collect(Collectors.joining(", "));

    private SchoolJson() {
    }

    public static JsonObject toJson(School school) {
        return new JsonOut()
                .put("id", school.id())
                .put("name", school.name())
                .put("urn", school.urn())
                .putCode("phase", school.phase(), SchoolPhase::code)
                .build();
    }

    public static School fromJson(JsonFields f) {
        int mark = RecordJson.mark(f);
        f.rejectUnknown(FIELDS);
        UUID id = f.requiredUuid("id");
        String name = f.requiredString("name");
        String urn = f.optionalString("urn");
        SchoolPhase phase = f.requiredCode("phase", SchoolPhase::fromCode, PHASES);
        return RecordJson.build(f, mark, () -> new School(id, name, urn, phase));
    }
}
