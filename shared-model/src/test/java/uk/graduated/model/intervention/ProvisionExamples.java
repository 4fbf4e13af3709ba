package uk.graduated.model.intervention;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import uk.graduated.model.sen.BroadArea;

/**
 * Fictional provision-map data for tests here and in the server's and the app's tests: one
 * school, one TA, three pupils and builders whose defaults form a valid record, so a test
 * changes only the field it is about.
 */
public final class ProvisionExamples {
    public static final UUID SCHOOL_ID = UUID.fromString("5c4b0a1e-0000-4000-8000-000000000001");
    public static final UUID TA_ID = UUID.fromString("5c4b0a1e-0000-4000-8000-0000000000a1");
    public static final UUID SECOND_TA_ID = UUID.fromString("5c4b0a1e-0000-4000-8000-0000000000a2");
    public static final UUID INTERVENTION_ID = UUID.fromString("5c4b0a1e-0000-4000-8000-0000000000b1");
    public static final UUID PUPIL_A = UUID.fromString("5c4b0a1e-0000-4000-8000-0000000000c1");
    public static final UUID PUPIL_B = UUID.fromString("5c4b0a1e-0000-4000-8000-0000000000c2");
    public static final UUID PUPIL_C = UUID.fromString("5c4b0a1e-0000-4000-8000-0000000000c3");
    /** Monday 10 January 2028, the first day of a fictional spring term. */
    public static final LocalDate TERM_START = LocalDate.of(2028, 1, 10);

    private ProvisionExamples() {
    }

    /** Reading age in months: higher is better. */
    public static Assessment readingAge() {
        return new Assessment("Larkfield reading check", "months", true);
    }

    /** Errors per minute on a number-fact probe: lower is better. */
    public static Assessment errorsPerMinute() {
        return new Assessment("Number-fact fluency probe", "errors per minute", false);
    }

    /** GBP 18.50 an hour for a TA, GBP 120 of books. */
    public static Costs costs() {
        return new Costs(1_850, 12_000);
    }

    public static ScheduleBuilder schedule() {
        return new ScheduleBuilder();
    }

    public static InterventionBuilder intervention() {
        return new InterventionBuilder();
    }

    public static MembershipBuilder membership() {
        return new MembershipBuilder();
    }

    /** Monday, Wednesday and Friday, 30 minutes, for 10 weeks from {@link #TERM_START}. */
    public static final class ScheduleBuilder {
        private Set<DayOfWeek> days = EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY);
        private int sessionsPerWeek = 3;
        private int minutesPerSession = 30;
        private LocalDate startDate = TERM_START;
        private LocalDate endDate;
        private Integer weeks = 10;
        private LocalTime startTime = LocalTime.of(9, 15);

        public ScheduleBuilder days(DayOfWeek... days) {
            this.days = Set.of(days);
            return this;
        }

        public ScheduleBuilder days(Set<DayOfWeek> days) {
            this.days = days;
            return this;
        }

        public ScheduleBuilder sessionsPerWeek(int sessionsPerWeek) {
            this.sessionsPerWeek = sessionsPerWeek;
            return this;
        }

        public ScheduleBuilder minutesPerSession(int minutesPerSession) {
            this.minutesPerSession = minutesPerSession;
            return this;
        }

        public ScheduleBuilder startDate(LocalDate startDate) {
            this.startDate = startDate;
            return this;
        }

        /** Ends on a fixed date instead of after a number of weeks. */
        public ScheduleBuilder endDate(LocalDate endDate) {
            this.endDate = endDate;
            this.weeks = null;
            return this;
        }

        /** Ends after a number of teaching weeks instead of on a fixed date. */
        public ScheduleBuilder weeks(Integer weeks) {
            this.weeks = weeks;
            this.endDate = null;
            return this;
        }

        /** Sets both ends at once, to test the rule that only one may be given. */
        public ScheduleBuilder endDateAndWeeks(LocalDate endDate, Integer weeks) {
            this.endDate = endDate;
            this.weeks = weeks;
            return this;
        }

        public ScheduleBuilder startTime(LocalTime startTime) {
            this.startTime = startTime;
            return this;
        }

