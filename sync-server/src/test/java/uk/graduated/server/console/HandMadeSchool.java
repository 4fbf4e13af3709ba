package uk.graduated.server.console;

import com.google.gson.JsonObject;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import uk.graduated.model.ehc.EhcPlan;
import uk.graduated.model.ehc.EhcPlanJson;
import uk.graduated.model.eyfs.AreaOfLearning;
import uk.graduated.model.intervention.Assessment;
import uk.graduated.model.intervention.Costs;
import uk.graduated.model.intervention.GroupMembership;
import uk.graduated.model.intervention.Intervention;
import uk.graduated.model.intervention.InterventionStatus;
import uk.graduated.model.intervention.Schedule;
import uk.graduated.model.observation.Observation;
import uk.graduated.model.plan.Attendee;
import uk.graduated.model.plan.AttendeeRole;
import uk.graduated.model.plan.CycleStage;
import uk.graduated.model.plan.PlanCycle;
import uk.graduated.model.plan.PlanReview;
import uk.graduated.model.plan.PlanReviewJson;
import uk.graduated.model.plan.ProgressRating;
import uk.graduated.model.plan.Strategy;
import uk.graduated.model.plan.SupportPlan;
import uk.graduated.model.plan.Target;
import uk.graduated.model.plan.TargetProgress;
import uk.graduated.model.plan.TargetStatus;
import uk.graduated.model.pupil.Pupil;
import uk.graduated.model.pupil.PupilFlags;
import uk.graduated.model.pupil.Upn;
import uk.graduated.model.pupil.YearGroup;
import uk.graduated.model.school.Role;
import uk.graduated.model.school.School;
import uk.graduated.model.school.SchoolPhase;
import uk.graduated.model.school.StaffMember;
import uk.graduated.model.sen.BroadArea;
import uk.graduated.model.sen.NeedType;
import uk.graduated.model.sen.ProvisionEntry;
import uk.graduated.model.sen.RankedNeed;
import uk.graduated.model.sen.SenProvision;
import uk.graduated.model.session.AbsenceReason;
import uk.graduated.model.session.Attendance;
import uk.graduated.model.session.Rating;
import uk.graduated.model.session.SessionLog;
import uk.graduated.model.session.TargetRating;
import uk.graduated.model.sync.EntityType;
import uk.graduated.model.sync.Mutation;
import uk.graduated.model.sync.MutationOutcome;
import uk.graduated.model.sync.ProtocolVersion;
import uk.graduated.model.sync.PushRequest;
import uk.graduated.server.auth.Principal;
import uk.graduated.server.auth.SecretHasher;
import uk.graduated.server.demo.DemoDevice;
import uk.graduated.server.demo.DemoLoader;
import uk.graduated.server.demo.DemoSchool;
import uk.graduated.server.demo.DemoStaff;
import uk.graduated.server.sync.PushService;
import uk.graduated.server.testing.TestAccounts;

/**
 * A small primary school made by hand, so reviews and reports can be checked against numbers worked
 * out on paper. "Today" is {@link #TODAY}, Monday 23 November 2026, in the autumn term. Stored through
 * {@link DemoLoader} (every record pushed as its author would, and the demo's term dates entered:
 * 7 September to 18 December 2026 with half-term 19-23 October), then two EHC annual reviews are
 * recorded as held and one support-plan review is pushed. Every name is invented.
 *
 * <pre>
 * On roll today: 13 (Owen left on 30 Oct).   E: Amara, Bilal, Cerys, Dylan (4)
 * K: Elif, Finn, Greta, Hamza, Iona, Jude (6) N: Kit, Lena, Nia (3)
 * Primary needs: SLCN Amara Finn Hamza Iona (4), ASD Bilal, SEMH Cerys Jude (2), PD Dylan, SPLD Elif, NSA Greta
 * Secondary needs: SEMH Amara (E), SPLD Hamza (K)
 * On 31 Aug 2026 (end of the summer term): 14 on roll; E 4; K 6 (Owen in, Greta not yet); N 4
 * EHC: Amara issued 10 Nov 2025, never reviewed: due 9 Nov 2026, overdue, invitations (by 26 Oct) late.
 *      Bilal reviewed 20 Nov 2025, then 12 Nov 2026 (on time). Dylan reviewed 1 Oct 2025, then 8 Oct 2026
 *      (due 30 Sep: late). Cerys issued 15 Dec 2025: due 14 Dec 2026, meeting 7 Dec, invitations by 23 Nov.
 * Plan cycles: Elif review 13 Nov (overdue), Finn 1 Dec, Amara 11 Dec, Greta 20 Jan 2027;
 *      Iona's cycle closed with a review held 14 Oct 2026.
 * Talk Boost (Mon and Wed, 30 min, GBP 18.00 an hour, GBP 120.00 resources): Amara, Finn, Iona; five
 *      sessions 2-16 Nov, Amara absent (ill) on 9 Nov. Lego therapy (Fri, 45 min, GBP 20.00 an hour,
 *      GBP 45.00 resources): Amara, Jude; three sessions 6-20 Nov, Jude absent on 13 Nov.
 * Amara's target rated 4 times: Not yet, Lots of help, Some help, Some help. Finn's twice: Lots of help, Independently.
 * </pre>
 */
