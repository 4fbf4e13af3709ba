package uk.graduated.app.ui;

import com.google.gson.JsonObject;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.robolectric.RuntimeEnvironment;

import uk.graduated.app.core.FakeClock;
import uk.graduated.app.core.Tasks;
import uk.graduated.app.data.db.AppDatabase;
import uk.graduated.app.data.db.SyncedTables;
import uk.graduated.app.data.db.TestDatabase;
import uk.graduated.app.sync.android.RoomLocalApplier;
import uk.graduated.app.sync.engine.SyncScope;
import uk.graduated.model.intervention.Assessment;
import uk.graduated.model.intervention.Costs;
import uk.graduated.model.intervention.GroupMembership;
import uk.graduated.model.intervention.GroupMembershipJson;
import uk.graduated.model.intervention.Intervention;
import uk.graduated.model.intervention.InterventionJson;
import uk.graduated.model.intervention.InterventionStatus;
import uk.graduated.model.intervention.Schedule;
import uk.graduated.model.json.JsonFields;
import uk.graduated.model.plan.CycleStage;
import uk.graduated.model.plan.PlanCycle;
import uk.graduated.model.plan.PlanCycleJson;
import uk.graduated.model.plan.Strategy;
import uk.graduated.model.plan.StrategyJson;
import uk.graduated.model.plan.Target;
import uk.graduated.model.plan.TargetJson;
import uk.graduated.model.plan.SupportPlan;
import uk.graduated.model.plan.SupportPlanJson;
import uk.graduated.model.plan.TargetStatus;
import uk.graduated.model.pupil.Pupil;
import uk.graduated.model.pupil.PupilFlags;
import uk.graduated.model.pupil.PupilJson;
import uk.graduated.model.pupil.YearGroup;
import uk.graduated.model.school.Role;
import uk.graduated.model.school.School;
import uk.graduated.model.school.SchoolJson;
import uk.graduated.model.school.SchoolPhase;
import uk.graduated.model.school.StaffMember;
import uk.graduated.model.school.StaffMemberJson;
import uk.graduated.model.sen.BroadArea;
import uk.graduated.model.sen.NeedType;
import uk.graduated.model.sen.ProvisionEntry;
import uk.graduated.model.sen.ProvisionEntryJson;
import uk.graduated.model.sen.SenProvision;
import uk.graduated.model.sen.RankedNeed;
import uk.graduated.model.sen.RankedNeedJson;
import uk.graduated.model.session.AbsenceReason;
import uk.graduated.model.session.Attendance;
import uk.graduated.model.session.Rating;
import uk.graduated.model.session.SessionLog;
import uk.graduated.model.session.SessionLogJson;
import uk.graduated.model.session.TargetRating;
import uk.graduated.model.sync.Change;
import uk.graduated.model.sync.EntityType;
import uk.graduated.model.sync.PullResponse;

/**
 * A fictional primary school with a nursery, on an enrolled tablet, as pulls would leave it: staff
 * in the device scope; Mrs Hollis's three groups (a phonics group of four that has met three times a
 * week, in term time, for a year), their pupils' needs, targets and strategies; Ms Adeyemi's nursery room of 30.
 * Today is Monday 17 January 2028, 08:40. Screens run with inline tasks, so a tap's effect is done
 * when the click returns.
 */
