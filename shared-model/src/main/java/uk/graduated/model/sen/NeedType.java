package uk.graduated.model.sen;

import java.util.Optional;

/**
 * The school census's SEN type-of-need codes. OTH and NSA belong to no broad area: OTH is a need
 * none of the others describes, NSA records that no specialist assessment of the type of need has
 * been made yet and is allowed only with SEN support (K).
 */
public enum NeedType {
    SPLD("SPLD", "Specific learning difficulty", BroadArea.COGNITION_AND_LEARNING),
    MLD("MLD", "Moderate learning difficulty", BroadArea.COGNITION_AND_LEARNING),
    SLD("SLD", "Severe learning difficulty", BroadArea.COGNITION_AND_LEARNING),
    PMLD("PMLD", "Profound and multiple learning difficulty", BroadArea.COGNITION_AND_LEARNING),
    SLCN("SLCN", "Speech, language and communication needs", BroadArea.COMMUNICATION_AND_INTERACTION),
    ASD("ASD", "Autistic spectrum disorder", BroadArea.COMMUNICATION_AND_INTERACTION),
    SEMH("SEMH", "Social, emotional and mental health", BroadArea.SEMH),
    HI("HI", "Hearing impairment", BroadArea.SENSORY_AND_PHYSICAL),
    VI("VI", "Vision impairment", BroadArea.SENSORY_AND_PHYSICAL),
    MSI("MSI", "Multi-sensory impairment", BroadArea.SENSORY_AND_PHYSICAL),
    PD("PD", "Physical disability", BroadArea.SENSORY_AND_PHYSICAL),
    OTH("OTH", "Other difficulty or disability", null),
    NSA("NSA", "SEN support but no specialist assessment of type of need", null);

    private final String censusCode;
    private final String description;
    private final BroadArea broadArea;

    NeedType(String censusCode, String description, BroadArea broadArea) {
        this.censusCode = censusCode;
        this.description = description;
        this.broadArea = broadArea;
    }

    /** Census code, also the wire code. */
    public String censusCode() {
        return censusCode;
    }

    public String description() {
        return description;
    }

    /** Empty for OTH and NSA, which sit outside the four broad areas. */
    public Optional<BroadArea> broadArea() {
        return Optional.ofNullable(broadArea);
    }

    /** NSA stands only beside SEN support; every other type fits E and K alike. */
    public boolean isAllowedWith(SenProvision provision) {
        return provision.isOnRegister() && (this != NSA || provision == SenProvision.K);
    }

    public static Optional<NeedType> fromCode(String code) {
        for (NeedType t : values()) {
            if (t.censusCode.equals(code)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
