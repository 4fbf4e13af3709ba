package uk.graduated.model.pupil;

import java.util.Optional;

/**
 * National curriculum year group. Wire codes are the school census's {@code NCyearActual} values
 * ("N1", "N2", "R", "1" to "13"), so a census or CTF export needs no translation.
 */
public enum YearGroup {
    N1("N1", "Nursery 1"),
    N2("N2", "Nursery 2"),
    R("R", "Reception"),
    Y1("1", "Year 1"),
    Y2("2", "Year 2"),
    Y3("3", "Year 3"),
    Y4("4", "Year 4"),
    Y5("5", "Year 5"),
    Y6("6", "Year 6"),
    Y7("7", "Year 7"),
    Y8("8", "Year 8"),
    Y9("9", "Year 9"),
    Y10("10", "Year 10"),
    Y11("11", "Year 11"),
    Y12("12", "Year 12"),
    Y13("13", "Year 13");

    private final String code;
    private final String label;

    YearGroup(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** Census code, stable on the wire. */
    public String code() {
        return code;
    }

    /** How a person reads it, e.g. "Reception", "Year 4". */
    public String label() {
        return label;
    }

    /** Nursery and reception follow the Early Years Foundation Stage rather than the national curriculum. */
    public boolean isEarlyYears() {
        return this == N1 || this == N2 || this == R;
    }

    public static Optional<YearGroup> fromCode(String code) {
        for (YearGroup y : values()) {
            if (y.code.equals(code)) {
                return Optional.of(y);
            }
        }
        return Optional.empty();
    }
}
