package uk.graduated.model.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class ProtocolVersionTest {

    @Test
    void currentVersion_isAccepted() {
        assertThat(ProtocolVersion.accept(ProtocolVersion.CURRENT.toString()))
                .isEqualTo(ProtocolVersion.Acceptance.ACCEPTED);
        assertThat(ProtocolVersion.Acceptance.ACCEPTED.error()).isNull();
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", " 1", "1.0", "v1", "0", "-1", "01", "99999999999"})
    void missingOrMalformedHeader_asksForTheHeader(String header) {
        assertThat(ProtocolVersion.accept(header)).isEqualTo(ProtocolVersion.Acceptance.MISSING_OR_MALFORMED);
        assertThat(ProtocolVersion.accept(header).error().httpStatus()).isEqualTo(400);
    }

    @Test
    void newerClient_isToldTheServerIsBehind() {
        ProtocolVersion.Acceptance acceptance = ProtocolVersion.accept("2");

        assertThat(acceptance).isEqualTo(ProtocolVersion.Acceptance.CLIENT_TOO_NEW);
        assertThat(acceptance.error()).isEqualTo(ErrorCode.PROTOCOL_VERSION_UNSUPPORTED);
    }

    @Test
    void olderClient_isToldToUpdate_with426() {
        assertThat(ProtocolVersion.OLDEST_SUPPORTED.value()).isLessThanOrEqualTo(ProtocolVersion.CURRENT.value());
        assertThat(ProtocolVersion.Acceptance.CLIENT_TOO_OLD.error().httpStatus()).isEqualTo(426);
    }

    @Test
    void versionBelowOne_cannotExist() {
        assertThatThrownBy(() -> new ProtocolVersion(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void wireNames_areStable() {
        List<String> names = Arrays.stream(EntityType.values()).map(EntityType::wireName).collect(Collectors.toList());

        assertThat(names).containsExactly("school", "staff", "pupil", "sen_provision", "sen_need", "support_plan",
                "plan_cycle", "plan_target", "plan_strategy", "plan_review", "ehc_plan", "intervention",
                "group_membership", "session_log", "observation", "contact_log", "photo");
        assertThat(Arrays.stream(EntityType.values()).filter(t -> !t.editable()))
                .containsExactly(EntityType.SESSION_LOG, EntityType.OBSERVATION, EntityType.CONTACT_LOG, EntityType.PHOTO);
        assertThat(EntityType.fromWireName("session_log")).contains(EntityType.SESSION_LOG);
        assertThat(EntityType.fromWireName("SESSION_LOG")).isEmpty();
    }
}