public final class HandMadeSchool {
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    public static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final SecretHasher HASHER = new SecretHasher();

    /** What tests need to find in the stored school. */
    public record Loaded(UUID schoolId, String schoolName, DemoStaff senco, DemoStaff admin, List<Pupil> pupils,
            UUID amaraTarget, UUID talkBoost, UUID legoTherapy) {
        public Pupil pupil(String firstName) {
            return pupils.stream().filter(p -> p.legalFirstName().equals(firstName)).findFirst().orElseThrow();
        }

        public Principal sencoPrincipal() {
            return new Principal(schoolId, senco.member().id(), null, senco.member().roles());
        }

        /** Every pupil's full name, as they appear on the SENCO's pages. */
        public List<String> pupilNames() {
            List<String> names = new ArrayList<>();
            pupils.forEach(p -> names.add(p.legalFirstName() + " " + p.legalLastName()));
            return names;
        }
    }

    private final UUID schoolId = UUID.randomUUID();
    private final List<Pupil> pupils = new ArrayList<>();
    private final List<ProvisionEntry> provisions = new ArrayList<>();
    private final List<RankedNeed> needs = new ArrayList<>();
    private final List<SupportPlan> plans = new ArrayList<>();
    private final List<PlanCycle> cycles = new ArrayList<>();
    private final List<Target> targets = new ArrayList<>();
    private final List<Strategy> strategies = new ArrayList<>();
    private final List<EhcPlan> ehcPlans = new ArrayList<>();
    private final List<GroupMembership> memberships = new ArrayList<>();
    private final List<SessionLog> sessions = new ArrayList<>();
    private final List<Observation> observations = new ArrayList<>();

    private HandMadeSchool() {
    }

    public static Clock clock() {
        return Clock.fixed(TODAY.atTime(12, 0).atZone(LONDON).toInstant(), LONDON);
    }

    public static Loaded load(Jdbi jdbi) {
        return new HandMadeSchool().store(jdbi);
    }