public final class SchoolFixture {
    public static final LocalDate TODAY = LocalDate.of(2028, 1, 17);
    public static final UUID SCHOOL = id(1);
    public static final UUID DEVICE = id(2);
    public static final UUID HOLLIS = id(10);
    public static final UUID OSEI = id(11);
    public static final UUID ADEYEMI = id(12);
    public static final UUID KAUR = id(13);
    public static final UUID DUNN = id(14);
    public static final UUID PHONICS = id(20);
    public static final UUID LEGO = id(21);
    public static final UUID FLUENCY = id(22);
    /** Mrs Walsh's whole-class listening group: 30 pupils on one register. */
    public static final UUID LISTENING = id(23);
    public static final UUID WALSH = id(38);
    /** Mrs Carter, given a full Monday of groups by {@link #fullMondayForCarter()}. */
    public static final UUID CARTER = id(31);
    public static final UUID AVA = id(100);
    public static final UUID LEO = id(101);
    public static final UUID ISLA = id(102);
    public static final UUID NOAH = id(103);
    /** Maya Reid, in the Lego therapy group: no SEN provision or support plan on the tablet. */
    public static final UUID LEGO_PUPIL = id(110);
    public static final UUID AVA_BLENDING = id(200);
    public static final UUID AVA_TRICKY_WORDS = id(201);
    public static final UUID LEO_BLENDING = id(202);
    public static final UUID LEO_TURN_TAKING = id(203);
    public static final UUID ISLA_BLENDING = id(204);
    public static final UUID NOAH_SEGMENTING = id(205);
    public static final String NURSERY_ROOM = "Acorns";
    public static final int STAFF_COUNT = 15;
    public static final String DEVICE_TOKEN = "gdv1.fixture-device-token-0123456789abcdefghij";
    /** Nothing listens here: the tablet is offline unless a test points it at a server. */
    public static final String OFFLINE_SERVER = "http://127.0.0.1:9";

    /** Mrs Hollis's phonics pupils each have a support plan; its spring cycle is reviewed on Friday 11 February. */
    private static final List<UUID> PLANNED = List.of(AVA, LEO, ISLA, NOAH);
    public static final LocalDate PLAN_REVIEW = LocalDate.of(2028, 2, 11);
    private static final LocalDate YEAR_AGO = LocalDate.of(2027, 1, 11);
    private static final String[][] NURSERY_NAMES = {
            {"Amara", "Okoye"}, {"Ben", "Fletcher"}, {"Chloe", "Warren"}, {"Dev", "Sharma"}, {"Ellie", "Brooks"},
            {"Finn", "Gallagher"}, {"Grace", "Adebayo"}, {"Harry", "Quinn"}, {"Ivy", "Nolan"}, {"Jack", "Rowe"},
            {"Kiara", "Patel"}, {"Luca", "Moretti"}, {"Maisie", "Hart"}, {"Nate", "Ellis"}, {"Olivia", "Chen"},
            {"Oscar", "Lloyd"}, {"Poppy", "Marsh"}, {"Reuben", "Shaw"}, {"Sofia", "Nowak"}, {"Theo", "Barker"},
            {"Una", "Doyle"}, {"Vinnie", "Cole"}, {"Willow", "Price"}, {"Yusuf", "Ali"}, {"Zara", "Hughes"},
            {"Alfie", "Dean"}, {"Bella", "Frost"}, {"Caleb", "Ward"}, {"Daisy", "Lane"}, {"Elias", "Kerr"}};

    public final FakeClock clock = FakeClock.at("2028-01-17T08:40:00Z");
    public final AppDatabase db = TestDatabase.inMemory();
    public final Services services = new Services(RuntimeEnvironment.getApplication(), db, clock,
            new Tasks(Runnable::run, Runnable::run));
    private final RoomLocalApplier applier = new RoomLocalApplier(db, new SyncedTables(db));
    private long version = 1000;

    private SchoolFixture() {
    }

    /** Builds the school, enrols the tablet (offline by default) and installs it as the app's services. */
    public static SchoolFixture install() {
        SchoolFixture school = new SchoolFixture();
        school.services.credentials.saveEnrolment(OFFLINE_SERVER, DEVICE, DEVICE_TOKEN);
        school.seed();
        Services.install(school.services);
        return school;
    }

    /** Points the tablet at a (test) server. */
    public void serverAt(String url) {
        services.credentials.saveEnrolment(url, DEVICE, DEVICE_TOKEN);
    }

    public SignedIn signIn(UUID staffId) {
        StaffMember member = services.db.staff().signInList().stream()
                .filter(s -> s.id.equals(staffId.toString())).findFirst()
                .map(s -> StaffMemberJson.fromJson(JsonFields.parse(s.fieldsJson))).orElseThrow();
        SignedIn person = new SignedIn(staffId, SCHOOL, member.displayName(), member.roles(), true);
        services.signIn(person);
        return person;
    }

