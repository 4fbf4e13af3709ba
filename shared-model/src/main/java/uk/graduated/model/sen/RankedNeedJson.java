package uk.graduated.model.sen;

import com.google.gson.JsonObject;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import uk.graduated.model.json.JsonFields;
import uk.graduated.model.json.JsonOut;
import uk.graduated.model.json.RecordJson;

/** JSON form of a {@link RankedNeed}; the type travels as its census code. */
public final class RankedNeedJson {
    /** Every field of the JSON form, e.g. for merging an edited record field by field. */
    public static final Set<String> FIELDS = Set.of("id", "pupilId", "type", "rank", "startDate", "endDate");
    private static final String TYPES = Arrays.stream(NeedType.values())
            .map(NeedType::censusCode).collect(Collectors.joining(", "));

    private RankedNeedJson() {
    }

    public static JsonObject toJson(RankedNeed need) {
        return new JsonOut()
                .put("id", need.id())
                .put("pupilId", need.pupilId())
                .putCode("type", need.type(), NeedType::censusCode)
                .put("rank", need.rank())
                .put("startDate", need.startDate())
                .put("endDate", need.endDate())
                .build();
    }

    public static RankedNeed fromJson(JsonFields f) {
        int mark = RecordJson.mark(f);
        f.rejectUnknown(FIELDS);
        UUID id = f.requiredUuid("id");
        UUID pupilId = f.requiredUuid("pupilId");
        NeedType type = f.requiredCode("type", NeedType::fromCode, TYPES);
        int rank = f.requiredInt("rank");
        LocalDate startDate = f.requiredDate("startDate");
        LocalDate endDate = f.optionalDate("endDate");
        return RecordJson.build(f, mark, () -> new RankedNeed(id, pupilId, type, rank, startDate, endDate));
    }
}
