package uk.graduated.model.pupil;

import java.time.LocalDate;
import java.util.UUID;
import uk.graduated.model.school.SchoolExamples;

/**
 * Fictional pupils of {@link SchoolExamples#larkfieldPrimary()} for tests here and in the server's
 * and the app's tests, and a builder whose defaults form a valid pupil, so a test changes only the
 * field it is about. Names are invented; UPNs are valid in form and check letter but use the
 * unallocated local authority number 999.
 */
public final class RegisterExamples {
    /** The "today" the examples are written against: Monday 15 March 2027. */
    public static final LocalDate TODAY = LocalDate.of(2027, 3, 15);

    public static final UUID POPPY_ID = UUID.fromString("7e610000-0000-4000-8000-0000000000c1");
    public static final UUID IDRIS_ID = UUID.fromString("7e610000-0000-4000-8000-0000000000c2");
    public static final UUID ZAINAB_ID = UUID.fromString("7e610000-0000-4000-8000-0000000000c3");
    public static final UUID MILO_ID = UUID.fromString("7e610000-0000-4000-8000-0000000000c4");

    /** Permanent UPNs: LA 999, establishment 1012, allocated in 2022, serials 001 to 003. */
    public static final Upn POPPY_UPN = Upn.withCheckLetter("999101222001");
    public static final Upn IDRIS_UPN = Upn.withCheckLetter("999101222002");
    public static final Upn ZAINAB_UPN = Upn.withCheckLetter("999101222003");
    /** A temporary UPN: two serial digits and a final letter, while the permanent one is awaited. */
    public static final Upn MILO_TEMPORARY_UPN = Upn.withCheckLetter("99910122600A");

    private RegisterExamples() {
    }

    /** Year 3, on SEN support for speech and language needs. */
    public static Pupil poppy() {
        return pupil().build();
    }

    /** Year 6, looked after, with an EHC plan for autism. */
    public static Pupil idris() {
        return pupil().id(IDRIS_ID).names("Idris", "Quayle").preferredName(null)
                .dateOfBirth(LocalDate.of(2016, 1, 22)).yearGroup(YearGroup.Y6).className("Rowan")
                .upn(IDRIS_UPN).flags(new PupilFlags(true, false, true, false)).build();
    }

    /** Reception, English as an additional language, no SEN. Goes by "Zee". */
    public static Pupil zainab() {
        return pupil().id(ZAINAB_ID).names("Zainab", "Orrell").preferredName("Zee")
                .dateOfBirth(LocalDate.of(2021, 11, 2)).yearGroup(YearGroup.R).className("Acorns")
                .upn(ZAINAB_UPN).flags(new PupilFlags(false, false, false, true)).build();
    }

    /** Nursery, aged three, with an EHC plan reviewed on the under-five timetable. */
    public static Pupil milo() {
        return pupil().id(MILO_ID).names("Milo", "Tansley").preferredName(null)
                .dateOfBirth(LocalDate.of(2023, 8, 31)).yearGroup(YearGroup.N2).className("Caterpillars")
                .upn(MILO_TEMPORARY_UPN).flags(PupilFlags.NONE).build();
    }

    /** Starts as Poppy Fenwick; change what the test is about. */
    public static PupilBuilder pupil() {
        return new PupilBuilder();
    }

    public static final class PupilBuilder {
        private UUID id = POPPY_ID;
        private UUID schoolId = SchoolExamples.SCHOOL_ID;
        private String legalFirstName = "Penelope";
        private String legalLastName = "Fenwick";
        private String preferredName = "Poppy";
        private LocalDate dateOfBirth = LocalDate.of(2019, 5, 9);
        private YearGroup yearGroup = YearGroup.Y3;
        private String className = "Oak";
        private Upn upn = POPPY_UPN;
        private PupilFlags flags = new PupilFlags(false, false, true, false);
        private LocalDate leftOn;

        public PupilBuilder id(UUID id) {
            this.id = id;
            return this;
        }

        public PupilBuilder schoolId(UUID schoolId) {
            this.schoolId = schoolId;
            return this;
        }

        public PupilBuilder names(String legalFirstName, String legalLastName) {
            this.legalFirstName = legalFirstName;
            this.legalLastName = legalLastName;
            return this;
        }

        public PupilBuilder preferredName(String preferredName) {
            this.preferredName = preferredName;
            return this;
        }

        public PupilBuilder dateOfBirth(LocalDate dateOfBirth) {
            this.dateOfBirth = dateOfBirth;
            return this;
        }

        public PupilBuilder yearGroup(YearGroup yearGroup) {
            this.yearGroup = yearGroup;
            return this;
        }

        public PupilBuilder className(String className) {
            this.className = className;
            return this;
        }

        public PupilBuilder upn(Upn upn) {
            this.upn = upn;
            return this;
        }

        public PupilBuilder flags(PupilFlags flags) {
            this.flags = flags;
            return this;
        }

        public PupilBuilder leftOn(LocalDate leftOn) {
            this.leftOn = leftOn;
            return this;
        }

        public Pupil build() {
            return new Pupil(id, schoolId, legalFirstName, legalLastName, preferredName, dateOfBirth,
                    yearGroup, className, upn, flags, leftOn);
        }
    }
}
