package uk.graduated.model.contact;

import java.time.LocalDate;
import java.util.UUID;
import uk.graduated.model.pupil.RegisterExamples;
import uk.graduated.model.school.SchoolExamples;

/** Contacts about Poppy (see {@link RegisterExamples#poppy()}), recorded by the example SENCO. */
public final class ContactExamples {
    public static final UUID PHONE_CALL_ID = UUID.fromString("7e610000-0000-4000-8000-0000000000b1");
    public static final UUID THERAPY_MEETING_ID = UUID.fromString("7e610000-0000-4000-8000-0000000000b2");
    public static final UUID OTHER_AGENCY_ID = UUID.fromString("7e610000-0000-4000-8000-0000000000b3");

    private ContactExamples() {
    }

    public static ContactLog phoneCallWithMother() {
        return new ContactLog(PHONE_CALL_ID, RegisterExamples.POPPY_ID, LocalDate.of(2027, 3, 8),
                ContactParty.PARENT_CARER, null, null, ContactMethod.PHONE,
                "Mrs Fenwick says Poppy has been telling stories at bedtime. Agreed to share the picture cards.",
                null, SchoolExamples.SENCO_ID);
    }

    public static ContactLog speechTherapyMeeting() {
        return new ContactLog(THERAPY_MEETING_ID, RegisterExamples.POPPY_ID, LocalDate.of(2027, 2, 24),
                ContactParty.AGENCY, Agency.SPEECH_AND_LANGUAGE_THERAPY, "Northshire Children's SLT",
                ContactMethod.MEETING, "Therapist observed in class; new programme to follow by e-mail.",
                LocalDate.of(2027, 3, 24), SchoolExamples.SENCO_ID);
    }

    public static ContactLog otherAgencyEmail() {
        return new ContactLog(OTHER_AGENCY_ID, RegisterExamples.POPPY_ID, LocalDate.of(2027, 1, 19),
                ContactParty.AGENCY, Agency.OTHER, "Northshire Library Reading Volunteers", ContactMethod.EMAIL,
                "Asked whether a volunteer could hear Poppy read weekly.", null, SchoolExamples.SENCO_ID);
    }
}