    public void close() {
        Services.install(null);
        db.close();
    }

    private void seed() {
        List<Change> staff = new ArrayList<>(List.of(
                change(EntityType.SCHOOL, SCHOOL, SchoolJson.toJson(new School(SCHOOL, "Larkfield Primary School", "999101",
                        SchoolPhase.PRIMARY))),
                staff(HOLLIS, "Mrs Hollis", Role.TEACHING_ASSISTANT),
                staff(OSEI, "Mr Osei", Role.TEACHING_ASSISTANT),
                staff(ADEYEMI, "Ms Adeyemi", Role.EARLY_YEARS_PRACTITIONER),
                staff(KAUR, "Mrs Kaur", Role.SENCO),
                staff(DUNN, "Mr Dunn", Role.TEACHER)));
        String[] assistants = {"Mr Bailey", "Mrs Carter", "Miss Evans", "Mrs Fraser", "Mrs Igwe", "Mr Lewis", "Mrs Moss",
                "Miss Rahman", "Mrs Walsh"};
        for (int i = 0; i < assistants.length; i++) {
            staff.add(staff(id(30 + i), assistants[i], Role.TEACHING_ASSISTANT));
        }
        staff.add(staff(id(40), "Ms Nair", Role.ADMIN));
        pull(SyncScope.device(), staff);
        seedHollisGroups();
        seedWholeClassGroup();
        seedNursery();
    }

    private void seedHollisGroups() {
        SyncScope scope = SyncScope.staff(HOLLIS);
        List<Change> changes = new ArrayList<>();
        changes.add(intervention(PHONICS, "Phonics catch-up (Year 2)", BroadArea.COGNITION_AND_LEARNING, LocalTime.of(9, 15), 30,
                DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY));
        changes.add(intervention(FLUENCY, "Reading fluency (Year 3)", BroadArea.COGNITION_AND_LEARNING, LocalTime.of(11, 0), 20,
                DayOfWeek.MONDAY));
        changes.add(intervention(LEGO, "Lego therapy (Year 4)", BroadArea.COMMUNICATION_AND_INTERACTION, LocalTime.of(13, 30), 45,
                DayOfWeek.TUESDAY, DayOfWeek.THURSDAY));
        changes.add(pupil(AVA, "Ava", "Thompson", YearGroup.Y2, "Oak"));
        changes.add(pupil(LEO, "Leo", "Marsh", YearGroup.Y2, "Oak"));
        changes.add(pupil(ISLA, "Isla", "Begum", YearGroup.Y2, "Elm"));
        changes.add(pupil(NOAH, "Noah", "Clarke", YearGroup.Y2, "Elm"));
        int n = 400;
        for (UUID pupil : List.of(AVA, LEO, ISLA, NOAH)) {
            changes.add(membership(id(n++), PHONICS, pupil));
        }
        String[][] others = {{"Maya", "Reid"}, {"Sam", "Whitaker"}, {"Zoe", "Fenton"}, {"Kai", "Bennett"},
                {"Ruby", "Hale"}, {"Eli", "Stone"}, {"Lily", "Yates"}};
        for (int i = 0; i < others.length; i++) {
            UUID pupil = id(110 + i);
            changes.add(pupil(pupil, others[i][0], others[i][1], i < 4 ? YearGroup.Y4 : YearGroup.Y3, i < 4 ? "Ash" : "Birch"));
            changes.add(membership(id(n++), i < 4 ? LEGO : FLUENCY, pupil));
        }
        for (UUID pupil : PLANNED) {
            changes.addAll(plan(pupil, pupil.equals(NOAH) ? SenProvision.E : SenProvision.K));
        }
        changes.add(need(id(500), AVA, NeedType.SPLD, 1));
        changes.add(need(id(501), AVA, NeedType.SLCN, 2));
        changes.add(need(id(502), LEO, NeedType.SEMH, 1));
        changes.add(need(id(503), ISLA, NeedType.MLD, 1));
        changes.add(need(id(504), NOAH, NeedType.SPLD, 1));
        changes.add(target(AVA_BLENDING, AVA, "Ava will blend three- and four-sound words with phase 3 graphemes so that she can read"
                + " decodable books on her own.", BroadArea.COGNITION_AND_LEARNING));
        changes.add(target(AVA_TRICKY_WORDS, AVA, "Ava will read the 20 phase 3 tricky words by sight.", BroadArea.COGNITION_AND_LEARNING));
        changes.add(target(LEO_BLENDING, LEO, "Leo will blend CVC words using sound buttons.", BroadArea.COGNITION_AND_LEARNING));
        changes.add(target(LEO_TURN_TAKING, LEO, "Leo will wait for his turn in a small group for five minutes.", BroadArea.SEMH));
        changes.add(target(ISLA_BLENDING, ISLA, "Isla will say the sounds of phase 2 graphemes without prompts.",
                BroadArea.COGNITION_AND_LEARNING));
        changes.add(target(NOAH_SEGMENTING, NOAH, "Noah will segment CVC words for spelling with a grapheme mat.",
                BroadArea.COGNITION_AND_LEARNING));
        changes.add(strategy(id(600), AVA, "Sound buttons under each grapheme; let her point as she blends.", "TA and class teacher"));
        changes.add(strategy(id(601), AVA, "Seat her near the front, away from the door: noise breaks her focus.", "Class teacher"));
        changes.add(strategy(id(602), LEO, "Give a five-minute warning before the group ends; use a sand timer.", "TA"));
        pull(scope, changes);
        pull(scope, yearOfPhonicsSessions());
    }

