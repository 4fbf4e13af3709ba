package uk.graduated.model.json;

import java.util.List;
import java.util.function.Supplier;
import uk.graduated.model.json.JsonFields;
import uk.graduated.model.validation.FieldError;
import uk.graduated.model.validation.ValidationException;

/**
 * The last step of every record codec: build the record from the values read and merge the
 * record's own validation into the reader's errors, so a client sees wire and domain errors in one
 * reply, each under its full path. A domain error about a field the wire already refused (or about
 * a list whose element was refused) is dropped: it would only repeat the first complaint.
 *
 * <pre>{@code
 * int mark = RecordJson.mark(f);
 * UUID id = f.requiredUuid("id");
 * ...
 * return RecordJson.build(f, mark, () -> new School(id, name, urn, phase));
 * }</pre>
 */
public final class RecordJson {
    private RecordJson() {
    }

    /** Where this record's errors start in the reader's collector; take it before reading any field. */
    public static int mark(JsonFields f) {
        return f.violations().list().size();
    }

    /** Builds the record, or throws every error the reader has collected. */
    public static <T> T build(JsonFields f, int mark, Supplier<T> constructor) {
        T value = buildOrNull(f, mark, constructor);
        f.throwIfInvalid();
        return value;
    }

    /**
     * Builds the record, or records why it cannot be built and returns null; for an element of a
     * list, so its siblings are still read. Also null when reading already failed, since a record
     * built from the values that could be read would lack the ones that could not.
     */
    public static <T> T buildOrNull(JsonFields f, int mark, Supplier<T> constructor) {
        List<FieldError> all = f.violations().list();
        List<FieldError> wireErrors = all.subList(mark, all.size());
        try {
            T value = constructor.get();
            return wireErrors.isEmpty() ? value : null;
        } catch (ValidationException e) {
            for (FieldError error : e.errors()) {
                String path = f.fieldPath(error.field());
                if (!alreadyReported(wireErrors, path)) {
                    f.addError(error.field(), error.code(), error.message());
                }
            }
            return null;
        }
    }

    private static boolean alreadyReported(List<FieldError> wireErrors, String path) {
        for (FieldError e : wireErrors) {
            String reported = e.field();
            if (reported.equals(path) || reported.startsWith(path + ".") || reported.startsWith(path + "[")) {
                return true;
            }
        }
        return false;
    }
}
