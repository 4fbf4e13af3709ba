package uk.graduated.server.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import uk.graduated.model.school.Role;
import uk.graduated.model.validation.ValidationException;
import uk.graduated.server.auth.Principal;
import uk.graduated.server.auth.SecretHasher;
import uk.graduated.server.console.provision.SmallSchool;
import uk.graduated.server.testing.TestAccounts;

/** Every change to a staff account is recorded with who made it, without secrets. */
class StaffChangesTest {
    private final Jdbi jdbi = SmallSchool.sharedJdbi();
    private final StaffAdmin admin = new StaffAdmin(jdbi, Clock.systemUTC());
    private final Credentials credentials = new Credentials(jdbi, new SecretHasher(), Clock.systemUTC());
    private final TestAccounts.School school = new TestAccounts(jdbi).createSchool("Thornbury Infant School");
    private final Principal senco = TestAccounts.principal(school.senco(), null);

    @Test
    void addChangeDeactivateAndPin_areRecordedNewestFirst_withWhoAndWhat() {
        UUID id = UUID.randomUUID();
        admin.create(senco, NewStaff.fromJson("""
                {"id": "%s", "displayName": "Mr Quayle", "email": "quayle@example.org",
                 "roles": ["teaching_assistant"], "classes": []}""".formatted(id), school.id()));
        admin.update(senco, id, StaffEdit.fromJson("""
                {"displayName": "Mr Quayle-Ross", "roles": ["teaching_assistant", "teacher"], "classes": ["Oak"]}"""));
        credentials.setPin(senco, id, "4827");
        admin.update(senco, id, StaffEdit.fromJson("{\"active\": false}"));

        List<StaffChanges.Entry> history = admin.history(senco, id, 10);

        assertThat(history).extracting(StaffChanges.Entry::action)
                .containsExactly("deactivated", "pin_set", "changed", "added");
        assertThat(history).extracting(StaffChanges.Entry::byName).containsOnly("Ms Okafor");
        assertThat(history.get(2).changes()).containsExactly(
                new StaffChanges.FieldChange("Name", "Mr Quayle", "Mr Quayle-Ross"),
                new StaffChanges.FieldChange("Roles", "Teaching assistant", "Teaching assistant, Teacher"),
                new StaffChanges.FieldChange("Classes or rooms", "", "Oak"));
        assertThat(history.get(1).changes()).isEmpty();
        assertThat(history.get(0).changes()).containsExactly(new StaffChanges.FieldChange("Active", "Yes", "No"));
        assertThat(history.get(3).changes()).extracting(StaffChanges.FieldChange::field)
                .containsExactly("Name", "Email", "Roles", "Active");
    }

    @Test
    void aRefusedChange_recordsNothing() {
        UUID sencoId = school.senco().id();
        int before = admin.history(senco, sencoId, 10).size();

        catchThrowableOfType(ValidationException.class, () -> admin.update(senco, sencoId,
                StaffEdit.fromJson("{\"roles\": [\"teacher\"]}")));

        assertThat(admin.history(senco, sencoId, 10)).hasSize(before);
        assertThat(admin.find(senco, sencoId).roles()).isEqualTo(Set.of(Role.SENCO));
    }
}
