package uk.graduated.model.eyfs;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The age bands of the non-statutory Development Matters guidance; tagging one is optional. */
public enum DevelopmentMattersBand {
    BIRTH_TO_THREE("birth_to_three", "Birth to three"),
    THREE_AND_FOUR_YEAR_OLDS("three_and_four", "3 and 4-year-olds"),
    CHILDREN_IN_RECEPTION("reception", "Children in reception");

    private final String code;
    private final String displayName;

    DevelopmentMattersBand(String code, String displayName) {
        this.code = code;
        this.displayName = displayName;
    }

    public String code() {
        return code;
    }

    public String displayName() {
        return displayName;
    }

    public static Optional<DevelopmentMattersBand> fromCode(String code) {
        return Arrays.stream(values()).filter(band -> band.code.equals(code)).findFirst();
    }

    public static String allowedCodes() {
        return Arrays.stream(values()).map(DevelopmentMattersBand::code).collect(Collectors.joining(", "));
    }
}
