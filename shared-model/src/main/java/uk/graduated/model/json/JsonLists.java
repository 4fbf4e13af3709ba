package uk.graduated.model.json;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/** Readers for lists of ids and of codes, reporting each bad element by its position ({@code roles[2]}). */
public final class JsonLists {
    private JsonLists() {
    }

    /** Ids as strings; absent means empty. */
    public static List<UUID> uuids(JsonFields f, String name) {
        List<String> texts = f.stringList(name);
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            String element = name + "[" + i + "]";
            try {
                ids.add(JsonValues.uuid(element, new com.google.gson.JsonPrimitive(texts.get(i))));
            } catch (JsonValues.Refused refused) {
                f.addError(element, refused.code(), refused.getMessage());
            }
        }
        return ids;
    }

    /**
     * Codes looked up one by one into {@code into}; an unknown code names the allowed ones and a
     * repeated one is refused, so a set on the wire never silently shrinks.
     */
    public static <T> Set<T> codes(JsonFields f, String name, Function<String, Optional<T>> lookup, String allowed, Set<T> into) {
        List<String> codes = f.stringList(name);
        for (int i = 0; i < codes.size(); i++) {
            String element = name + "[" + i + "]";
            Optional<T> value = lookup.apply(codes.get(i));
            if (!value.isPresent()) {
                f.addError(element, JsonFields.INVALID_VALUE, element + " must be one of: " + allowed);
            } else if (!into.add(value.get())) {
                f.addError(element, "duplicate", element + " repeats a code already listed");
            }
        }
        return into;
    }
}
