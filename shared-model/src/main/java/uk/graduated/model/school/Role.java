package uk.graduated.model.school;

import java.util.Optional;

/**
 * What a member of staff does in Graduated. A person may hold several roles; what they may do is
 * the union of what each role allows.
 */
public enum Role {
    SENCO("senco", PupilScope.WHOLE_SCHOOL),
    TEACHING_ASSISTANT("teaching_assistant", PupilScope.OWN_GROUPS),
    EARLY_YEARS_PRACTITIONER("early_years_practitioner", PupilScope.OWN_SETTING),
    /** Reads the records of the pupils in their own class; writes nothing. */
    TEACHER("teacher", PupilScope.OWN_CLASS),
    /** Manages staff accounts and devices; sees no SEN records, which are special-category data. */
    ADMIN("admin", PupilScope.NONE);

    private final String code;
    private final PupilScope pupilScope;

    Role(String code, PupilScope pupilScope) {
        this.code = code;
        this.pupilScope = pupilScope;
    }

    /** Stable wire code, never renamed once shipped. */
    public String code() {
        return code;
    }

    public PupilScope pupilScope() {
        return pupilScope;
    }

    /** Keeps the SEND register: provision, needs, support plans, EHC plans, contacts. */
    public boolean canWriteRegister() {
        return this == SENCO;
    }

    /** Logs intervention sessions (attendance, minutes, ratings against targets). */
    public boolean canLogSessions() {
        return this == SENCO || this == TEACHING_ASSISTANT;
    }

    /** Records early-years observations of children. */
    public boolean canRecordObservations() {
        return this == SENCO || this == EARLY_YEARS_PRACTITIONER;
    }

    /** Adds and removes staff accounts and revokes lost devices. */
    public boolean canManageStaffAndDevices() {
        return this == ADMIN;
    }

    /** Sees records within its scope but may change none of them. */
    public boolean isReadOnly() {
        return this == TEACHER;
    }

    public static Optional<Role> fromCode(String code) {
        for (Role r : values()) {
            if (r.code.equals(code)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