        public Schedule build() {
            return new Schedule(days, sessionsPerWeek, minutesPerSession, startDate, endDate, weeks, startTime);
        }
    }

    /** A running phonics catch-up group for up to six pupils, led by {@link #TA_ID}. */
    public static final class InterventionBuilder {
        private UUID id = INTERVENTION_ID;
        private UUID schoolId = SCHOOL_ID;
        private String name = "Phonics catch-up (Year 2)";
        private BroadArea areaOfNeed = BroadArea.COGNITION_AND_LEARNING;
        private String intendedOutcome = "Reads phase 5 graphemes accurately and blends them in unfamiliar words.";
        private Assessment assessment = readingAge();
        private List<UUID> leadStaffIds = List.of(TA_ID);
        private Schedule schedule = ProvisionExamples.schedule().build();
        private Costs costs = ProvisionExamples.costs();
        private int maxGroupSize = 6;
        private InterventionStatus status = InterventionStatus.RUNNING;

        public InterventionBuilder id(UUID id) {
            this.id = id;
            return this;
        }

        public InterventionBuilder schoolId(UUID schoolId) {
            this.schoolId = schoolId;
            return this;
        }

        public InterventionBuilder name(String name) {
            this.name = name;
            return this;
        }

        public InterventionBuilder areaOfNeed(BroadArea areaOfNeed) {
            this.areaOfNeed = areaOfNeed;
            return this;
        }

        public InterventionBuilder intendedOutcome(String intendedOutcome) {
            this.intendedOutcome = intendedOutcome;
            return this;
        }

        public InterventionBuilder assessment(Assessment assessment) {
            this.assessment = assessment;
            return this;
        }

        public InterventionBuilder leadStaffIds(List<UUID> leadStaffIds) {
            this.leadStaffIds = leadStaffIds;
            return this;
        }

        public InterventionBuilder schedule(Schedule schedule) {
            this.schedule = schedule;
            return this;
        }

        public InterventionBuilder costs(Costs costs) {
            this.costs = costs;
            return this;
        }

        public InterventionBuilder maxGroupSize(int maxGroupSize) {
            this.maxGroupSize = maxGroupSize;
            return this;
        }

        public InterventionBuilder status(InterventionStatus status) {
            this.status = status;
            return this;
        }

        public Intervention build() {
            return new Intervention(id, schoolId, name, areaOfNeed, intendedOutcome, assessment, leadStaffIds,
                    schedule, costs, maxGroupSize, status);
        }
    }

    /** {@link #PUPIL_A} in the group from the first day, reading age 84 months on entry, 90 on exit. */
    public static final class MembershipBuilder {
        private UUID id = UUID.fromString("5c4b0a1e-0000-4000-8000-0000000000d1");
        private UUID interventionId = INTERVENTION_ID;
        private UUID pupilId = PUPIL_A;
        private LocalDate joinedOn = TERM_START;
        private LocalDate leftOn = TERM_START.plusWeeks(10);
        private Score entry = Score.of("84", TERM_START);
        private Score exit = Score.of("90", TERM_START.plusWeeks(10));

        public MembershipBuilder id(UUID id) {
            this.id = id;
            return this;
        }

        public MembershipBuilder interventionId(UUID interventionId) {
            this.interventionId = interventionId;
            return this;
        }

        public MembershipBuilder pupilId(UUID pupilId) {
            this.pupilId = pupilId;
            return this;
        }

        public MembershipBuilder joinedOn(LocalDate joinedOn) {
            this.joinedOn = joinedOn;
            return this;
        }

        public MembershipBuilder leftOn(LocalDate leftOn) {
            this.leftOn = leftOn;
            return this;
        }

        public MembershipBuilder entry(Score entry) {
            this.entry = entry;
            return this;
        }

        public MembershipBuilder entry(String value, LocalDate takenOn) {
            return entry(Score.of(value, takenOn));
        }

        public MembershipBuilder exit(Score exit) {
            this.exit = exit;
            return this;
        }

        public MembershipBuilder exit(String value, LocalDate takenOn) {
            return exit(Score.of(value, takenOn));
        }

        public GroupMembership build() {
            return new GroupMembership(id, interventionId, pupilId, joinedOn, leftOn, entry, exit);
        }
    }
}