    /** Three sessions a week in term time since January 2027, so Ava's profile lists a year of them. */
    private List<Change> yearOfPhonicsSessions() {
        Random random = new Random(17);
        List<Change> sessions = new ArrayList<>();
        int n = 10_000;
        for (LocalDate day = YEAR_AGO; day.isBefore(TODAY); day = day.plusDays(1)) {
            DayOfWeek dow = day.getDayOfWeek();
            boolean meets = dow == DayOfWeek.MONDAY || dow == DayOfWeek.WEDNESDAY || dow == DayOfWeek.FRIDAY;
            if (!meets || holiday(day)) {
                continue;
            }
            boolean avaIll = random.nextInt(12) == 0;
            List<Attendance> attendance = List.of(
                    avaIll ? Attendance.absent(AVA, AbsenceReason.ILL) : Attendance.present(AVA),
                    Attendance.present(LEO), Attendance.present(ISLA), Attendance.present(NOAH));
            List<TargetRating> ratings = new ArrayList<>();
            if (!avaIll) {
                ratings.add(new TargetRating(AVA, AVA_BLENDING, Rating.values()[Math.min(3, random.nextInt(3) + day.getMonthValue() / 6)]));
                ratings.add(new TargetRating(AVA, AVA_TRICKY_WORDS, Rating.values()[random.nextInt(4)]));
            }
            ratings.add(new TargetRating(LEO, LEO_BLENDING, Rating.values()[random.nextInt(4)]));
            boolean concern = random.nextInt(40) == 0;
            SessionLog log = new SessionLog(id(n++), PHONICS, day, LocalTime.of(9, 15), 30, HOLLIS, attendance, ratings,
                    random.nextInt(3) == 0 ? "Practised blending with sound buttons; Noah used the grapheme mat." : null,
                    concern, concern ? "Leo was upset after break and would not join in." : null,
                    day.atTime(9, 50).toInstant(ZoneOffset.UTC), DEVICE);
            sessions.add(change(EntityType.SESSION_LOG, log.id(), SessionLogJson.toJson(log)));
        }
        return sessions;
    }

