package uk.graduated.model.school;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RoleTest {
    @Test
    void role_codes_areDistinctAndRoundTrip() {
        assertThat(Arrays.stream(Role.values()).map(Role::code).collect(Collectors.toSet()))
                .hasSize(Role.values().length);
        for (Role role : Role.values()) {
            assertThat(Role.fromCode(role.code())).contains(role);
        }
        assertThat(Role.fromCode("SENCO")).isEmpty();
    }

    @Test
    void onlySenco_writesTheRegister() {
        assertThat(Arrays.stream(Role.values()).filter(Role::canWriteRegister)).containsExactly(Role.SENCO);
    }

    @Test
    void teacher_isReadOnly_andSeesOwnClassOnly() {
        assertThat(Role.TEACHER.isReadOnly()).isTrue();
        assertThat(Role.TEACHER.canLogSessions()).isFalse();
        assertThat(Role.TEACHER.canRecordObservations()).isFalse();
        assertThat(Role.TEACHER.pupilScope()).isEqualTo(PupilScope.OWN_CLASS);
    }

    @Test
    void teachingAssistant_logsSessions_forOwnGroups() {
        assertThat(Role.TEACHING_ASSISTANT.canLogSessions()).isTrue();
        assertThat(Role.TEACHING_ASSISTANT.canWriteRegister()).isFalse();
        assertThat(Role.TEACHING_ASSISTANT.pupilScope()).isEqualTo(PupilScope.OWN_GROUPS);
    }

    @Test
    void earlyYearsPractitioner_recordsObservations_forOwnSetting() {
        assertThat(Role.EARLY_YEARS_PRACTITIONER.canRecordObservations()).isTrue();
        assertThat(Role.EARLY_YEARS_PRACTITIONER.canLogSessions()).isFalse();
        assertThat(Role.EARLY_YEARS_PRACTITIONER.pupilScope()).isEqualTo(PupilScope.OWN_SETTING);
    }

    @Test
    void admin_managesStaffAndDevices_butSeesNoPupils() {
        assertThat(Role.ADMIN.canManageStaffAndDevices()).isTrue();
        assertThat(Role.ADMIN.canWriteRegister()).isFalse();
        assertThat(Role.ADMIN.pupilScope()).isEqualTo(PupilScope.NONE);
    }

    @Test
    void senco_seesWholeSchool() {
        assertThat(Role.SENCO.pupilScope()).isEqualTo(PupilScope.WHOLE_SCHOOL);
        assertThat(Role.SENCO.canLogSessions()).isTrue();
        assertThat(Role.SENCO.canRecordObservations()).isTrue();
    }
}
