package uk.graduated.model.contact;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.graduated.model.pupil.RegisterExamples;
import uk.graduated.model.school.FieldErrorCodes;
import uk.graduated.model.school.SchoolExamples;
import uk.graduated.model.validation.TextLimits;

class ContactLogTest {
    private static final UUID ID = ContactExamples.PHONE_CALL_ID;
    private static final UUID PUPIL = RegisterExamples.POPPY_ID;
    private static final UUID BY = SchoolExamples.SENCO_ID;
    private static final LocalDate DAY = LocalDate.of(2027, 3, 8);

    private static ContactLog log(ContactParty party, Agency agency, String agencyName) {
        return new ContactLog(ID, PUPIL, DAY, party, agency, agencyName, ContactMethod.VIDEO, "Summary", null, BY);
    }

    @Test
    void examples_areValid() {
        assertThat(ContactExamples.phoneCallWithMother().agency()).isNull();
        assertThat(ContactExamples.speechTherapyMeeting().agency()).isEqualTo(Agency.SPEECH_AND_LANGUAGE_THERAPY);
        assertThat(ContactExamples.otherAgencyEmail().agencyName()).isNotBlank();
    }

    @Test
    void agencyContact_withoutAgency_isRejected() {
        assertThat(FieldErrorCodes.of(() -> log(ContactParty.AGENCY, null, "CAMHS"))).containsExactly("agency:required");
    }

    @Test
    void agencyContact_withAKnownAgency_needsNoName() {
        assertThat(log(ContactParty.AGENCY, Agency.CAMHS, " ").agencyName()).isNull();
    }

    @Test
    void otherAgency_mustBeNamed() {
        assertThat(FieldErrorCodes.of(() -> log(ContactParty.AGENCY, Agency.OTHER, null)))
                .containsExactly("agencyName:required");
    }

    @Test
    void parentContact_withAnAgency_isRejected() {
        assertThat(FieldErrorCodes.of(() -> log(ContactParty.PARENT_CARER, Agency.CAMHS, "Northshire CAMHS")))
                .containsExactly("agency:not_allowed", "agencyName:not_allowed");
    }

    @Test
    void summary_atTheLimit_isAccepted_andOneOver_isRejected() {
        String atLimit = "s".repeat(TextLimits.SUMMARY);
        assertThat(new ContactLog(ID, PUPIL, DAY, ContactParty.PARENT_CARER, null, null, ContactMethod.LETTER, atLimit,
                null, BY).summary()).hasSize(TextLimits.SUMMARY);

        assertThat(FieldErrorCodes.of(() -> new ContactLog(ID, PUPIL, DAY, ContactParty.PARENT_CARER, null, null,
                ContactMethod.LETTER, atLimit + "s", null, BY))).containsExactly("summary:too_long");
    }

    @Test
    void followUp_onTheSameDay_isAccepted_theDayBefore_isNot() {
        assertThat(new ContactLog(ID, PUPIL, DAY, ContactParty.PARENT_CARER, null, null, ContactMethod.PHONE, "Call back",
                DAY, BY).followUpDate()).isEqualTo(DAY);
        assertThat(FieldErrorCodes.of(() -> new ContactLog(ID, PUPIL, DAY, ContactParty.PARENT_CARER, null, null,
                ContactMethod.PHONE, "Call back", DAY.minusDays(1), BY))).containsExactly("followUpDate:date_order");
    }

    @Test
    void log_withEverythingMissing_namesEachField() {
        assertThat(FieldErrorCodes.of(() -> new ContactLog(null, null, null, null, null, null, null, "", null, null)))
                .containsExactly("id:required", "pupilId:required", "date:required", "withWhom:required",
                        "method:required", "summary:required", "recordedBy:required");
    }

    @Test
    void codes_roundTrip() {
        for (ContactParty p : ContactParty.values()) {
            assertThat(ContactParty.fromCode(p.code())).contains(p);
        }
        for (Agency a : Agency.values()) {
            assertThat(Agency.fromCode(a.code())).contains(a);
        }
        for (ContactMethod m : ContactMethod.values()) {
            assertThat(ContactMethod.fromCode(m.code())).contains(m);
        }
        assertThat(Agency.CAMHS.label()).contains("mental health");
    }
}
