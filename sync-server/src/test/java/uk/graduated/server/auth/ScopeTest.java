package uk.graduated.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.graduated.model.school.Role;
import uk.graduated.model.sync.EntityType;
import uk.graduated.server.TestPostgres;
import uk.graduated.server.TestServers;
import uk.graduated.server.db.Database;
import uk.graduated.server.testing.TestAccounts;

/**
 * The role matrix's data rows: which pupils, interventions and records each role sees and may
 * write, against real rows, and the same answers from {@link ChangeLogCondition} in SQL.
 */
class ScopeTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final AtomicLong VERSIONS = new AtomicLong(1000);

    @TempDir
    static Path dataDir;
    static Database database;
    static Jdbi jdbi;
    static TestAccounts.School school;
    static TestAccounts.Person ta;
    static TestAccounts.Person ey;
    static TestAccounts.Person teacher;
    static TestAccounts.Person admin;
    static UUID inGroupYear2;
    static UUID notInGroupYear2;
    static UUID inGroupYear4;
    static UUID leftGroup;
    static UUID rainbowChild;
    static UUID leftSchool;
    static UUID deletedMembership;
    static UUID otherSchoolYear2;
    static UUID taGroup;
    static UUID sencoGroup;
    static UUID deletedGroup;
    static final List<ChangeRow> changes = new ArrayList<>();

    record ChangeRow(UUID id, EntityType type, List<UUID> pupils, UUID intervention) {
    }

    @BeforeAll
    static void start() {
        database = Database.start(TestServers.config(dataDir, TestPostgres.freshDatabase()));
        jdbi = database.jdbi();
        TestAccounts accounts = new TestAccounts(database);
        school = accounts.createSchool("Larkspur Vale Primary School");
        ta = accounts.createStaff(school, "Mr Adeyemi", Role.TEACHING_ASSISTANT);
        ey = accounts.createStaff(school, "Ms Rowe", Set.of(Role.EARLY_YEARS_PRACTITIONER), List.of("Rainbow Room"));
        teacher = accounts.createStaff(school, "Mr Brennan", Set.of(Role.TEACHER), List.of("Year 2"));
        admin = accounts.createStaff(school, "Mrs Lindqvist", Role.ADMIN);
        TestAccounts.School other = accounts.createSchool("Hollowmere Infant School");

        inGroupYear2 = pupil(school.id(), "Year 2", null);
        notInGroupYear2 = pupil(school.id(), "Year 2", null);
        inGroupYear4 = pupil(school.id(), "Year 4", null);
        leftGroup = pupil(school.id(), "Year 4", null);
        rainbowChild = pupil(school.id(), "rainbow room", null);
        leftSchool = pupil(school.id(), "Year 2", TODAY.minusDays(30));
        deletedMembership = pupil(school.id(), "Year 5", null);
        otherSchoolYear2 = pupil(other.id(), "Year 2", null);

        taGroup = intervention(ta.id(), false);
        sencoGroup = intervention(school.senco().id(), false);
        deletedGroup = intervention(ta.id(), true);
        membership(taGroup, inGroupYear2, null, false);
        membership(taGroup, inGroupYear4, TODAY.plusDays(7), false);
        membership(taGroup, leftGroup, TODAY.minusDays(1), false);
        membership(taGroup, deletedMembership, null, true);
        membership(sencoGroup, notInGroupYear2, null, false);
        membership(deletedGroup, rainbowChild, null, false);

        change(EntityType.PUPIL, List.of(inGroupYear2), null);
        change(EntityType.PUPIL, List.of(notInGroupYear2), null);
        change(EntityType.PLAN_TARGET, List.of(inGroupYear4), null);
        change(EntityType.CONTACT_LOG, List.of(inGroupYear2), null);
        change(EntityType.PLAN_REVIEW, List.of(notInGroupYear2), null);
        change(EntityType.EHC_PLAN, List.of(rainbowChild), null);
        change(EntityType.SESSION_LOG, List.of(), taGroup);
        change(EntityType.SESSION_LOG, List.of(), sencoGroup);
        change(EntityType.INTERVENTION, List.of(), taGroup);
        change(EntityType.INTERVENTION, List.of(), sencoGroup);
        change(EntityType.GROUP_MEMBERSHIP, List.of(inGroupYear4), taGroup);
        change(EntityType.GROUP_MEMBERSHIP, List.of(notInGroupYear2), sencoGroup);
        change(EntityType.OBSERVATION, List.of(rainbowChild, inGroupYear4), null);
        change(EntityType.OBSERVATION, List.of(inGroupYear4), null);
        change(EntityType.STAFF, List.of(), null);
    }

    @AfterAll
    static void stop() {
        database.close();
    }

    @Test
    void teachingAssistant_seesThePupilsStillInTheGroupsTheyRun() {
        Visibility v = visibility(TestAccounts.principal(ta, null));

        assertThat(v.groupPupilIds()).containsExactlyInAnyOrder(inGroupYear2, inGroupYear4);
        assertThat(v.classPupilIds()).isEmpty();
        assertThat(v.deliveredInterventionIds()).containsExactly(taGroup);
        assertThat(v.interventionIds()).containsExactly(taGroup);
    }

    @Test
    void teacher_seesTheirClassAndTheGroupsThoseChildrenAttend_notPupilsWhoLeftOrOtherSchools() {
        Visibility v = visibility(TestAccounts.principal(teacher, null));

        assertThat(v.classPupilIds()).containsExactlyInAnyOrder(inGroupYear2, notInGroupYear2);
        assertThat(v.interventionIds()).containsExactlyInAnyOrder(taGroup, sencoGroup);
        assertThat(v.deliveredInterventionIds()).isEmpty();
    }

    @Test
    void earlyYearsPractitioner_seesTheChildrenOfTheirRoom_ignoringCase() {
        Visibility v = visibility(TestAccounts.principal(ey, null));

        assertThat(v.classPupilIds()).containsExactly(rainbowChild);
        assertThat(v.interventionIds()).isEmpty();
    }

    @Test
    void adminAndDeviceToken_seeOnlyTheSchoolAndItsStaff() {
        TestAccounts.Device tablet = new TestAccounts(database).enrolDevice(school, "Office tablet");
        for (Principal principal : List.of(TestAccounts.principal(admin, null), TestAccounts.principal(tablet))) {
            Visibility v = visibility(principal);
            assertThat(v.readableTypes()).containsExactlyInAnyOrder(EntityType.SCHOOL, EntityType.STAFF);
            assertThat(v.pupilIds()).isEmpty();
            assertThat(visibleChanges(v)).allMatch(row -> row.type() == EntityType.STAFF);
        }
    }

    @Test
    void senco_seesTheWholeSchool() {
        Visibility v = visibility(TestAccounts.principal(school.senco(), null));

        assertThat(v.wholeSchool()).isTrue();
        assertThat(visibleChanges(v)).hasSize(changes.size());
    }

    @Test
    void teachingAssistant_seesRecordsOfTheirPupilsAndGroups_notContactLogsOrOtherGroups() {
        Visibility v = visibility(TestAccounts.principal(ta, null));

        assertThat(v.sees(EntityType.PUPIL, List.of(inGroupYear2), null)).isTrue();
        assertThat(v.sees(EntityType.PUPIL, List.of(notInGroupYear2), null)).isFalse();
        assertThat(v.sees(EntityType.PLAN_TARGET, List.of(inGroupYear4), null)).isTrue();
        assertThat(v.sees(EntityType.CONTACT_LOG, List.of(inGroupYear2), null)).isFalse();
        assertThat(v.sees(EntityType.SESSION_LOG, List.of(), taGroup)).isTrue();
        assertThat(v.sees(EntityType.SESSION_LOG, List.of(), sencoGroup)).isFalse();
        assertThat(v.sees(EntityType.GROUP_MEMBERSHIP, List.of(notInGroupYear2), sencoGroup)).isFalse();
        assertThat(v.sees(EntityType.OBSERVATION, List.of(inGroupYear4), null)).isFalse();
    }

    @Test
    void teacher_seesPlansReviewsAndMembershipsOfTheirClass_notSessionLogs() {
        Visibility v = visibility(TestAccounts.principal(teacher, null));

        assertThat(v.sees(EntityType.PLAN_REVIEW, List.of(notInGroupYear2), null)).isTrue();
        assertThat(v.sees(EntityType.GROUP_MEMBERSHIP, List.of(notInGroupYear2), sencoGroup)).isTrue();
        assertThat(v.sees(EntityType.GROUP_MEMBERSHIP, List.of(inGroupYear4), taGroup)).isFalse();
        assertThat(v.sees(EntityType.INTERVENTION, List.of(), sencoGroup)).isTrue();
        assertThat(v.sees(EntityType.SESSION_LOG, List.of(), taGroup)).isFalse();
        assertThat(v.sees(EntityType.CONTACT_LOG, List.of(inGroupYear2), null)).isFalse();
    }

    @Test
    void changeLogCondition_selectsExactlyWhatSeesAllows_forEveryRole() {
        TestAccounts.Device tablet = new TestAccounts(database).enrolDevice(school, "Check tablet");
        for (Principal principal : List.of(TestAccounts.principal(ta, null), TestAccounts.principal(teacher, null),
                TestAccounts.principal(ey, null), TestAccounts.principal(admin, null),
                TestAccounts.principal(school.senco(), null), TestAccounts.principal(tablet))) {
            Visibility v = visibility(principal);
            Set<UUID> expected = new HashSet<>();
            for (ChangeRow row : changes) {
                if (v.sees(row.type(), row.pupils(), row.intervention())) {
                    expected.add(row.id());
                }
            }
            assertThat(selected(v)).as(principal.roles().toString()).isEqualTo(expected);
        }
    }

    @Test
    void mayWrite_followsTheRoleMatrix() {
        Scope taScope = Scope.of(TestAccounts.principal(ta, null));
        Scope eyScope = Scope.of(TestAccounts.principal(ey, null));
        Scope teacherScope = Scope.of(TestAccounts.principal(teacher, null));
        Scope adminScope = Scope.of(TestAccounts.principal(admin, null));
        Scope sencoScope = Scope.of(TestAccounts.principal(school.senco(), null));
        Visibility taSees = visibility(TestAccounts.principal(ta, null));
        Visibility eySees = visibility(TestAccounts.principal(ey, null));

        assertThat(taScope.mayWrite(EntityType.SESSION_LOG, List.of(), taGroup, taSees)).isTrue();
        assertThat(taScope.mayWrite(EntityType.SESSION_LOG, List.of(), sencoGroup, taSees)).isFalse();
        assertThat(taScope.mayWrite(EntityType.PUPIL, List.of(inGroupYear2), null, taSees)).isFalse();
        assertThat(eyScope.mayWrite(EntityType.OBSERVATION, List.of(rainbowChild), null, eySees)).isTrue();
        assertThat(eyScope.mayWrite(EntityType.OBSERVATION, List.of(rainbowChild, inGroupYear2), null, eySees)).isFalse();
        assertThat(eyScope.mayWrite(EntityType.SESSION_LOG, List.of(), taGroup, eySees)).isFalse();
        assertThat(teacherScope.writableTypes()).isEmpty();
        assertThat(adminScope.writableTypes()).isEmpty();
        assertThat(sencoScope.mayWrite(EntityType.CONTACT_LOG, List.of(inGroupYear2), null, Visibility.wholeSchool(
                sencoScope.readableTypes()))).isTrue();
        assertThat(sencoScope.writableTypes()).doesNotContain(EntityType.STAFF);
    }

    @Test
    void mayEdit_givesAnAssistantTheScoresOfTheirGroupsPlaces_andNothingElseOfThem() {
        Scope taScope = Scope.of(TestAccounts.principal(ta, null));
        Scope sencoScope = Scope.of(TestAccounts.principal(school.senco(), null));
        Visibility taSees = visibility(TestAccounts.principal(ta, null));
        List<UUID> pupil = List.of(inGroupYear2);

        assertThat(taScope.mayEdit(EntityType.GROUP_MEMBERSHIP, Set.of("entry", "exit"), pupil, taGroup, taSees)).isTrue();
        assertThat(taScope.mayEdit(EntityType.GROUP_MEMBERSHIP, Set.of("entry"), pupil, sencoGroup, taSees)).isFalse();
        assertThat(taScope.mayEdit(EntityType.GROUP_MEMBERSHIP, Set.of("entry", "leftOn"), pupil, taGroup, taSees))
                .isFalse();
        assertThat(taScope.mayWrite(EntityType.GROUP_MEMBERSHIP, pupil, taGroup, taSees)).isFalse();
        assertThat(taScope.mayEdit(EntityType.SESSION_LOG, Set.of("notes"), pupil, taGroup, taSees)).isTrue();
        assertThat(sencoScope.editableMembers(EntityType.GROUP_MEMBERSHIP)).isEmpty();
        assertThat(sencoScope.mayEdit(EntityType.GROUP_MEMBERSHIP, Set.of("leftOn"), pupil, taGroup,
                Visibility.wholeSchool(sencoScope.readableTypes()))).isTrue();
    }

    private static Visibility visibility(Principal principal) {
        return jdbi.withHandle(h -> Scope.of(principal).visibility(h, TODAY));
    }

    private static List<ChangeRow> visibleChanges(Visibility v) {
        Set<UUID> ids = selected(v);
        return changes.stream().filter(row -> ids.contains(row.id())).toList();
    }

    private static Set<UUID> selected(Visibility v) {
        ChangeLogCondition condition = v.changeLogCondition();
        return new HashSet<>(jdbi.withHandle(h -> h.createQuery(
                        "select c.entity_id from change_log c where c.school_id = :school and c.version >= 1000 and "
                                + condition.sql())
                .bind("school", school.id())
                .bindMap(condition.binds())
                .mapTo(UUID.class)
                .list()));
    }

    private static UUID pupil(UUID schoolId, String className, LocalDate leftOn) {
        UUID id = UUID.randomUUID();
        jdbi.useHandle(h -> h.createUpdate("""
                        insert into pupil (school_id, id, legal_first_name, legal_last_name, date_of_birth, year_group,
                                           class_name, looked_after, previously_looked_after, pupil_premium, eal,
                                           left_on, version)
                        values (:school, :id, 'Ava', 'Pemberton', date '2019-03-14', 'Y2', :class,
                                false, false, false, false, :left, 1)""")
                .bind("school", schoolId).bind("id", id).bind("class", className).bind("left", leftOn).execute());
        return id;
    }

    private static UUID intervention(UUID lead, boolean deleted) {
        UUID id = UUID.randomUUID();
        jdbi.useHandle(h -> h.createUpdate("""
                        insert into intervention (school_id, id, name, area_of_need, intended_outcome, assessment_name,
                                                  assessment_unit, assessment_higher_is_better, lead_staff_ids,
                                                  schedule_days, sessions_per_week, minutes_per_session, start_date,
                                                  staff_hourly_cost_pence, resources_cost_pence, max_group_size,
                                                  status, version, deleted)
                        values (:school, :id, 'Phonics catch-up', 'cognition_and_learning', 'Blends CVC words',
                                'Phonics screening', 'marks', true, array[cast(:lead as uuid)], array['mon'], 1, 30,
                                date '2026-09-07', 1500, 0, 6, 'running', 1, :deleted)""")
                .bind("school", school.id()).bind("id", id).bind("lead", lead).bind("deleted", deleted).execute());
        return id;
    }

    private static void membership(UUID intervention, UUID pupil, LocalDate leftOn, boolean deleted) {
        jdbi.useHandle(h -> h.createUpdate("""
                        insert into group_membership (school_id, id, intervention_id, pupil_id, joined_on, left_on,
                                                      version, deleted)
                        values (:school, :id, :intervention, :pupil, date '2026-09-07', :left, 1, :deleted)""")
                .bind("school", school.id()).bind("id", UUID.randomUUID()).bind("intervention", intervention)
                .bind("pupil", pupil).bind("left", leftOn).bind("deleted", deleted).execute());
    }

    private static void change(EntityType type, List<UUID> pupils, UUID intervention) {
        UUID id = UUID.randomUUID();
        jdbi.useHandle(h -> h.createUpdate("""
                        insert into change_log (school_id, entity_id, entity_type, version, deleted, pupil_ids,
                                                intervention_id)
                        values (:school, :id, :type, :version, false, :pupils, :intervention)""")
                .bind("school", school.id()).bind("id", id).bind("type", type.wireName())
                .bind("version", VERSIONS.incrementAndGet()).bind("pupils", pupils.toArray(UUID[]::new))
                .bind("intervention", intervention).execute());
        changes.add(new ChangeRow(id, type, pupils, intervention));
    }
}