    /** The fictional school's 2027 holidays: half terms, Easter, summer and Christmas. */
    private static boolean holiday(LocalDate day) {
        int month = day.getMonthValue();
        int date = day.getDayOfMonth();
        return month == 8
                || (month == 12 && date >= 18) || (month == 1 && date <= 4 && day.getYear() == 2028)
                || (month == 2 && date >= 15 && date <= 19)
                || (month == 4 && date <= 16)
                || (month == 5 && date >= 31) || (month == 6 && date <= 4)
                || (month == 7 && date >= 21)
                || (month == 10 && date >= 25 && date <= 29);
    }

    private void seedWholeClassGroup() {
        String[] first = {"Aisha", "Billy", "Callum", "Demi", "Ethan", "Freya", "George", "Hana", "Isaac", "Jasmine"};
        String[] last = {"Archer", "Bishop", "Cooper"};
        List<Change> changes = new ArrayList<>();
        changes.add(intervention(LISTENING, "Listening and attention (Year 1)", BroadArea.COMMUNICATION_AND_INTERACTION,
                LocalTime.of(14, 0), 20, WALSH, 30, DayOfWeek.MONDAY));
        for (int i = 0; i < 30; i++) {
            UUID pupil = id(800 + i);
            changes.add(pupil(pupil, first[i % first.length], last[i / first.length], YearGroup.Y1, "Willow"));
            changes.add(membership(id(900 + i), LISTENING, pupil));
        }
        pull(SyncScope.staff(WALSH), changes);
    }

    private void seedNursery() {
        List<Change> changes = new ArrayList<>();
        for (int i = 0; i < NURSERY_NAMES.length; i++) {
            UUID child = id(700 + i);
            changes.add(pupil(child, NURSERY_NAMES[i][0], NURSERY_NAMES[i][1], i % 2 == 0 ? YearGroup.N1 : YearGroup.N2, NURSERY_ROOM));
        }
        pull(SyncScope.staff(ADEYEMI), changes);
    }

    /**
     * Eight groups for Mrs Carter today, from 08:45 to 15:10, with long names where a real school
     * has them: a Today screen that must scroll, wrap and shorten well.
     */
    public void fullMondayForCarter() {
        String[] groups = {"Precision teaching: number bonds", "Speech and language: narrative and vocabulary for Years 3"
                + " and 4 (cover for Mrs Igwe on her course)", "Fine motor skills", "Nurture breakfast",
                "Zones of regulation", "Handwriting (Year 5)", "Social communication: Lego therapy", "Maths catch-up (Year 6)"};
        BroadArea[] areas = {BroadArea.COGNITION_AND_LEARNING, BroadArea.COMMUNICATION_AND_INTERACTION,
                BroadArea.SENSORY_AND_PHYSICAL, BroadArea.SEMH, BroadArea.SEMH, BroadArea.SENSORY_AND_PHYSICAL,
                BroadArea.COMMUNICATION_AND_INTERACTION, BroadArea.COGNITION_AND_LEARNING};
        String[][] pupils = {{"Maximilian-Alexander", "Fotheringham-Worthington"}, {"Jo", "Li"}, {"Priya", "Ramasubramanian"},
                {"Tom", "Eze"}, {"Anastasia", "Kowalczyk-Dąbrowska"}, {"Ben", "Ng"}};
        List<Change> changes = new ArrayList<>();
        for (int g = 0; g < groups.length; g++) {
            UUID group = id(1100 + g);
            changes.add(intervention(group, groups[g], areas[g],
                    LocalTime.of(8, 45).plusMinutes(55L * g), 30, CARTER, 6, DayOfWeek.MONDAY));
            for (int p = 0; p < pupils.length; p++) {
                UUID pupil = id(1200 + g * 10 + p);
                changes.add(pupil(pupil, pupils[p][0], pupils[p][1], YearGroup.Y4, "Hawthorn"));
                changes.add(membership(id(1300 + g * 10 + p), group, pupil));
            }
        }
        pull(SyncScope.staff(CARTER), changes);
    }

    private void pull(SyncScope scope, List<Change> changes) {
        for (int from = 0; from < changes.size(); from += 500) {
            applier.apply(scope, new PullResponse(changes.subList(from, Math.min(changes.size(), from + 500)), List.of(),
                    "fixture-" + version, false, false, null));
        }
    }

