package uk.graduated.server.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import uk.graduated.model.intervention.DateRange;
import uk.graduated.model.intervention.SchoolCalendar;
import uk.graduated.server.school.SchoolDates;
import uk.graduated.model.pupil.Pupil;
import uk.graduated.model.pupil.PupilFlags;
import uk.graduated.model.pupil.Upn;
import uk.graduated.model.pupil.YearGroup;
import uk.graduated.model.school.Role;
import uk.graduated.model.school.School;
import uk.graduated.model.school.SchoolPhase;
import uk.graduated.model.school.StaffMember;

/**
 * Makes a realistic fictional primary school with a nursery, the same for the same seed and
 * reference date: staff, pupils, the SEN register with plans, the provision map with a term of
 * sessions, and the nursery room's observations.
 */
public final class DemoSchoolGenerator {
    static final String NURSERY_ROOM = "Acorns";
    static final List<String> CLASSES = List.of("Robins", "Wrens", "Kingfishers", "Oak", "Ash", "Birch", "Cedar");
    private static final List<YearGroup> YEARS = List.of(
            YearGroup.R, YearGroup.Y1, YearGroup.Y2, YearGroup.Y3, YearGroup.Y4, YearGroup.Y5, YearGroup.Y6);
    private static final String EMAIL_DOMAIN = "fernhill-primary.example";

    private DemoSchoolGenerator() {
    }

    public static DemoSchool generate(long seed, LocalDate referenceDate, DemoSize size) {
        Random random = new Random(seed);
        DemoIds ids = new DemoIds(seed);
        School school = new School(ids.next(), "Fernhill Primary School and Nursery", "999123", SchoolPhase.PRIMARY);
        DemoCalendar calendar = DemoCalendar.endingBefore(referenceDate);

        List<DemoStaff> staff = staff(ids, random, school.id());
        List<DemoDevice> devices = List.of(
                new DemoDevice(ids.next(), "KS1 corridor tablet"),
                new DemoDevice(ids.next(), "KS2 tablet"),
                new DemoDevice(ids.next(), "SEN room tablet"),
                new DemoDevice(ids.next(), "Acorns room tablet"));
        List<Pupil> pupils = pupils(ids, random, school.id(), calendar.academicYearStart(), size);

        DemoRegister register = DemoRegister.build(ids, random, pupils, calendar, size);
        DemoProvision provision = DemoProvision.build(ids, random, school.id(), staff, devices, register, calendar, size);
        DemoEarlyYears earlyYears = DemoEarlyYears.build(ids, random, school.id(), staff, devices.get(3), pupils, calendar);

        return new DemoSchool(referenceDate, school, staff, devices, pupils,
                register.provisions(), register.needs(), register.plans(), register.cycles(), register.targets(),
                register.strategies(), register.ehcPlans(), provision.interventions(), provision.memberships(),
                provision.sessions(), earlyYears.observations(), register.contacts(staff.get(0).member().id()));
    }

    private static List<DemoStaff> staff(DemoIds ids, Random random, UUID schoolId) {
        List<DemoStaff> staff = new ArrayList<>();
        staff.add(person(ids, schoolId, "Helen Marchbank", Set.of(Role.SENCO), List.of(), "2468"));
        staff.add(person(ids, schoolId, "Office Admin", Set.of(Role.ADMIN), List.of(), "1357"));
        for (int i = 0; i < 16; i++) {
            String name = DemoNames.pick(random, DemoNames.FIRST) + " " + DemoNames.pick(random, DemoNames.LAST);
            staff.add(person(ids, schoolId, name, Set.of(Role.TEACHING_ASSISTANT), List.of(), String.format(Locale.ROOT, "%04d", 1000 + i * 37)));
        }
        for (String className : CLASSES) {
            String name = (random.nextBoolean() ? "Mr " : "Ms ") + DemoNames.pick(random, DemoNames.LAST);
            staff.add(person(ids, schoolId, name, Set.of(Role.TEACHER), List.of(className), "2020"));
        }
        for (int i = 0; i < 3; i++) {
            String name = DemoNames.pick(random, DemoNames.FIRST) + " " + DemoNames.pick(random, DemoNames.LAST);
            staff.add(person(ids, schoolId, name, Set.of(Role.EARLY_YEARS_PRACTITIONER), List.of(NURSERY_ROOM), "3030"));
        }
        return staff;
    }

