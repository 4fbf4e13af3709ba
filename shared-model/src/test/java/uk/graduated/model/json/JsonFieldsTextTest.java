package uk.graduated.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;
import uk.graduated.model.validation.FieldError;

/** Text members that PostgreSQL could not store are refused when read, naming the member. */
class JsonFieldsTextTest {
    /** Found by the sync server's bad-input run: a NUL in a name reached PostgreSQL, which answered 22021, a 500. */
    @Test
    void stringWithNul_isRefusedAsInvalidFormat_namingTheMember() {
        JsonFields f = JsonFields.parse("{\"displayName\":\"Ada\\u0000Lovelace\",\"note\":\"fine\",\"tags\":[\"a\\u0000\"]}");

        assertThat(f.requiredString("displayName")).isNull();
        assertThat(f.optionalString("note")).isEqualTo("fine");
        assertThat(f.stringList("tags")).isEmpty();
        assertThat(f.violations().list()).extracting(FieldError::field, FieldError::code)
                .containsExactly(tuple("displayName", "invalid_format"),
                        tuple("tags[0]", "invalid_format"));
    }
}
