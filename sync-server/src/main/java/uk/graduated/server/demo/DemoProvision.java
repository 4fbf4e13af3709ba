package uk.graduated.server.demo;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import uk.graduated.model.intervention.Assessment;
import uk.graduated.model.intervention.Costs;
import uk.graduated.model.intervention.GroupMembership;
import uk.graduated.model.intervention.Intervention;
import uk.graduated.model.intervention.InterventionStatus;
import uk.graduated.model.intervention.PlannedSessions;
import uk.graduated.model.intervention.Schedule;
import uk.graduated.model.intervention.Score;
import uk.graduated.model.plan.Target;
import uk.graduated.model.pupil.Pupil;
import uk.graduated.model.school.Role;
import uk.graduated.model.sen.BroadArea;
import uk.graduated.model.sen.RankedNeed;
import uk.graduated.model.session.AbsenceReason;
import uk.graduated.model.session.Attendance;
import uk.graduated.model.session.AttendanceStatus;
import uk.graduated.model.session.Rating;
import uk.graduated.model.session.SessionLog;
import uk.graduated.model.session.TargetRating;
import uk.graduated.server.demo.DemoSchoolGenerator.DemoCalendar;

/** The provision map: interventions, their groups with entry and exit scores, and a term of sessions. */
record DemoProvision(List<Intervention> interventions, List<GroupMembership> memberships, List<SessionLog> sessions) {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private record Kind(String name, BroadArea area, String outcome, Assessment assessment, DayOfWeek[] days,
                        int minutes, LocalTime time, long resourcesPence, double entry, double gain) {
    }

    private static final List<Kind> KINDS = List.of(
            new Kind("Precision Teaching: reading", BroadArea.COGNITION_AND_LEARNING, "Reads high-frequency words fluently",
                    new Assessment("High-frequency words read in a minute", "words", true),
                    new DayOfWeek[] {DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY},
                    10, LocalTime.of(9, 10), 2_500, 18, 14),
            new Kind("Phonics catch-up", BroadArea.COGNITION_AND_LEARNING, "Passes the phonics screening check",
                    new Assessment("Phonics screening check", "marks out of 40", true),
                    new DayOfWeek[] {DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY}, 20, LocalTime.of(10, 45), 6_000, 19, 9),
            new Kind("Talk Boost KS1", BroadArea.COMMUNICATION_AND_INTERACTION, "Listens, understands and speaks in sentences",
                    new Assessment("Talk Boost language score", "points", true),
                    new DayOfWeek[] {DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY}, 30, LocalTime.of(13, 30), 32_000, 21, 8),
            new Kind("Lego-based therapy", BroadArea.COMMUNICATION_AND_INTERACTION, "Collaborates and communicates with peers",
                    new Assessment("Social communication rating", "1-10 scale", true),
                    new DayOfWeek[] {DayOfWeek.WEDNESDAY}, 45, LocalTime.of(14, 0), 15_000, 3.5, 2.5),
            new Kind("Zones of Regulation group", BroadArea.SEMH, "Recognises feelings and chooses a calming strategy",
                    new Assessment("Emotional literacy checklist", "points", true),
                    new DayOfWeek[] {DayOfWeek.MONDAY, DayOfWeek.THURSDAY}, 30, LocalTime.of(11, 0), 4_500, 12, 7),
            new Kind("Nurture breakfast group", BroadArea.SEMH, "Starts the day settled and ready to learn",
                    new Assessment("SDQ total difficulties", "SDQ points (lower is better)", false),
                    new DayOfWeek[] {DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY},
                    20, LocalTime.of(8, 30), 20_000, 21, -6),
            new Kind("Clever Hands fine motor", BroadArea.SENSORY_AND_PHYSICAL, "Controls a pencil and scissors with confidence",
                    new Assessment("Fine motor checklist", "points", true),
                    new DayOfWeek[] {DayOfWeek.TUESDAY, DayOfWeek.THURSDAY}, 20, LocalTime.of(14, 45), 8_000, 10, 6),
            new Kind("Number sense catch-up", BroadArea.COGNITION_AND_LEARNING, "Secure in place value and number bonds",
                    new Assessment("Standardised maths score", "standardised score", true),
                    new DayOfWeek[] {DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY}, 30, LocalTime.of(11, 15), 12_000, 82, 6),
            new Kind("Speech sounds programme", BroadArea.COMMUNICATION_AND_INTERACTION, "Produces target sounds accurately in words",
                    new Assessment("Target sound accuracy", "% correct", true),
                    new DayOfWeek[] {DayOfWeek.TUESDAY, DayOfWeek.FRIDAY}, 15, LocalTime.of(9, 30), 3_000, 35, 30),
            new Kind("Handwriting group", BroadArea.SENSORY_AND_PHYSICAL, "Writes legibly at a comfortable speed",
                    new Assessment("Handwriting speed", "words per minute", true),
                    new DayOfWeek[] {DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY}, 20, LocalTime.of(13, 15), 5_500, 7, 3),
            new Kind("Paired reading fluency", BroadArea.COGNITION_AND_LEARNING, "Closes the gap between reading age and age",
                    new Assessment("Reading age", "months", true),
                    new DayOfWeek[] {DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.THURSDAY}, 20, LocalTime.of(15, 0), 9_000, 78, 7),
            new Kind("Friendship group", BroadArea.SEMH, "Makes and keeps friends at playtime",
                    new Assessment("Friendship rating", "1-10 scale", true),
                    new DayOfWeek[] {DayOfWeek.FRIDAY}, 40, LocalTime.of(14, 15), 3_500, 4, 2));

