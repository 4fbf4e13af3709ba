package uk.graduated.server.bench;

import com.google.gson.JsonObject;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import uk.graduated.model.school.Role;
import uk.graduated.model.sen.ProvisionEntry;
import uk.graduated.model.sen.ProvisionEntryJson;
import uk.graduated.model.sen.SenProvision;
import uk.graduated.model.session.Attendance;
import uk.graduated.model.session.Rating;
import uk.graduated.model.session.SessionExamples;
import uk.graduated.model.session.SessionLogJson;
import uk.graduated.model.session.TargetRating;
import uk.graduated.model.sync.EntityType;
import uk.graduated.server.GraduatedServer;
import uk.graduated.server.register.BulkRecords;
import uk.graduated.server.sync.SchoolRecords;
import uk.graduated.server.testing.TestAccounts;

/**
 * P2's school year: {@value #PUPILS} pupils, {@value #ON_REGISTER} on the SEN register (provision,
 * need, plan, cycle and target each), {@value #INTERVENTIONS} interventions of
 * {@value #MEMBERS_PER_GROUP}, {@value #SESSIONS} session logs with three pupils present and one
 * rating each (100,000 attendance and rating rows) and {@value #OBSERVATIONS} observations of one or
 * two children, without photos. Bulk-loaded for speed ({@link BulkRecords}); every record has its
 * version and change-log row. Names are fictional.
 */
public final class LargeSchool {
    public static final int PUPILS = 1_500;
    public static final int ON_REGISTER = 300;
    public static final int INTERVENTIONS = 40;
    public static final int MEMBERS_PER_GROUP = 8;
    public static final int SESSIONS = 25_000;
    public static final int OBSERVATIONS = 10_000;

    public final TestAccounts.School school;
    public final TestAccounts.Person ta;
    /** Records stored, not counting the school and its staff. */
    public final int records;
    /** Attendance and rating entries inside the session logs. */
    public final int sessionRows;

    private LargeSchool(TestAccounts.School school, TestAccounts.Person ta, int records, int sessionRows) {
        this.school = school;
        this.ta = ta;
        this.records = records;
        this.sessionRows = sessionRows;
    }

