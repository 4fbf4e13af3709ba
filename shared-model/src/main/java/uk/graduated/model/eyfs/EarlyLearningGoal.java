package uk.graduated.model.eyfs;

import static uk.graduated.model.eyfs.AreaOfLearning.COMMUNICATION_AND_LANGUAGE;
import static uk.graduated.model.eyfs.AreaOfLearning.EXPRESSIVE_ARTS_AND_DESIGN;
import static uk.graduated.model.eyfs.AreaOfLearning.LITERACY;
import static uk.graduated.model.eyfs.AreaOfLearning.MATHEMATICS;
import static uk.graduated.model.eyfs.AreaOfLearning.PERSONAL_SOCIAL_AND_EMOTIONAL;
import static uk.graduated.model.eyfs.AreaOfLearning.PHYSICAL_DEVELOPMENT;
import static uk.graduated.model.eyfs.AreaOfLearning.UNDERSTANDING_THE_WORLD;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The seventeen early learning goals, each belonging to exactly one area of learning. */
public enum EarlyLearningGoal {
    LISTENING_ATTENTION_AND_UNDERSTANDING("listening_attention_understanding", "Listening, Attention and Understanding",
            COMMUNICATION_AND_LANGUAGE),
    SPEAKING("speaking", "Speaking", COMMUNICATION_AND_LANGUAGE),
    SELF_REGULATION("self_regulation", "Self-Regulation", PERSONAL_SOCIAL_AND_EMOTIONAL),
    MANAGING_SELF("managing_self", "Managing Self", PERSONAL_SOCIAL_AND_EMOTIONAL),
    BUILDING_RELATIONSHIPS("building_relationships", "Building Relationships",
            PERSONAL_SOCIAL_AND_EMOTIONAL),
    GROSS_MOTOR_SKILLS("gross_motor", "Gross Motor Skills", PHYSICAL_DEVELOPMENT),
    FINE_MOTOR_SKILLS("fine_motor", "Fine Motor Skills", PHYSICAL_DEVELOPMENT),
    COMPREHENSION("comprehension", "Comprehension", LITERACY),
    WORD_READING("word_reading", "Word Reading", LITERACY),
    WRITING("writing", "Writing", LITERACY),
    NUMBER("number", "Number", MATHEMATICS),
    NUMERICAL_PATTERNS("numerical_patterns", "Numerical Patterns", MATHEMATICS),
    PAST_AND_PRESENT("past_and_present", "Past and Present", UNDERSTANDING_THE_WORLD),
    PEOPLE_CULTURE_AND_COMMUNITIES("people_culture_communities", "People, Culture and Communities",
            UNDERSTANDING_THE_WORLD),
    THE_NATURAL_WORLD("natural_world", "The Natural World", UNDERSTANDING_THE_WORLD),
    CREATING_WITH_MATERIALS("creating_with_materials", "Creating with Materials",
            EXPRESSIVE_ARTS_AND_DESIGN),
    BEING_IMAGINATIVE_AND_EXPRESSIVE("being_imaginative_expressive", "Being Imaginative and Expressive",
            EXPRESSIVE_ARTS_AND_DESIGN);

    private final String code;
    private final String displayName;
    private final AreaOfLearning area;

    EarlyLearningGoal(String code, String displayName, AreaOfLearning area) {
        this.code = code;
        this.displayName = displayName;
        this.area = area;
    }

    /** Stable wire code, never renamed once shipped. */
    public String code() {
        return code;
    }

    public String displayName() {
        return displayName;
    }

    public AreaOfLearning area() {
        return area;
    }

    public static Optional<EarlyLearningGoal> fromCode(String code) {
        return Arrays.stream(values()).filter(goal -> goal.code.equals(code)).findFirst();
    }

    public static String allowedCodes() {
        return Arrays.stream(values()).map(EarlyLearningGoal::code).collect(Collectors.joining(", "));
    }
}
