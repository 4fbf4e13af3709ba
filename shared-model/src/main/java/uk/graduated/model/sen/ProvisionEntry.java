package uk.graduated.model.sen;

import java.time.LocalDate;
import java.util.UUID;
import uk.graduated.model.validation.FieldChecks;
import uk.graduated.model.validation.Violations;

/**
 * One period of SEN provision in a pupil's history, as the census and the CTF's {@code SENhistory}
 * record it. Periods are half-open: the provision applies from {@code startDate} up to the day before
 * {@code endDate}, so the next entry may start on this one's end date.
 *
 * @param id        client-generated id
 * @param pupilId   whose provision
 * @param provision E, K or N
 * @param startDate first day it applied
 * @param endDate   first day it no longer applied, after {@code startDate}; null while open
 */
public record ProvisionEntry(UUID id, UUID pupilId, SenProvision provision, LocalDate startDate, LocalDate endDate) {
    public ProvisionEntry {
        Violations v = new Violations();
        v.require("id", id);
        v.require("pupilId", pupilId);
        v.require("provision", provision);
        v.require("startDate", startDate);
        FieldChecks.after(v, "endDate", endDate, "startDate", startDate);
        v.throwIfAny();
    }

    public boolean isOpen() {
        return endDate == null;
    }

    public boolean appliesOn(LocalDate date) {
        return !date.isBefore(startDate) && (endDate == null || date.isBefore(endDate));
    }
}
