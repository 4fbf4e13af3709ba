package uk.graduated.server.console.provision;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import uk.graduated.model.intervention.Assessment;
import uk.graduated.model.intervention.Costs;
import uk.graduated.model.intervention.GroupMembershipJson;
import uk.graduated.model.intervention.Intervention;
import uk.graduated.model.intervention.InterventionJson;
import uk.graduated.model.intervention.InterventionStatus;
import uk.graduated.model.intervention.ProvisionExamples;
import uk.graduated.model.plan.CycleStage;
import uk.graduated.model.plan.PlanCycle;
import uk.graduated.model.plan.PlanCycleJson;
import uk.graduated.model.plan.SupportPlan;
import uk.graduated.model.plan.SupportPlanJson;
import uk.graduated.model.plan.Target;
import uk.graduated.model.plan.TargetJson;
import uk.graduated.model.plan.TargetStatus;
import uk.graduated.model.pupil.PupilJson;
import uk.graduated.model.pupil.RegisterExamples;
import uk.graduated.model.school.Role;
import uk.graduated.model.sen.BroadArea;
import uk.graduated.model.session.AbsenceReason;
import uk.graduated.model.session.Attendance;
import uk.graduated.model.session.Rating;
import uk.graduated.model.session.SessionExamples;
import uk.graduated.model.session.SessionLogJson;
import uk.graduated.model.session.TargetRating;
import uk.graduated.model.sync.EntityType;
import uk.graduated.model.sync.Mutation;
import uk.graduated.model.sync.MutationOutcome;
import uk.graduated.model.sync.ProtocolVersion;
import uk.graduated.model.sync.PushRequest;
import uk.graduated.server.TestPostgres;
import uk.graduated.server.TestServers;
import uk.graduated.server.auth.Principal;
import uk.graduated.server.db.Database;
import uk.graduated.server.console.MovableClock;
import uk.graduated.server.sync.PushService;
import uk.graduated.server.testing.TestAccounts;

/**
 * A small school with known numbers, stored through the sync write path. Today is Monday 2 February
 * 2026, so figures count to Sunday 1 February (spring term from 1 January, school year from
 * 1 September 2025).
 *
 * <ul>
 *   <li><b>Reading boost</b> (cognition and learning), led by Mr Adeyemi: Mon/Wed/Fri, 30 minutes, from
 *   Mon 5 Jan to Fri 27 Mar 2026; GBP 15.00 an hour, GBP 60.00 of books. Pupils 1, 2, 3. All 12 planned
 *   sessions to 1 Feb delivered; pupil 3 absent once (35 of 36 pupil-sessions). Every pupil rated
 *   "not yet" in the first session and "with some help" in the last: +2 each. Reading age: pupil 1
 *   80 to 86, pupil 2 90 to 93, pupil 3 no exit yet.</li>
 *   <li><b>Social skills</b> (SEMH), led by Mrs Pell: Tue/Thu, 60 minutes, from Tue 6 Jan to Thu 26 Mar
 *   2026; GBP 20.00 an hour, GBP 150.00 of resources. Pupils 3, 4, 5. 7 of 8 planned sessions delivered
 *   (none on Thu 22 Jan); pupils 4 and 5 each absent twice (17 of 24). Rated "with lots of help" first
 *   and "with some help" last: +1 each. SDQ (lower is better): pupil 4 20 to 15.</li>
 * </ul>
 */
public final class SmallSchool {
    public static final ZoneId LONDON = ZoneId.of("Europe/London");
    public static final LocalDate TODAY = LocalDate.of(2026, 2, 2);

    public final TestAccounts.School school;
    public final TestAccounts.Person readingLead;
    public final TestAccounts.Person socialLead;
    public final List<UUID> pupils = new ArrayList<>();
    public final UUID reading = UUID.randomUUID();
    public final UUID social = UUID.randomUUID();
    private final PushService push;
    private final Principal senco;
    private static Database database;
    private static SmallSchool shared;