    private Loaded store(Jdbi jdbi) {
        String name = "Hollin Brook Primary School";
        DemoStaff senco = staff("Ms Rowan Hale", Role.SENCO, List.of());
        DemoStaff admin = staff("Mr Piers Lund", Role.ADMIN, List.of());
        DemoStaff ta = staff("Mrs Ada Fenwick", Role.TEACHING_ASSISTANT, List.of());
        DemoStaff practitioner = staff("Miss Keira Dunn", Role.EARLY_YEARS_PRACTITIONER, List.of("Robins"));
        List<DemoDevice> devices = List.of(new DemoDevice(UUID.randomUUID(), "Robins tablet"),
                new DemoDevice(UUID.randomUUID(), "KS1 tablet"), new DemoDevice(UUID.randomUUID(), "SEN room tablet"),
                new DemoDevice(UUID.randomUUID(), "Early years tablet"));

        Pupil amara = pupil("Amara", "Quill", "2019-04-12", SenProvision.E, "2025-03-01", NeedType.SLCN, NeedType.SEMH);
        Pupil bilal = pupil("Bilal", "Ostrow", "2019-07-30", SenProvision.E, "2024-01-15", NeedType.ASD, null);
        Pupil cerys = pupil("Cerys", "Penhallow", "2019-02-03", null, null, NeedType.SEMH, null);
        provision(cerys, SenProvision.K, "2025-09-01", "2025-12-15");
        provision(cerys, SenProvision.E, "2025-12-15", null);
        Pupil dylan = pupil("Dylan", "Marsh", "2018-12-09", SenProvision.E, "2023-10-02", NeedType.PD, null);
        Pupil elif = pupil("Elif", "Tanager", "2019-05-21", SenProvision.K, "2025-09-01", NeedType.SPLD, null);
        Pupil finn = pupil("Finn", "Alderley", "2019-06-14", SenProvision.K, "2025-09-01", NeedType.SLCN, null);
        Pupil greta = pupil("Greta", "Vosper", "2019-01-25", SenProvision.K, "2026-10-01", NeedType.NSA, null);
        pupil("Hamza", "Kell", "2019-03-17", SenProvision.K, "2024-09-01", NeedType.SLCN, NeedType.SPLD);
        Pupil iona = pupil("Iona", "Brack", "2019-08-08", SenProvision.K, "2025-01-10", NeedType.SLCN, null);
        Pupil jude = pupil("Jude", "Carrow", "2018-11-02", SenProvision.K, "2023-09-01", NeedType.SEMH, null);
        pupil("Kit", "Lowry", "2019-02-11", null, null, null, null);
        pupil("Lena", "Moss", "2019-05-05", null, null, null, null);
        Pupil nia = pupil("Nia", "Orme", "2019-06-26", null, null, null, null);
        provision(nia, SenProvision.K, "2024-09-01", "2026-07-15");
        provision(nia, SenProvision.N, "2026-07-15", null);
        Pupil owen = pupil("Owen", "Pyle", "2019-01-19", SenProvision.K, "2024-09-01", NeedType.MLD, null);
        pupils.set(pupils.indexOf(owen), new Pupil(owen.id(), schoolId, owen.legalFirstName(), owen.legalLastName(),
                null, owen.dateOfBirth(), owen.yearGroup(), owen.className(), owen.upn(), owen.flags(),
                LocalDate.of(2026, 10, 30)));

        ehc(amara, "2025-11-10", null, null);
        EhcPlan bilalPlan = ehc(bilal, "2024-01-15", "2025-11-20", null);
        ehc(cerys, "2025-12-15", null, "2026-12-07");
        EhcPlan dylanPlan = ehc(dylan, "2023-10-02", "2025-10-01", null);

        UUID amaraTarget = cycle(amara, "2026-09-07", "2026-12-11", CycleStage.DO,
                "Uses three-word sentences to ask an adult for help", BroadArea.COMMUNICATION_AND_INTERACTION);
        UUID finnTarget = cycle(finn, "2026-09-07", "2026-12-01", CycleStage.DO,
                "Retells a short story in the right order", BroadArea.COMMUNICATION_AND_INTERACTION);
        cycle(elif, "2026-06-01", "2026-11-13", CycleStage.REVIEW, "Spells ten common exception words",
                BroadArea.COGNITION_AND_LEARNING);
        cycle(greta, "2026-10-01", "2027-01-20", CycleStage.PLAN, "Joins in a small-group game for five minutes",
                BroadArea.SEMH);
        UUID ionaTarget = cycle(iona, "2026-06-01", "2026-10-14", CycleStage.CLOSED, "Answers who and where questions",
                BroadArea.COMMUNICATION_AND_INTERACTION);
        UUID ionaCycle = cycles.get(cycles.size() - 1).id();

        Intervention talkBoost = intervention("Talk Boost (KS1)", BroadArea.COMMUNICATION_AND_INTERACTION, ta,
                new Schedule(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY), 2, 30, LocalDate.of(2026, 9, 7), null, 12,
                        LocalTime.of(9, 15)), new Costs(1800, 12000));
        Intervention lego = intervention("Lego therapy", BroadArea.SEMH, ta,
                new Schedule(EnumSet.of(DayOfWeek.FRIDAY), 1, 45, LocalDate.of(2026, 9, 11), LocalDate.of(2026, 12, 18), null,
                        LocalTime.of(13, 30)), new Costs(2000, 4500));
        member(talkBoost, amara);
        member(talkBoost, finn);
        member(talkBoost, iona);
        member(lego, amara);
        member(lego, jude);

