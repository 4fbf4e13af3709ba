package uk.graduated.model.eyfs;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The three characteristics of effective learning: how a child learns, beside what. */
public enum CharacteristicOfEffectiveLearning {
    PLAYING_AND_EXPLORING("playing_and_exploring", "Playing and exploring"),
    ACTIVE_LEARNING("active_learning", "Active learning"),
    CREATING_AND_THINKING_CRITICALLY("creating_and_thinking_critically", "Creating and thinking critically");

    private final String code;
    private final String displayName;

    CharacteristicOfEffectiveLearning(String code, String displayName) {
        this.code = code;
        this.displayName = displayName;
    }

    public String code() {
        return code;
    }

    public String displayName() {
        return displayName;
    }

    public static Optional<CharacteristicOfEffectiveLearning> fromCode(String code) {
        return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst();
    }

    public static String allowedCodes() {
        return Arrays.stream(values()).map(CharacteristicOfEffectiveLearning::code)
                .collect(Collectors.joining(", "));
    }
}