    private Change change(EntityType type, UUID id, JsonObject fields) {
        return new Change(type, id, ++version, false, fields);
    }

    private Change staff(UUID id, String name, Role role) {
        String email = name.toLowerCase(Locale.UK).replaceAll("[^a-z]", "") + "@larkfield.example.org";
        return change(EntityType.STAFF, id, StaffMemberJson.toJson(new StaffMember(id, SCHOOL, name, email, Set.of(role))));
    }

    private Change pupil(UUID id, String first, String last, YearGroup year, String className) {
        LocalDate born = year.isEarlyYears() ? LocalDate.of(2024, 3, 1) : LocalDate.of(2020, 5, 12);
        return change(EntityType.PUPIL, id, PupilJson.toJson(new Pupil(id, SCHOOL, first, last, null, born, year, className,
                null, PupilFlags.NONE, null)));
    }

    private Change intervention(UUID id, String name, BroadArea area, LocalTime at, int minutes, DayOfWeek... days) {
        return intervention(id, name, area, at, minutes, HOLLIS, 6, days);
    }

    private Change intervention(UUID id, String name, BroadArea area, LocalTime at, int minutes, UUID lead, int size,
                                DayOfWeek... days) {
        Schedule schedule = new Schedule(EnumSet.copyOf(List.of(days)), days.length, minutes, YEAR_AGO, null, 78, at);
        return change(EntityType.INTERVENTION, id, InterventionJson.toJson(new Intervention(id, SCHOOL, name, area,
                "Pupils close the gap with their class in " + area.label().toLowerCase(Locale.UK) + ".",
                new Assessment("Larkfield reading check", "months", true), List.of(lead), schedule, new Costs(1_850, 6_000),
                size, InterventionStatus.RUNNING)));
    }

    private Change membership(UUID id, UUID intervention, UUID pupil) {
        return change(EntityType.GROUP_MEMBERSHIP, id, GroupMembershipJson.toJson(
                new GroupMembership(id, intervention, pupil, YEAR_AGO, null, null, null)));
    }

    private Change need(UUID id, UUID pupil, NeedType type, int rank) {
        return change(EntityType.SEN_NEED, id, RankedNeedJson.toJson(new RankedNeed(id, pupil, type, rank, LocalDate.of(2026, 9, 3), null)));
    }

    private Change target(UUID id, UUID pupil, String outcome, BroadArea area) {
        return change(EntityType.PLAN_TARGET, id, TargetJson.toJson(new Target(id, cycleOf(pupil), pupil, outcome, area,
                "Weekly check with the TA", null, null, PLAN_REVIEW, TargetStatus.ACTIVE)));
    }

    private Change strategy(UUID id, UUID pupil, String text, String who) {
        return change(EntityType.PLAN_STRATEGY, id, StrategyJson.toJson(new Strategy(id, pupil, cycleOf(pupil), text, who)));
    }

    /** The pupil's SEN provision since September, support plan, and its open spring cycle. */
    private List<Change> plan(UUID pupil, SenProvision provision) {
        int k = PLANNED.indexOf(pupil);
        UUID plan = id(300 + k);
        return List.of(
                change(EntityType.SEN_PROVISION, id(320 + k), ProvisionEntryJson.toJson(
                        new ProvisionEntry(id(320 + k), pupil, provision, LocalDate.of(2026, 9, 3), null))),
                change(EntityType.SUPPORT_PLAN, plan, SupportPlanJson.toJson(new SupportPlan(plan, pupil))),
                change(EntityType.PLAN_CYCLE, cycleOf(pupil), PlanCycleJson.toJson(new PlanCycle(cycleOf(pupil), plan,
                        LocalDate.of(2028, 1, 5), PLAN_REVIEW, CycleStage.DO))));
    }

    private static UUID cycleOf(UUID pupil) {
        return id(310 + PLANNED.indexOf(pupil));
    }

    static UUID id(int n) {
        return UUID.fromString(String.format(Locale.ROOT, "7e620000-0000-4000-8000-%012d", n));
    }
}