    private static DemoStaff person(DemoIds ids, UUID schoolId, String name, Set<Role> roles, List<String> classes, String pin) {
        String email = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", ".").replaceAll("^\\.|\\.$", "") + "@" + EMAIL_DOMAIN;
        UUID id = ids.next();
        // Two staff can share a made-up name; the id keeps their emails apart.
        email = email.replace("@", "." + id.toString().substring(0, 4) + "@");
        return new DemoStaff(new StaffMember(id, schoolId, name, email, roles), classes, pin);
    }

    private static List<Pupil> pupils(DemoIds ids, Random random, UUID schoolId, LocalDate yearStart, DemoSize size) {
        List<Pupil> pupils = new ArrayList<>();
        int serial = 0;
        for (int y = 0; y < YEARS.size(); y++) {
            for (int i = 0; i < size.pupilsPerYear(); i++) {
                int ageOnFirstSeptember = 4 + y;
                pupils.add(pupil(ids, random, schoolId, YEARS.get(y), CLASSES.get(y), birthDate(random, yearStart, ageOnFirstSeptember), serial++));
            }
        }
        for (int i = 0; i < size.nurseryChildren(); i++) {
            boolean younger = i < size.nurseryChildren() * 2 / 5;
            pupils.add(pupil(ids, random, schoolId, younger ? YearGroup.N1 : YearGroup.N2, NURSERY_ROOM,
                    birthDate(random, yearStart, younger ? 2 : 3), serial++));
        }
        return pupils;
    }

    private static Pupil pupil(DemoIds ids, Random random, UUID schoolId, YearGroup year, String className, LocalDate dob, int serial) {
        boolean lookedAfter = random.nextInt(100) < 2;
        boolean previouslyLookedAfter = !lookedAfter && random.nextInt(100) < 2;
        PupilFlags flags = new PupilFlags(lookedAfter, previouslyLookedAfter, random.nextInt(100) < 24, random.nextInt(100) < 21);
        // Fictional LA 999 and establishment 012: never a real pupil's number, but a valid check letter.
        Upn upn = Upn.withCheckLetter(String.format(Locale.ROOT, "99918012%04d", serial));
        String preferred = random.nextInt(10) == 0 ? DemoNames.pick(random, DemoNames.FIRST) : null;
        return new Pupil(ids.next(), schoolId, DemoNames.pick(random, DemoNames.FIRST), DemoNames.pick(random, DemoNames.LAST),
                preferred, dob, year, className, year == YearGroup.N1 ? null : upn, flags, null);
    }

    private static LocalDate birthDate(Random random, LocalDate yearStart, int ageOnFirstSeptember) {
        // Born in the year that ends on 31 August, ageOnFirstSeptember + 1 years before the year starts.
        LocalDate earliest = yearStart.minusYears(ageOnFirstSeptember + 1L);
        return earliest.plusDays(random.nextInt(365));
    }

    /** The autumn-like term that ends the day before the reference date, with a half-term week. */
    record DemoCalendar(LocalDate academicYearStart, LocalDate termStart, LocalDate lastDay, DateRange halfTerm) {
        static DemoCalendar endingBefore(LocalDate referenceDate) {
            LocalDate termStart = referenceDate.minusWeeks(11).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            LocalDate halfTermMonday = termStart.plusWeeks(6);
            int startYear = referenceDate.getMonthValue() >= 9 ? referenceDate.getYear() : referenceDate.getYear() - 1;
            return new DemoCalendar(LocalDate.of(startYear, 9, 1), termStart, referenceDate.minusDays(1),
                    DateRange.of(halfTermMonday, halfTermMonday.plusDays(4)));
        }

        /**
         * The dates the demo school has entered: the whole autumn-like term (it runs on after the
         * reference date) and its half-term.
         */
        SchoolDates schoolDates() {
            LocalDate termEnd = termStart.plusWeeks(14).with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));
            return new SchoolDates(List.of(new SchoolDates.Entry("Autumn term", termStart, termEnd)),
                    List.of(new SchoolDates.Entry("Half-term", halfTerm.start(), halfTerm.end())));
        }

        SchoolCalendar schoolCalendar() {
            return SchoolCalendar.withClosures(halfTerm);
        }

        boolean isSchoolDay(LocalDate date) {
            return date.getDayOfWeek().getValue() <= 5 && schoolCalendar().isOpen(date);
        }

        static Set<DayOfWeek> days(DayOfWeek... days) {
            return EnumSet.copyOf(List.of(days));
        }
    }
}
