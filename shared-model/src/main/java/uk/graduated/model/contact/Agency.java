package uk.graduated.model.contact;

import java.util.Optional;

/** The outside services a SENCO most often works with; anything else is {@link #OTHER}, named in full. */
public enum Agency {
    SPEECH_AND_LANGUAGE_THERAPY("speech_and_language_therapy", "Speech and language therapy"),
    EDUCATIONAL_PSYCHOLOGY("educational_psychology", "Educational psychology"),
    CAMHS("camhs", "Child and adolescent mental health services (CAMHS)"),
    OCCUPATIONAL_THERAPY("occupational_therapy", "Occupational therapy"),
    PHYSIOTHERAPY("physiotherapy", "Physiotherapy"),
    PAEDIATRICS("paediatrics", "Community paediatrics"),
    SCHOOL_NURSING("school_nursing", "School nursing or health visiting"),
    SENSORY_SUPPORT("sensory_support", "Hearing or vision support service"),
    SPECIALIST_TEACHING("specialist_teaching", "Specialist teaching or outreach service"),
    SOCIAL_CARE("social_care", "Children's social care"),
    EARLY_HELP("early_help", "Early help"),
    LOCAL_AUTHORITY_SEND("local_authority_send", "Local authority SEND team"),
    OTHER("other", "Other");

    private final String code;
    private final String label;

    Agency(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** Stable wire code, never renamed once shipped. */
    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Optional<Agency> fromCode(String code) {
        for (Agency a : values()) {
            if (a.code.equals(code)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}
