package uk.graduated.model.contact;

import java.time.LocalDate;
import java.util.UUID;
import uk.graduated.model.validation.FieldChecks;
import uk.graduated.model.validation.TextLimits;
import uk.graduated.model.validation.Violations;

/**
 * A note of one contact with a pupil's parents or an outside agency, kept so the SENCO can show
 * parents were involved and agencies consulted.
 *
 * @param id           client-generated id
 * @param pupilId      about whom
 * @param date         when the contact took place
 * @param withWhom     parent or carer, or an agency
 * @param agency       which agency; required with {@link ContactParty#AGENCY}, absent otherwise
 * @param agencyName   the service's own name, e.g. "Northshire CAMHS", or null; required for
 *                     {@link Agency#OTHER}; at most {@link TextLimits#LABEL}
 * @param method       how it took place
 * @param summary      what was said and agreed, at most {@link TextLimits#SUMMARY}
 * @param followUpDate when to follow it up, or null; not before {@code date}
 * @param recordedBy   the member of staff who wrote the note
 */
public record ContactLog(
        UUID id,
        UUID pupilId,
        LocalDate date,
        ContactParty withWhom,
        Agency agency,
        String agencyName,
        ContactMethod method,
        String summary,
        LocalDate followUpDate,
        UUID recordedBy) {

    public ContactLog {
        agencyName = FieldChecks.blankToNull(agencyName);
        Violations v = new Violations();
        v.require("id", id);
        v.require("pupilId", pupilId);
        v.require("date", date);
        if (v.require("withWhom", withWhom)) {
            checkAgency(v, withWhom, agency, agencyName);
        }
        FieldChecks.optionalText(v, "agencyName", agencyName, TextLimits.LABEL);
        v.require("method", method);
        FieldChecks.requiredText(v, "summary", summary, TextLimits.SUMMARY);
        FieldChecks.notBefore(v, "followUpDate", followUpDate, "date", date);
        v.require("recordedBy", recordedBy);
        v.throwIfAny();
    }

    private static void checkAgency(Violations v, ContactParty withWhom, Agency agency, String agencyName) {
        if (withWhom == ContactParty.AGENCY) {
            if (v.require("agency", agency) && agency == Agency.OTHER && agencyName == null) {
                v.add("agencyName", "required", "agencyName is required when the agency is 'other'");
            }
            return;
        }
        if (agency != null) {
            v.add("agency", "not_allowed", "agency is only recorded for a contact with an agency");
        }
        if (agencyName != null) {
            v.add("agencyName", "not_allowed", "agencyName is only recorded for a contact with an agency");
        }
    }
}
