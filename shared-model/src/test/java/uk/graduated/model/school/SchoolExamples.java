package uk.graduated.model.school;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * A fictional school and its staff for tests here and in the server's and the app's tests. Every
 * name, address and number is invented.
 */
public final class SchoolExamples {
    public static final UUID SCHOOL_ID = UUID.fromString("7e610000-0000-4000-8000-000000000001");
    public static final UUID NURSERY_ID = UUID.fromString("7e610000-0000-4000-8000-000000000002");
    public static final UUID SENCO_ID = UUID.fromString("7e610000-0000-4000-8000-0000000000a1");
    public static final UUID TA_ID = UUID.fromString("7e610000-0000-4000-8000-0000000000a2");
    public static final UUID PRACTITIONER_ID = UUID.fromString("7e610000-0000-4000-8000-0000000000a3");
    public static final UUID TEACHER_ID = UUID.fromString("7e610000-0000-4000-8000-0000000000a4");
    public static final UUID ADMIN_ID = UUID.fromString("7e610000-0000-4000-8000-0000000000a5");

    private SchoolExamples() {
    }

    public static School larkfieldPrimary() {
        return new School(SCHOOL_ID, "Larkfield Primary School", "999101", SchoolPhase.PRIMARY);
    }

    /** A private nursery: no URN. */
    public static School bramblesNursery() {
        return new School(NURSERY_ID, "Brambles Day Nursery", null, SchoolPhase.NURSERY);
    }

    public static StaffMember senco() {
        return staff(SENCO_ID, "Ms Okafor", "h.okafor@larkfield.example.org", EnumSet.of(Role.SENCO, Role.TEACHER));
    }

    public static StaffMember teachingAssistant() {
        return staff(TA_ID, "Mr Pell", "d.pell@larkfield.example.org", EnumSet.of(Role.TEACHING_ASSISTANT));
    }

    public static StaffMember earlyYearsPractitioner() {
        return staff(PRACTITIONER_ID, "Miss Varga", "r.varga@larkfield.example.org",
                EnumSet.of(Role.EARLY_YEARS_PRACTITIONER));
    }

    public static StaffMember classTeacher() {
        return staff(TEACHER_ID, "Mrs Haldane", "j.haldane@larkfield.example.org", EnumSet.of(Role.TEACHER));
    }

    public static StaffMember admin() {
        return staff(ADMIN_ID, "Mr Quist", "office@larkfield.example.org", EnumSet.of(Role.ADMIN));
    }

    private static StaffMember staff(UUID id, String name, String email, Set<Role> roles) {
        return new StaffMember(id, SCHOOL_ID, name, email, roles);
    }
}