    public static LargeSchool create(GraduatedServer server) {
        TestAccounts accounts = new TestAccounts(server.database());
        TestAccounts.School school = accounts.createSchool("Fernhill Academy");
        TestAccounts.Person ta = accounts.createStaff(school, "Mr Adeyemi", Role.TEACHING_ASSISTANT);
        TestAccounts.Person practitioner = accounts.createStaff(school, "Miss Hollis", Role.EARLY_YEARS_PRACTITIONER);
        SchoolRecords r = new SchoolRecords(school.id());
        Random random = new Random(2026_11_23L);

        List<UUID> pupils = ids(PUPILS);
        List<UUID> registered = pupils.subList(0, ON_REGISTER);
        List<UUID> targets = new ArrayList<>();
        List<JsonObject> pupilRows = new ArrayList<>();
        List<JsonObject> provisions = new ArrayList<>();
        List<JsonObject> needs = new ArrayList<>();
        List<JsonObject> plans = new ArrayList<>();
        List<JsonObject> cycles = new ArrayList<>();
        List<JsonObject> targetRows = new ArrayList<>();
        for (int i = 0; i < PUPILS; i++) {
            pupilRows.add(r.pupil(pupils.get(i), "Class " + (i % 50 + 1)));
        }
        for (UUID pupil : registered) {
            provisions.add(ProvisionEntryJson.toJson(new ProvisionEntry(UUID.randomUUID(), pupil,
                    random.nextInt(5) == 0 ? SenProvision.E : SenProvision.K, LocalDate.of(2025, 9, 3), null)));
            needs.add(r.need(UUID.randomUUID(), pupil));
            UUID plan = UUID.randomUUID();
            UUID cycle = UUID.randomUUID();
            UUID target = UUID.randomUUID();
            plans.add(r.plan(plan, pupil));
            cycles.add(r.cycle(cycle, plan));
            targetRows.add(r.target(target, cycle, pupil, "Reads 80 of 100 common words by sight."));
            targets.add(target);
        }
        List<UUID> interventions = ids(INTERVENTIONS);
        List<JsonObject> interventionRows = new ArrayList<>();
        List<JsonObject> memberships = new ArrayList<>();
        List<List<Integer>> groups = new ArrayList<>();
        for (int g = 0; g < INTERVENTIONS; g++) {
            interventionRows.add(r.intervention(interventions.get(g), ta.id()));
            List<Integer> members = new ArrayList<>();
            for (int m = 0; m < MEMBERS_PER_GROUP; m++) {
                int member = (g * MEMBERS_PER_GROUP + m) % ON_REGISTER;
                members.add(member);
                memberships.add(r.membership(UUID.randomUUID(), interventions.get(g), registered.get(member), null));
            }
            groups.add(members);
        }
        List<JsonObject> sessions = new ArrayList<>();
        for (int s = 0; s < SESSIONS; s++) {
            int g = s % INTERVENTIONS;
            List<Integer> members = groups.get(g);
            int first = random.nextInt(MEMBERS_PER_GROUP);
            List<Attendance> attendance = new ArrayList<>();
            for (int a = 0; a < 3; a++) {
                attendance.add(Attendance.present(registered.get(members.get((first + a) % MEMBERS_PER_GROUP))));
            }
            int rated = members.get(first);
            sessions.add(SessionLogJson.toJson(SessionExamples.sessionLog().id(UUID.randomUUID())
                    .interventionId(interventions.get(g)).date(LocalDate.of(2025, 9, 8).plusDays(s % 300))
                    .startTime(LocalTime.of(9 + s % 6, 0)).deliveredBy(ta.id()).attendance(attendance)
                    .ratings(List.of(new TargetRating(registered.get(rated), targets.get(rated), Rating.WITH_SOME_HELP)))
                    .deviceId(UUID.randomUUID()).recordedAt(java.time.Instant.parse("2026-07-17T15:00:00Z")).build()));
        }
        List<JsonObject> observations = new ArrayList<>();
        for (int o = 0; o < OBSERVATIONS; o++) {
            UUID child = pupils.get(ON_REGISTER + random.nextInt(PUPILS - ON_REGISTER));
            List<UUID> children = o % 4 == 0 ? List.of(child, pupils.get(ON_REGISTER + (o % 200))) : List.of(child);
            observations.add(r.observation(UUID.randomUUID(), children.stream().distinct().toList(), practitioner.id(), null));
        }
        server.database().jdbi().useTransaction(h -> {
            BulkRecords bulk = new BulkRecords(h, school.id());
            bulk.insert(EntityType.PUPIL, pupilRows);
            bulk.insert(EntityType.SEN_PROVISION, provisions);
            bulk.insert(EntityType.SEN_NEED, needs);
            bulk.insert(EntityType.SUPPORT_PLAN, plans);
            bulk.insert(EntityType.PLAN_CYCLE, cycles);
            bulk.insert(EntityType.PLAN_TARGET, targetRows);
            bulk.insert(EntityType.INTERVENTION, interventionRows);
            bulk.insert(EntityType.GROUP_MEMBERSHIP, memberships);
            bulk.insert(EntityType.SESSION_LOG, sessions);
            bulk.insert(EntityType.OBSERVATION, observations);
            h.execute("analyze");
        });
        int records = pupilRows.size() + provisions.size() + needs.size() + plans.size() + cycles.size()
                + targetRows.size() + interventionRows.size() + memberships.size() + sessions.size() + observations.size();
        return new LargeSchool(school, ta, records, SESSIONS * 4);
    }

    private static List<UUID> ids(int count) {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(UUID.randomUUID());
        }
        return ids;
    }
}