        UUID tablet = devices.get(1).id();
        session(talkBoost, "2026-11-02", 30, ta, tablet, List.of(Attendance.present(amara.id()), Attendance.present(finn.id()),
                Attendance.present(iona.id())), List.of(new TargetRating(amara.id(), amaraTarget, Rating.NOT_YET),
                new TargetRating(finn.id(), finnTarget, Rating.WITH_LOTS_OF_HELP)));
        session(talkBoost, "2026-11-04", 30, ta, tablet, List.of(Attendance.present(amara.id()), Attendance.present(finn.id()),
                Attendance.present(iona.id())), List.of(new TargetRating(amara.id(), amaraTarget, Rating.WITH_LOTS_OF_HELP)));
        session(talkBoost, "2026-11-09", 30, ta, tablet, List.of(Attendance.absent(amara.id(), AbsenceReason.ILL),
                Attendance.present(finn.id()), Attendance.present(iona.id())), List.of());
        session(talkBoost, "2026-11-11", 30, ta, tablet, List.of(Attendance.present(amara.id()), Attendance.present(finn.id()),
                Attendance.present(iona.id())), List.of(new TargetRating(amara.id(), amaraTarget, Rating.WITH_SOME_HELP)));
        session(talkBoost, "2026-11-16", 30, ta, tablet, List.of(Attendance.present(amara.id()), Attendance.present(finn.id()),
                Attendance.present(iona.id())), List.of(new TargetRating(amara.id(), amaraTarget, Rating.WITH_SOME_HELP),
                new TargetRating(finn.id(), finnTarget, Rating.INDEPENDENTLY)));
        session(lego, "2026-11-06", 45, ta, tablet, List.of(Attendance.present(amara.id()), Attendance.present(jude.id())),
                List.of());
        session(lego, "2026-11-13", 45, ta, tablet, List.of(Attendance.present(amara.id()),
                Attendance.absent(jude.id(), AbsenceReason.CLASS_ACTIVITY)), List.of());
        session(lego, "2026-11-20", 45, ta, tablet, List.of(Attendance.present(amara.id()), Attendance.present(jude.id())),
                List.of());

        observation(amara, practitioner, "2026-11-05T10:20:00Z",
                "Amara ran the role-play shop and asked a friend for the bag using three words.",
                Set.of(AreaOfLearning.COMMUNICATION_AND_LANGUAGE, AreaOfLearning.PERSONAL_SOCIAL_AND_EMOTIONAL));
        observation(amara, practitioner, "2026-11-18T14:05:00Z",
                "Amara built a tower with a partner and took turns without a prompt.",
                Set.of(AreaOfLearning.PERSONAL_SOCIAL_AND_EMOTIONAL));

        DemoSchool school = new DemoSchool(TODAY, new School(schoolId, name, "123456", SchoolPhase.PRIMARY),
                List.of(senco, admin, ta, practitioner), devices, pupils, provisions, needs, plans, cycles, targets,
                strategies, ehcPlans, List.of(talkBoost, lego), memberships, sessions, observations, List.of());
        Clock clock = clock();
        new DemoLoader(jdbi, clock, HASHER).load(school, TestAccounts.PASSWORD);

