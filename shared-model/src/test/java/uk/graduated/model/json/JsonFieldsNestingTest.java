package uk.graduated.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonObject;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.graduated.model.validation.FieldError;
import uk.graduated.model.validation.ValidationException;
import uk.graduated.model.validation.Violations;

/** Lists, nested readers, unknown keys and building values: how errors get their paths. */
class JsonFieldsNestingTest {

    private static JsonFields fields(String json) {
        return JsonFields.parse(json);
    }

    private static List<FieldError> errors(JsonFields fields) {
        return fields.violations().list();
    }

    @Test
    void stringList_reportsEachBadElement_byIndex() {
        JsonFields f = fields("{\"tags\":[\"a\",1,\"c\",null],\"notList\":\"a\"}");

        assertThat(f.stringList("tags")).containsExactly("a", "c");
        assertThat(f.stringList("notList")).isEmpty();
        assertThat(f.stringList("absent")).isEmpty();

        assertThat(errors(f)).containsExactly(
                new FieldError("tags[1]", "wrong_type", "tags[1] must be a string"),
                new FieldError("tags[3]", "wrong_type", "tags[3] must be a string"),
                new FieldError("notList", "wrong_type", "notList must be a list"));
    }

    @Test
    void nestedReaders_prefixTheirPath_andShareOneCollector() {
        JsonFields root = fields("{\"mutations\":[{\"fields\":{\"minutes\":\"x\"}},7,{\"fields\":{}}]}");

        List<JsonFields> mutations = root.objectList("mutations");
        assertThat(mutations).hasSize(2);
        assertThat(mutations.get(0).path()).isEqualTo("mutations[0]");
        JsonFields fields = mutations.get(0).requiredObject("fields");
        fields.requiredInt("minutes");
        mutations.get(1).requiredObject("fields").requiredString("note");

        assertThat(fields.violations()).isSameAs(root.violations());
        assertThat(errors(root)).containsExactly(
                new FieldError("mutations[1]", "wrong_type", "mutations[1] must be an object"),
                new FieldError("mutations[0].fields.minutes", "wrong_type", "minutes must be a whole number"),
                new FieldError("mutations[2].fields.note", "required", "note is required"));
    }

    @Test
    void objectWhereScalarFound_isWrongType() {
        JsonFields f = fields("{\"a\":[],\"b\":\"x\"}");

        assertThat(f.requiredObject("a")).isNull();
        assertThat(f.optionalObject("b")).isNull();
        f.objectList("b");

        assertThat(errors(f)).extracting(FieldError::code).containsOnly("wrong_type").hasSize(3);
    }

    @Test
    void rejectUnknown_namesEachUnknownKey_underThePath() {
        JsonFields root = fields("{\"o\":{\"known\":1,\"extra\":2,\"other\":3}}");

        root.requiredObject("o").rejectUnknown(Set.of("known"));

        assertThat(errors(root)).containsExactly(
                new FieldError("o.extra", "unknown_field", "extra is not a known field"),
                new FieldError("o.other", "unknown_field", "other is not a known field"));
    }

    @Test
    void throwIfInvalid_throwsEveryError_andNothingWhenValid() {
        JsonFields valid = fields("{\"a\":1}");
        valid.requiredInt("a");
        valid.throwIfInvalid();

        JsonFields invalid = fields("{\"a\":\"x\"}");
        invalid.requiredInt("a");
        invalid.requiredString("b");
        assertThatThrownBy(invalid::throwIfInvalid)
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("a", "b"));
    }

    @Test
    void addError_andElement_respectThePath() {
        JsonFields nested = fields("{\"o\":{\"free\":[1,{\"x\":null}]}}").requiredObject("o");

        nested.addError("free", "too_long", "free is too long");

        assertThat(nested.fieldPath("free")).isEqualTo("o.free");
        assertThat(nested.element("free").toString()).isEqualTo("[1,{\"x\":null}]");
        assertThat(nested.element("absent")).isNull();
        assertThat(nested.violations().list()).containsExactly(new FieldError("o.free", "too_long", "free is too long"));
    }

    @Test
    void object_isACopy() {
        JsonFields f = fields("{\"a\":{\"b\":1}}");

        f.object().getAsJsonObject("a").addProperty("b", 2);

        assertThat(f.object().getAsJsonObject("a").get("b").getAsInt()).isEqualTo(1);
    }

    @Test
    void unknownKeys_thatAreNotPlain_areNamedInQuotes_andLongOnesCut() {
        String longKey = "k".repeat(100);
        JsonFields f = fields("{\"\":1,\"my key\":2,\"" + longKey + "\":3}");

        f.rejectUnknown(Set.of());

        assertThat(errors(f)).extracting(FieldError::field)
                .containsExactly("\"\"", "\"my key\"", "k".repeat(64) + "...");
        assertThat(errors(f)).allSatisfy(e -> assertThat(e.field()).isNotBlank());
    }

    @Test
    void hasErrors_countsThisReaderAndItsNestedReaders_only() {
        JsonFields root = fields("{\"a\":{\"x\":\"text\"},\"b\":{\"y\":1}}");
        JsonFields a = root.requiredObject("a");
        JsonFields b = root.requiredObject("b");

        a.requiredInt("x");

        assertThat(a.hasErrors()).isTrue();
        assertThat(root.hasErrors()).isTrue();
        assertThat(b.hasErrors()).isFalse();
    }

    @Test
    void build_returnsTheValue_whenReadingSucceeded() {
        JsonFields f = fields("{\"n\":2}");
        int n = f.requiredInt("n");

        assertThat(f.build(() -> n * 2)).isEqualTo(4);
    }

    @Test
    void build_skipsTheConstructor_whenReadingFailed() {
        JsonFields f = fields("{\"n\":\"two\"}");
        f.requiredInt("n");

        assertThat(f.<Integer>build(() -> {
            throw new AssertionError("must not be called");
        })).isNull();
    }

    @Test
    void build_recordsConstructorErrors_underThePath() {
        JsonFields root = fields("{\"items\":[{}]}");
        JsonFields item = root.objectList("items").get(0);

        Object built = item.build(() -> {
            throw new ValidationException(List.of(new FieldError("baseVersion", "out_of_range", "baseVersion must be at least 1"),
                    new FieldError("$", "not_allowed", "this item is not allowed")));
        });

        assertThat(built).isNull();
        assertThat(root.hasErrors()).isTrue();
        assertThat(errors(root)).extracting(FieldError::field).containsExactly("items[0].baseVersion", "items[0]");
    }

    @Test
    void build_atTheRoot_namesObjectErrorsWithTheRootMarker() {
        JsonFields root = fields("{}");

        root.build(() -> {
            throw ValidationException.of("", "invalid_value", "the pair does not match");
        });

        assertThat(errors(root)).extracting(FieldError::field).containsExactly("$");
    }

    @Test
    void listSize_countsElements_withoutRecordingAnything() {
        JsonFields f = fields("{\"a\":[1,2,3],\"b\":\"x\"}");

        assertThat(f.listSize("a")).isEqualTo(3);
        assertThat(f.listSize("b")).isZero();
        assertThat(f.listSize("c")).isZero();
        assertThat(f.violations().isEmpty()).isTrue();
    }

    @Test
    void newReader_startsWithItsOwnCollector() {
        JsonFields first = new JsonFields(new JsonObject(), "");
        JsonFields second = new JsonFields(new JsonObject(), "");

        first.requiredString("a");

        assertThat(second.violations()).isNotSameAs(first.violations()).extracting(Violations::isEmpty).isEqualTo(true);
    }
}
