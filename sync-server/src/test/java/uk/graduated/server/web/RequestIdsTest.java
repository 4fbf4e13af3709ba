package uk.graduated.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.graduated.model.sync.ErrorBody;

class RequestIdsTest {
    @ParameterizedTest
    @ValueSource(strings = {"3f1c9a4e-8d2b-4c1e-9f0a-2b7d5e6c8a91", "tablet-7.req-42", "trace:0001"})
    void acceptOrGenerate_saneClientId_isKept(String id) {
        assertThat(RequestIds.acceptOrGenerate(id)).isEqualTo(id);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "two words", "line\nbreak", "<script>", "ünïcode"})
    void acceptOrGenerate_unsafeClientId_isReplacedByUuid(String id) {
        assertThat(RequestIds.acceptOrGenerate(id)).isNotEqualTo(id).matches("[0-9a-f-]{36}");
    }

    @Test
    void acceptOrGenerate_overlongClientId_isReplaced() {
        String overlong = "a".repeat(ErrorBody.MAX_REQUEST_ID_LENGTH + 1);

        assertThat(RequestIds.acceptOrGenerate(overlong)).isNotEqualTo(overlong);
    }

    @Test
    void acceptOrGenerate_noClientId_generatesDifferentIds() {
        assertThat(RequestIds.acceptOrGenerate(null)).isNotEqualTo(RequestIds.acceptOrGenerate(null));
    }
}