    static DemoProvision build(DemoIds ids, Random random, UUID schoolId, List<DemoStaff> staff, List<DemoDevice> devices,
                               DemoRegister register, DemoCalendar calendar, DemoSize size) {
        List<DemoStaff> assistants = new ArrayList<>();
        for (DemoStaff s : staff) {
            if (s.member().roles().contains(Role.TEACHING_ASSISTANT)) {
                assistants.add(s);
            }
        }
        DemoProvision p = new DemoProvision(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (int i = 0; i < size.interventions(); i++) {
            Kind kind = KINDS.get(i % KINDS.size());
            // Every fourth ran last half-term and has ended with exit scores; the rest run this term.
            boolean ended = i % 4 == 3;
            LocalDate start = ended ? calendar.termStart() : calendar.termStart().plusWeeks(1);
            LocalDate end = ended ? calendar.halfTerm().start().minusDays(1) : calendar.lastDay().plusWeeks(4);
            Schedule schedule = new Schedule(DemoCalendar.days(kind.days()), kind.days().length, kind.minutes(),
                    start, end, null, kind.time());
            DemoStaff lead = assistants.get(i % assistants.size());
            String name = size.interventions() > KINDS.size() ? kind.name() + " " + (i / KINDS.size() + 1) : kind.name();
            Intervention intervention = new Intervention(ids.next(), schoolId, name, kind.area(), kind.outcome(), kind.assessment(),
                    List.of(lead.member().id()), schedule, new Costs(1450 + random.nextInt(4) * 50L, kind.resourcesPence()), 6,
                    ended ? InterventionStatus.ENDED : InterventionStatus.RUNNING);
            p.interventions.add(intervention);
            List<Pupil> group = p.group(ids, random, intervention, kind, register, start, ended ? end : null);
            p.sessions(ids, random, intervention, kind, group, register, lead, devices.get(i % 3), calendar);
        }
        return p;
    }

    private List<Pupil> group(DemoIds ids, Random random, Intervention intervention, Kind kind, DemoRegister register,
                              LocalDate start, LocalDate end) {
        List<Pupil> candidates = new ArrayList<>();
        for (Pupil pupil : register.registerPupils()) {
            if (primaryArea(register, pupil.id()) == kind.area()) {
                candidates.add(pupil);
            }
        }
        if (candidates.size() < 3) {
            candidates.addAll(register.registerPupils());
        }
        Collections.shuffle(candidates, random);
        int size = Math.min(candidates.size(), 3 + random.nextInt(3));
        List<Pupil> group = new ArrayList<>(candidates.subList(0, size));
        for (Pupil pupil : group) {
            double entry = kind.entry() + random.nextGaussian() * Math.abs(kind.entry()) * 0.15;
            Score entryScore = new Score(scale(entry), start.minusDays(3));
            Score exitScore = null;
            if (end != null) {
                double exit = entry + kind.gain() * (0.4 + random.nextDouble());
                exitScore = new Score(scale(exit), end);
            }
            memberships.add(new GroupMembership(ids.next(), intervention.id(), pupil.id(), start, end, entryScore, exitScore));
        }
        return group;
    }

    private static BigDecimal scale(double value) {
        return BigDecimal.valueOf(Math.max(0, Math.round(value * 10) / 10.0));
    }

    private static BroadArea primaryArea(DemoRegister register, UUID pupilId) {
        for (RankedNeed need : register.needs()) {
            if (need.pupilId().equals(pupilId) && need.rank() == 1) {
                return need.type().broadArea().orElse(null);
            }
        }
        return null;
    }

    private void sessions(DemoIds ids, Random random, Intervention intervention, Kind kind, List<Pupil> group,
                          DemoRegister register, DemoStaff lead, DemoDevice device, DemoCalendar calendar) {
        LocalDate to = intervention.schedule().endDate().isBefore(calendar.lastDay()) ? intervention.schedule().endDate() : calendar.lastDay();
        List<LocalDate> planned = PlannedSessions.dates(intervention.schedule(), calendar.schoolCalendar(),
                intervention.schedule().startDate(), to);
        for (int n = 0; n < planned.size(); n++) {
            if (random.nextInt(100) < 9) {
                continue; // not delivered: TA off sick, class trip, assembly
            }
            LocalDate date = planned.get(n);
            double progress = planned.size() == 1 ? 1 : (double) n / (planned.size() - 1);
            List<Attendance> attendance = new ArrayList<>();
            List<TargetRating> ratings = new ArrayList<>();
            for (Pupil pupil : group) {
                if (random.nextInt(100) < 8) {
                    attendance.add(new Attendance(pupil.id(), AttendanceStatus.ABSENT,
                            random.nextBoolean() ? AbsenceReason.ILL : AbsenceReason.CLASS_ACTIVITY, null));
                    continue;
                }
                attendance.add(new Attendance(pupil.id(), AttendanceStatus.PRESENT, null, null));
                for (Target target : register.targets()) {
                    if (target.pupilId().equals(pupil.id()) && target.areaOfNeed() == kind.area()) {
                        int value = (int) Math.round(1 + progress * 2.6 + random.nextGaussian() * 0.6);
                        Rating rating = Rating.fromValue(Math.max(1, Math.min(4, value))).orElseThrow();
                        ratings.add(new TargetRating(pupil.id(), target.id(), rating));
                    }
                }
            }
            boolean concern = random.nextInt(100) < 2;
            int minutes = random.nextInt(10) == 0 ? Math.max(5, intervention.schedule().minutesPerSession() - 5)
                    : intervention.schedule().minutesPerSession();
            LocalTime start = kind.time();
            sessions.add(new SessionLog(ids.next(), intervention.id(), date, start, minutes, lead.member().id(), attendance,
                    ratings, DemoNames.pick(random, DemoTexts.SESSION_NOTES), concern,
                    concern ? DemoNames.pick(random, DemoTexts.CONCERNS) : null,
                    date.atTime(start.plusMinutes(minutes + 2)).atZone(LONDON).toInstant(), device.id()));
        }
    }
}