        PushService push = new PushService(jdbi, clock);
        Principal sencoOnTablet = new Principal(schoolId, senco.member().id(), devices.get(2).id(), senco.member().roles());
        reviewHeld(jdbi, push, sencoOnTablet, bilalPlan, LocalDate.of(2026, 11, 12));
        reviewHeld(jdbi, push, sencoOnTablet, dylanPlan, LocalDate.of(2026, 10, 8));
        UUID reviewId = UUID.randomUUID();
        pushOne(push, sencoOnTablet, EntityType.PLAN_REVIEW, reviewId, null, PlanReviewJson.toJson(new PlanReview(reviewId,
                ionaCycle, LocalDate.of(2026, 10, 14), List.of(new TargetProgress(ionaTarget, ProgressRating.SECURE, null)),
                "Continue Talk Boost; new target on retelling.", List.of(new Attendee("Mrs Brack (mother)",
                AttendeeRole.PARENT_CARER), new Attendee("Ms Rowan Hale", AttendeeRole.SENCO)), null, null)));
        return new Loaded(schoolId, name, senco, admin, List.copyOf(pupils), amaraTarget, talkBoost.id(), lego.id());
    }

    private DemoStaff staff(String displayName, Role role, List<String> classes) {
        String email = displayName.toLowerCase().replace(' ', '.').replace("..", ".") + "."
                + UUID.randomUUID().toString().substring(0, 8) + "@hollinbrook.example.org";
        return new DemoStaff(new StaffMember(UUID.randomUUID(), schoolId, displayName, email, Set.of(role)), classes,
                TestAccounts.PIN);
    }

    /** A Year 2 pupil in Robins with one open provision entry (when given) and open needs from the same day. */
    private Pupil pupil(String first, String last, String born, SenProvision provision, String since, NeedType primary,
            NeedType secondary) {
        String digits = String.format("9991012%05d", pupils.size() + 1);
        Pupil pupil = new Pupil(UUID.randomUUID(), schoolId, first, last, null, LocalDate.parse(born), YearGroup.Y2,
                "Robins", Upn.withCheckLetter(digits), new PupilFlags(false, false, false, false), null);
        pupils.add(pupil);
        if (provision != null) {
            provision(pupil, provision, since, null);
        }
        LocalDate needsFrom = since != null ? LocalDate.parse(since) : LocalDate.of(2025, 9, 1);
        if (primary != null) {
            needs.add(new RankedNeed(UUID.randomUUID(), pupil.id(), primary, RankedNeed.PRIMARY, needsFrom, null));
        }
        if (secondary != null) {
            needs.add(new RankedNeed(UUID.randomUUID(), pupil.id(), secondary, RankedNeed.SECONDARY, needsFrom, null));
        }
        return pupil;
    }

    private void provision(Pupil pupil, SenProvision provision, String from, String to) {
        provisions.add(new ProvisionEntry(UUID.randomUUID(), pupil.id(), provision, LocalDate.parse(from),
                to == null ? null : LocalDate.parse(to)));
    }

    private EhcPlan ehc(Pupil pupil, String issued, String lastReview, String meeting) {
        EhcPlan plan = new EhcPlan(UUID.randomUUID(), pupil.id(), LocalDate.parse(issued),
                lastReview == null ? null : LocalDate.parse(lastReview), meeting == null ? null : LocalDate.parse(meeting),
                null, "Northshire County Council");
        ehcPlans.add(plan);
        return plan;
    }

    /** A support plan with one cycle holding one target; returns the target's id. */
    private UUID cycle(Pupil pupil, String start, String review, CycleStage stage, String outcome, BroadArea area) {
        SupportPlan plan = new SupportPlan(UUID.randomUUID(), pupil.id());
        plans.add(plan);
        PlanCycle cycle = new PlanCycle(UUID.randomUUID(), plan.id(), LocalDate.parse(start), LocalDate.parse(review), stage);
        cycles.add(cycle);
        Target target = new Target(UUID.randomUUID(), cycle.id(), pupil.id(), outcome, area, "Tally in sessions",
                "Not yet", "Most days", LocalDate.parse(review),
                stage == CycleStage.CLOSED ? TargetStatus.ACHIEVED : TargetStatus.ACTIVE);
        targets.add(target);
        strategies.add(new Strategy(UUID.randomUUID(), pupil.id(), cycle.id(), "Visual prompt card on the desk",
                "Class teacher"));
        return target.id();
    }

    private Intervention intervention(String name, BroadArea area, DemoStaff lead, Schedule schedule, Costs costs) {
        return new Intervention(UUID.randomUUID(), schoolId, name, area, "Pupils use the skill in class.",
                new Assessment("Rating scale", "points", true), List.of(lead.member().id()), schedule, costs, 6,
                InterventionStatus.RUNNING);
    }

    private void member(Intervention intervention, Pupil pupil) {
        memberships.add(new GroupMembership(UUID.randomUUID(), intervention.id(), pupil.id(),
                intervention.schedule().startDate(), null, null, null));
    }

    private void session(Intervention intervention, String date, int minutes, DemoStaff by, UUID device,
            List<Attendance> attendance, List<TargetRating> ratings) {
        LocalDate day = LocalDate.parse(date);
        sessions.add(new SessionLog(UUID.randomUUID(), intervention.id(), day, intervention.schedule().startTime(), minutes,
                by.member().id(), attendance, ratings, null, false, null, day.atTime(16, 0).atZone(LONDON).toInstant(),
                device));
    }

    private void observation(Pupil child, DemoStaff by, String at, String text, Set<AreaOfLearning> areas) {
        observations.add(new Observation(UUID.randomUUID(), schoolId, List.of(child.id()), text, List.of(), areas, Set.of(),
                null, Set.of(), null, Instant.parse(at), by.member().id(), "Robins"));
    }

    /** Records an annual review as held: the plan's last review moves on, as the SENCO's edit would. */
    private void reviewHeld(Jdbi jdbi, PushService push, Principal senco, EhcPlan plan, LocalDate held) {
        long version = jdbi.withHandle(h -> h.createQuery("select version from ehc_plan where school_id = :s and id = :id")
                .bind("s", schoolId).bind("id", plan.id()).mapTo(Long.class).one());
        pushOne(push, senco, EntityType.EHC_PLAN, plan.id(), version, EhcPlanJson.toJson(new EhcPlan(plan.id(),
                plan.pupilId(), plan.issueDate(), held, null, null, plan.localAuthority())));
    }

    private static void pushOne(PushService push, Principal principal, EntityType type, UUID id, Long baseVersion,
            JsonObject fields) {
        MutationOutcome outcome = push.push(principal, new PushRequest(ProtocolVersion.CURRENT.value(), principal.deviceId(),
                List.of(Mutation.upsert(UUID.randomUUID(), principal.deviceId(), type, id, baseVersion, fields,
                        clock().instant())))).outcomes().get(0);
        if (!(outcome instanceof MutationOutcome.Applied)) {
            throw new IllegalStateException("hand-made " + type.wireName() + " was not applied: " + outcome);
        }
    }
}
