package uk.graduated.app.data.intervention;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.graduated.model.intervention.ProvisionExamples.SECOND_TA_ID;
import static uk.graduated.model.intervention.ProvisionExamples.TA_ID;
import static uk.graduated.model.intervention.ProvisionExamples.TERM_START;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.After;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.RobolectricTestRunner;
import org.robolectric.annotation.Config;
import uk.graduated.app.data.db.LocalFixture;
import uk.graduated.model.intervention.Intervention;
import uk.graduated.model.intervention.InterventionJson;
import uk.graduated.model.intervention.InterventionStatus;
import uk.graduated.model.intervention.ProvisionExamples;
import uk.graduated.model.sync.EntityType;

@RunWith(RobolectricTestRunner.class)
@Config(sdk = 35)
public class InterventionRepositoryTest {
    private static final LocalDate MONDAY = TERM_START;
    private static final LocalDate TUESDAY = TERM_START.plusDays(1);

    private final LocalFixture f = new LocalFixture();
    private final InterventionRepository repository = new InterventionRepository(f.db);

    @After
    public void close() {
        f.close();
    }

    private void pulled(Intervention intervention) {
        f.pulled(EntityType.INTERVENTION, InterventionJson.toJson(intervention), 10);
    }

    private static ProvisionExamples.InterventionBuilder group(int n, String name) {
        return ProvisionExamples.intervention().id(new UUID(0xb1, n)).name(name);
    }

    @Test
    public void today_listsTheRunningGroupsThePersonLeads_thatMeetThatDay_byStartTime() {
        pulled(group(1, "Phonics catch-up").schedule(ProvisionExamples.schedule().startTime(LocalTime.of(13, 30))
                .build()).build());
        pulled(group(2, "Lego therapy").schedule(ProvisionExamples.schedule().startTime(LocalTime.of(9, 0)).build())
                .build());
        pulled(group(3, "Tuesday maths").schedule(ProvisionExamples.schedule().days(DayOfWeek.TUESDAY)
                .sessionsPerWeek(1).build()).build());
        pulled(group(4, "Someone else's group").leadStaffIds(List.of(SECOND_TA_ID)).build());
        pulled(group(5, "Not started").status(InterventionStatus.PLANNED).build());

        assertThat(repository.scheduledOn(TA_ID, MONDAY)).extracting(i -> i.name)
                .containsExactly("Lego therapy", "Phonics catch-up");
        assertThat(repository.scheduledOn(TA_ID, TUESDAY)).extracting(i -> i.name).containsExactly("Tuesday maths");
        assertThat(repository.scheduledOn(SECOND_TA_ID, MONDAY)).extracting(i -> i.name)
                .containsExactly("Someone else's group");
    }

    @Test
    public void today_leavesOutGroupsBeforeTheirStartAfterTheirEndOrDeleted() {
        pulled(group(1, "Starts next week").schedule(ProvisionExamples.schedule().startDate(MONDAY.plusWeeks(1))
                .build()).build());
        pulled(group(2, "Ended last week").schedule(ProvisionExamples.schedule().startDate(MONDAY.minusWeeks(6))
                .endDate(MONDAY.minusWeeks(1)).build()).build());
        pulled(group(3, "Deleted here").build());
        f.tables.require(EntityType.INTERVENTION).setDeleted(new UUID(0xb1, 3), true);

        assertThat(repository.scheduledOn(TA_ID, MONDAY)).isEmpty();
    }

    @Test
    public void week_listsEachSchoolDayWithItsGroups() {
        pulled(group(1, "Phonics catch-up").build());

        Map<LocalDate, List<InterventionEntity>> week = repository.scheduledInWeekOf(TA_ID, MONDAY.plusDays(3));

        assertThat(week.keySet()).containsExactly(MONDAY, MONDAY.plusDays(1), MONDAY.plusDays(2),
                MONDAY.plusDays(3), MONDAY.plusDays(4));
        assertThat(week.get(MONDAY)).hasSize(1);
        assertThat(week.get(MONDAY.plusDays(1))).isEmpty();
        assertThat(week.get(MONDAY.plusDays(2))).hasSize(1);
        assertThat(week.get(MONDAY.plusDays(4))).hasSize(1);
    }

    @Test
    public void changingTheLeadStaff_replacesWhoseGroupItIs() {
        pulled(group(1, "Phonics catch-up").build());
        pulled(group(1, "Phonics catch-up").leadStaffIds(List.of(SECOND_TA_ID)).build());

        assertThat(repository.scheduledOn(TA_ID, MONDAY)).isEmpty();
        assertThat(repository.ledBy(SECOND_TA_ID)).hasSize(1);
        assertThat(repository.find(new UUID(0xb1, 1)).leadStaffIds()).containsExactly(SECOND_TA_ID);
    }
}
