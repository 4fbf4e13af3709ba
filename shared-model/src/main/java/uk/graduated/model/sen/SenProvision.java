package uk.graduated.model.sen;

import java.util.Optional;

/** The school census's SEN provision codes. */
public enum SenProvision {
    /** Education, health and care plan issued by the local authority. */
    E("E", "EHC plan"),
    /** SEN support from the school's own resources, under the graduated approach. */
    K("K", "SEN support"),
    /** No special educational need, including a pupil whose earlier SEN has ended. */
    N("N", "No SEN");

    private final String censusCode;
    private final String description;

    SenProvision(String censusCode, String description) {
        this.censusCode = censusCode;
        this.description = description;
    }

    /** Census code, also the wire code. */
    public String censusCode() {
        return censusCode;
    }

    public String description() {
        return description;
    }

    /** E and K put a pupil on the SEN register; N does not. */
    public boolean isOnRegister() {
        return this != N;
    }

    public static Optional<SenProvision> fromCode(String code) {
        for (SenProvision p : values()) {
            if (p.censusCode.equals(code)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
