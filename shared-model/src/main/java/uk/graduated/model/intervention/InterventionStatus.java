package uk.graduated.model.intervention;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** Where an intervention is in its life: the SENCO plans it, staff run it, it ends. */
public enum InterventionStatus {
    PLANNED("planned"),
    RUNNING("running"),
    ENDED("ended");

    private final String code;

    InterventionStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<InterventionStatus> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }

    public static String allowedCodes() {
        return Arrays.stream(values()).map(InterventionStatus::code).collect(Collectors.joining(", "));
    }
}