    /** One database holding the small school for every test of this JVM that only reads it. */
    public static synchronized SmallSchool shared() {
        if (shared == null) {
            try {
                database = Database.start(TestServers.config(Files.createTempDirectory("small-school"),
                        TestPostgres.freshDatabase()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            shared = new SmallSchool(database.jdbi());
        }
        return shared;
    }

    public static synchronized Jdbi sharedJdbi() {
        shared();
        return database.jdbi();
    }

    public SmallSchool(Jdbi jdbi) {
        TestAccounts accounts = new TestAccounts(jdbi);
        school = accounts.createSchool("Brackenfield Primary School");
        readingLead = accounts.createStaff(school, "Mr Adeyemi", Role.TEACHING_ASSISTANT);
        socialLead = accounts.createStaff(school, "Mrs Pell", Role.TEACHING_ASSISTANT);
        TestAccounts.Device tablet = accounts.enrolDevice(school, "SEN room tablet");
        push = new PushService(jdbi, Clock.system(LONDON));
        senco = TestAccounts.principal(school.senco(), tablet);
        List<UUID> targets = new ArrayList<>();
        String[] names = {"Asha Kerr", "Ben Lowther", "Cara Mistry", "Dev Nolan", "Ella Oduya"};
        for (String name : names) {
            UUID pupil = UUID.randomUUID();
            pupils.add(pupil);
            String[] parts = name.split(" ");
            push(EntityType.PUPIL, pupil, PupilJson.toJson(RegisterExamples.pupil().id(pupil).schoolId(school.id())
                    .names(parts[0], parts[1]).preferredName(null).upn(null).build()));
            UUID plan = UUID.randomUUID();
            UUID cycle = UUID.randomUUID();
            UUID target = UUID.randomUUID();
            targets.add(target);
            push(EntityType.SUPPORT_PLAN, plan, SupportPlanJson.toJson(new SupportPlan(plan, pupil)));
            push(EntityType.PLAN_CYCLE, cycle, PlanCycleJson.toJson(new PlanCycle(cycle, plan, LocalDate.of(2026, 1, 5),
                    LocalDate.of(2026, 3, 27), CycleStage.DO)));
            push(EntityType.PLAN_TARGET, target, TargetJson.toJson(new Target(target, cycle, pupil,
                    "Joins in and takes turns", BroadArea.SEMH, "Observed in group", null, null,
                    LocalDate.of(2026, 3, 27), TargetStatus.ACTIVE)));
        }
        push(EntityType.INTERVENTION, reading, InterventionJson.toJson(intervention(reading, "Reading boost",
                BroadArea.COGNITION_AND_LEARNING, new Assessment("Reading age", "months", true), readingLead.id(),
                Set.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY), 30, LocalDate.of(2026, 1, 5),
                LocalDate.of(2026, 3, 27), new Costs(1_500, 6_000))));
        push(EntityType.INTERVENTION, social, InterventionJson.toJson(intervention(social, "Social skills",
                BroadArea.SEMH, new Assessment("SDQ total difficulties", "SDQ points", false), socialLead.id(),
                Set.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY), 60, LocalDate.of(2026, 1, 6),
                LocalDate.of(2026, 3, 26), new Costs(2_000, 15_000))));
        LocalDate jan5 = LocalDate.of(2026, 1, 5);
        member(reading, 0, jan5, "80", "86");
        member(reading, 1, jan5, "90", "93");
        member(reading, 2, jan5, "85", null);
        member(social, 2, jan5.plusDays(1), "18", null);
        member(social, 3, jan5.plusDays(1), "20", "15");
        member(social, 4, jan5.plusDays(1), "22", null);

        List<LocalDate> readingDays = days(jan5, 4, DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY);
        for (int n = 0; n < readingDays.size(); n++) {
            boolean first = n == 0;
            boolean last = n == readingDays.size() - 1;
            List<Attendance> attendance = new ArrayList<>();
            List<TargetRating> ratings = new ArrayList<>();
            for (int p = 0; p < 3; p++) {
                boolean absent = p == 2 && n == 5;
                attendance.add(absent ? Attendance.absent(pupils.get(p), AbsenceReason.ILL) : Attendance.present(pupils.get(p)));
                if (!absent && (first || last)) {
                    ratings.add(new TargetRating(pupils.get(p), targets.get(p), first ? Rating.NOT_YET : Rating.WITH_SOME_HELP));
                }
            }
            session(reading, readingDays.get(n), 30, readingLead.id(), attendance, ratings);
        }
        List<LocalDate> socialDays = days(jan5, 4, DayOfWeek.TUESDAY, DayOfWeek.THURSDAY);
        socialDays.remove(LocalDate.of(2026, 1, 22));
        Map<Integer, Set<Integer>> absences = Map.of(3, Set.of(1, 3), 4, Set.of(2, 4));
        for (int n = 0; n < socialDays.size(); n++) {
            boolean first = n == 0;
            boolean last = n == socialDays.size() - 1;
            List<Attendance> attendance = new ArrayList<>();
            List<TargetRating> ratings = new ArrayList<>();
            for (int p = 2; p < 5; p++) {
                boolean absent = absences.getOrDefault(p, Set.of()).contains(n);
                attendance.add(absent ? Attendance.absent(pupils.get(p), AbsenceReason.CLASS_ACTIVITY)
                        : Attendance.present(pupils.get(p)));
                if (!absent && (first || last)) {
                    ratings.add(new TargetRating(pupils.get(p), targets.get(p),
                            first ? Rating.WITH_LOTS_OF_HELP : Rating.WITH_SOME_HELP));
                }
            }
            session(social, socialDays.get(n), 60, socialLead.id(), attendance, ratings);
        }
    }

    public Principal senco() {
        return TestAccounts.principal(school.senco(), null);
    }

    /** A clock at noon on {@link #TODAY}. */
    public static MovableClock clock() {
        return new MovableClock(TODAY.atTime(12, 0).atZone(LONDON).toInstant(), LONDON);
    }

    private Intervention intervention(UUID id, String name, BroadArea area, Assessment assessment, UUID lead,
            Set<DayOfWeek> days, int minutes, LocalDate start, LocalDate end, Costs costs) {
        return ProvisionExamples.intervention().id(id).schoolId(school.id()).name(name).areaOfNeed(area)
                .assessment(assessment).leadStaffIds(List.of(lead))
                .schedule(ProvisionExamples.schedule().days(days).sessionsPerWeek(days.size()).minutesPerSession(minutes)
                        .startDate(start).endDate(end).startTime(LocalTime.of(10, 0)).build())
                .costs(costs).maxGroupSize(6).status(InterventionStatus.RUNNING).build();
    }

    private void member(UUID intervention, int pupil, LocalDate joined, String entry, String exit) {
        UUID id = UUID.randomUUID();
        var membership = ProvisionExamples.membership().id(id).interventionId(intervention).pupilId(pupils.get(pupil))
                .joinedOn(joined).entry(entry, joined.minusDays(2));
        if (exit != null) {
            membership.exit(exit, LocalDate.of(2026, 1, 30));
        }
        push(EntityType.GROUP_MEMBERSHIP, id, GroupMembershipJson.toJson(membership.build()));
    }

    private void session(UUID intervention, LocalDate date, int minutes, UUID by, List<Attendance> attendance,
            List<TargetRating> ratings) {
        UUID id = UUID.randomUUID();
        push(EntityType.SESSION_LOG, id, SessionLogJson.toJson(SessionExamples.sessionLog().id(id)
                .interventionId(intervention).date(date).minutes(minutes).deliveredBy(by).attendance(attendance)
                .ratings(ratings).recordedAt(date.atTime(11, 0).atZone(LONDON).toInstant())
                .deviceId(senco.deviceId()).build()));
    }

    /** The given weekdays of {@code weeks} weeks from {@code monday}, in date order. */
    private static List<LocalDate> days(LocalDate monday, int weeks, DayOfWeek... days) {
        List<LocalDate> dates = new ArrayList<>();
        for (int w = 0; w < weeks; w++) {
            for (DayOfWeek d : days) {
                dates.add(monday.plusWeeks(w).plusDays(d.getValue() - 1L));
            }
        }
        return dates;
    }

    private void push(EntityType type, UUID id, JsonObject json) {
        Mutation mutation = Mutation.upsert(UUID.randomUUID(), senco.deviceId(), type, id, null, json, Instant.now());
        MutationOutcome outcome = push.push(senco, new PushRequest(ProtocolVersion.CURRENT.value(), senco.deviceId(),
                List.of(mutation))).outcomes().get(0);
        if (!(outcome instanceof MutationOutcome.Applied)) {
            throw new IllegalStateException(type.wireName() + " was not applied: " + outcome);
        }
    }
}
