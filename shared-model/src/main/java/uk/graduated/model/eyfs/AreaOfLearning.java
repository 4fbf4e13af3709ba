package uk.graduated.model.eyfs;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The seven areas of learning of the EYFS statutory framework. The three prime areas come first,
 * as the framework lists them; the progress check at age two covers only those.
 */
public enum AreaOfLearning {
    COMMUNICATION_AND_LANGUAGE("communication_and_language", "Communication and Language", true),
    PERSONAL_SOCIAL_AND_EMOTIONAL("personal_social_emotional", "Personal, Social and Emotional Development", true),
    PHYSICAL_DEVELOPMENT("physical", "Physical Development", true),
    LITERACY("literacy", "Literacy", false),
    MATHEMATICS("mathematics", "Mathematics", false),
    UNDERSTANDING_THE_WORLD("understanding_the_world", "Understanding the World", false),
    EXPRESSIVE_ARTS_AND_DESIGN("expressive_arts_and_design", "Expressive Arts and Design", false);

    private final String code;
    private final String displayName;
    private final boolean prime;

    AreaOfLearning(String code, String displayName, boolean prime) {
        this.code = code;
        this.displayName = displayName;
        this.prime = prime;
    }

    /** Stable wire code, never renamed once shipped. */
    public String code() {
        return code;
    }

    public String displayName() {
        return displayName;
    }

    public boolean isPrime() {
        return prime;
    }

    /** The early learning goals of this area, in framework order. */
    public List<EarlyLearningGoal> goals() {
        return Arrays.stream(EarlyLearningGoal.values())
                .filter(goal -> goal.area() == this)
                .collect(Collectors.collectingAndThen(Collectors.toList(), List::copyOf));
    }

    public static Optional<AreaOfLearning> fromCode(String code) {
        return Arrays.stream(values()).filter(area -> area.code.equals(code)).findFirst();
    }

    /** Codes in framework order, for error messages that list what is allowed. */
    public static String allowedCodes() {
        return Arrays.stream(values()).map(AreaOfLearning::code).collect(Collectors.joining(", "));
    }
}
