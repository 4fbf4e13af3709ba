package uk.graduated.app.data.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import org.junit.Test;
import uk.graduated.model.json.JsonFields;

public class FieldDiffTest {
    @Test
    public void onlyChangedMembersTravel_andARemovedMemberIsCleared() {
        JsonObject before = JsonFields.parseObject("{\"id\":\"a\",\"goal\":\"Reads 80 words\",\"baseline\":\"42\","
                + "\"minutes\":30}");
        JsonObject after = JsonFields.parseObject("{\"id\":\"a\",\"goal\":\"Reads 100 words\",\"minutes\":30.0}");

        JsonObject changed = FieldDiff.changed(before, after);

        assertThat(changed.keySet()).containsExactlyInAnyOrder("goal", "baseline");
        assertThat(changed.get("goal").getAsString()).isEqualTo("Reads 100 words");
        assertThat(changed.get("baseline").isJsonNull()).isTrue();
    }

    @Test
    public void nothingChanged_isEmpty() {
        JsonObject same = JsonFields.parseObject("{\"id\":\"a\",\"entry\":{\"value\":\"84\",\"takenOn\":\"2028-01-10\"}}");

        assertThat(FieldDiff.changed(same, same.deepCopy()).size()).isZero();
    }
}
