package uk.graduated.model.contact;

import com.google.gson.JsonObject;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import uk.graduated.model.json.JsonFields;
import uk.graduated.model.json.JsonOut;
import uk.graduated.model.json.RecordJson;

/** JSON form of a {@link ContactLog}. */
public final class ContactLogJson {
    /** Every field of the JSON form, e.g. for merging an edited record field by field. */
    public static final Set<String> FIELDS = Set.of("id", "pupilId", "date", "withWhom", "agency", "agencyName",
            "method", "summary", "followUpDate", "recordedBy");
    private static final String PARTIES = Arrays.stream(ContactParty.values())
            .map(ContactParty::code).collect(Collectors.joining(", "));
    private static final String AGENCIES = Arrays.stream(Agency.values())
            .map(Agency::code).collect(Collectors.joining(", "));
    private static final String METHODS = Arrays.stream(ContactMethod.values())
            .map(ContactMethod::code).collect(Collectors.joining(", "));

    private ContactLogJson() {
    }

    public static JsonObject toJson(ContactLog log) {
        return new JsonOut()
                .put("id", log.id())
                .put("pupilId", log.pupilId())
                .put("date", log.date())
                .putCode("withWhom", log.withWhom(), ContactParty::code)
                .putCode("agency", log.agency(), Agency::code)
                .put("agencyName", log.agencyName())
                .putCode("method", log.method(), ContactMethod::code)
                .put("summary", log.summary())
                .put("followUpDate", log.followUpDate())
                .put("recordedBy", log.recordedBy())
                .build();
    }

    public static ContactLog fromJson(JsonFields f) {
        int mark = RecordJson.mark(f);
        f.rejectUnknown(FIELDS);
        UUID id = f.requiredUuid("id");
        UUID pupilId = f.requiredUuid("pupilId");
        LocalDate date = f.requiredDate("date");
        ContactParty withWhom = f.requiredCode("withWhom", ContactParty::fromCode, PARTIES);
        Agency agency = f.optionalCode("agency", Agency::fromCode, AGENCIES);
        String agencyName = f.optionalString("agencyName");
        ContactMethod method = f.requiredCode("method", ContactMethod::fromCode, METHODS);
        String summary = f.requiredString("summary");
        LocalDate followUpDate = f.optionalDate("followUpDate");
        UUID recordedBy = f.requiredUuid("recordedBy");
        return RecordJson.build(f, mark, () -> new ContactLog(id, pupilId, date, withWhom, agency, agencyName,
                method, summary, followUpDate, recordedBy));
    }
}
