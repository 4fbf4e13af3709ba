package uk.graduated.model.school;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StaffMemberTest {
    private static final UUID ID = SchoolExamples.TA_ID;
    private static final UUID SCHOOL = SchoolExamples.SCHOOL_ID;

    private static StaffMember withEmail(String email) {
        return new StaffMember(ID, SCHOOL, "Mr Pell", email, Set.of(Role.TEACHING_ASSISTANT));
    }

    @ParameterizedTest
    @ValueSource(strings = {"d.pell@larkfield.example.org", "d+ta@school.sch.uk"})
    void staffMember_withPlausibleEmail_isAccepted(String email) {
        assertThat(withEmail(email).email()).isEqualTo(email);
    }

    @ParameterizedTest
    @ValueSource(strings = {"d.pell", "d.pell@larkfield", "d pell@larkfield.example.org", "@larkfield.example.org",
        "d@pell@larkfield.example.org"})
    void staffMember_withMalformedEmail_isRejected(String email) {
        assertThat(FieldErrorCodes.of(() -> withEmail(email))).containsExactly("email:invalid_format");
    }

    @Test
    void staffMember_withoutEmail_isRejectedOnce() {
        assertThat(FieldErrorCodes.of(() -> withEmail(" "))).containsExactly("email:required");
    }

    @Test
    void staffMember_withoutRoles_isRejected() {
        assertThat(FieldErrorCodes.of(() -> new StaffMember(ID, SCHOOL, "Mr Pell", "d@x.org", Set.of())))
                .containsExactly("roles:required");
        assertThat(FieldErrorCodes.of(() -> new StaffMember(ID, SCHOOL, "Mr Pell", "d@x.org", null)))
                .containsExactly("roles:required");
    }

    @Test
    void staffMember_withNullRole_isRejected() {
        Set<Role> roles = new HashSet<>(Arrays.asList(Role.TEACHER, null));
        assertThat(FieldErrorCodes.of(() -> new StaffMember(ID, SCHOOL, "Mr Pell", "d@x.org", roles)))
                .containsExactly("roles:invalid_value");
    }

    @Test
    void staffMember_withEverythingMissing_namesEachField() {
        assertThat(FieldErrorCodes.of(() -> new StaffMember(null, null, null, null, null)))
                .containsExactly("id:required", "schoolId:required", "displayName:required", "email:required",
                        "roles:required");
    }

    @Test
    void staffMember_roles_areACopyThatCannotChange() {
        Set<Role> roles = EnumSet.of(Role.TEACHER);
        StaffMember teacher = new StaffMember(ID, SCHOOL, "Mrs Haldane", "j@x.org", roles);
        roles.add(Role.SENCO);

        assertThat(teacher.roles()).containsExactly(Role.TEACHER);
        assertThatThrownBy(() -> teacher.roles().add(Role.ADMIN)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void staffMember_mayDoWhatAnyOfTheirRolesAllows() {
        StaffMember senco = SchoolExamples.senco();

        assertThat(senco.hasRole(Role.TEACHER)).isTrue();
        assertThat(senco.canWriteRegister()).isTrue();
        assertThat(senco.canLogSessions()).isTrue();
        assertThat(senco.canManageStaffAndDevices()).isFalse();
        assertThat(SchoolExamples.classTeacher().canWriteRegister()).isFalse();
        assertThat(SchoolExamples.earlyYearsPractitioner().canRecordObservations()).isTrue();
        assertThat(SchoolExamples.admin().canManageStaffAndDevices()).isTrue();
        assertThat(SchoolExamples.teachingAssistant().canRecordObservations()).isFalse();
    }
}
