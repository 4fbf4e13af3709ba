package uk.graduated.app.data.staff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.After;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.RobolectricTestRunner;
import org.robolectric.annotation.Config;
import uk.graduated.app.data.db.LocalFixture;
import uk.graduated.model.school.SchoolExamples;
import uk.graduated.model.school.StaffMember;
import uk.graduated.model.school.StaffMemberJson;
import uk.graduated.model.sync.EntityType;

@RunWith(RobolectricTestRunner.class)
@Config(sdk = 35)
public class StaffRepositoryTest {
    private final LocalFixture f = new LocalFixture();
    private final StaffRepository staff = new StaffRepository(f.db);

    @After
    public void close() {
        f.close();
    }

    @Test
    public void signInList_isAlphabetical_withRoles_andLeavesOutDeletedStaff() {
        for (StaffMember member : new StaffMember[] {SchoolExamples.senco(), SchoolExamples.teachingAssistant(),
                SchoolExamples.earlyYearsPractitioner(), SchoolExamples.admin()}) {
            f.pulled(EntityType.STAFF, StaffMemberJson.toJson(member), 2);
        }
        f.tables.require(EntityType.STAFF).setDeleted(SchoolExamples.ADMIN_ID, true);

        assertThat(staff.signInList()).extracting(s -> s.displayName)
                .containsExactly("Miss Varga", "Mr Pell", "Ms Okafor");
        assertThat(staff.signInList().get(2).roles).isEqualTo("senco,teacher");
        assertThat(staff.find(SchoolExamples.TA_ID)).isEqualTo(SchoolExamples.teachingAssistant());
    }
}
