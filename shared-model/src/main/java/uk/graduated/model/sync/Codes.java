package uk.graduated.model.sync;

import java.util.Optional;
import java.util.StringJoiner;
import java.util.function.Function;

/** Looks up the protocol's enums by their stable wire codes. */
final class Codes {
    private Codes() {
    }

    static <E extends Enum<E>> Optional<E> find(E[] values, Function<E, String> code, String wanted) {
        for (E value : values) {
            if (code.apply(value).equals(wanted)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    /** The codes joined for an error message, e.g. {@code "upsert, delete"}. */
    static <E extends Enum<E>> String allowed(E[] values, Function<E, String> code) {
        StringJoiner joined = new StringJoiner(", ");
        for (E value : values) {
            joined.add(code.apply(value));
        }
        return joined.toString();
    }
}
