package uk.graduated.server.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.graduated.model.sync.ErrorBody;
import uk.graduated.model.sync.GoldenFixtures;
import uk.graduated.model.sync.ProtocolVersion;
import uk.graduated.server.auth.ApiException;

/**
 * An app whose protocol is older than the server still reads is told to update: the mapping here,
 * over HTTP in {@link UpgradeRequiredHttpTest}, the other refusals in {@link SyncRoutesTest}.
 */
class ProtocolHeaderTest {
    @Test
    void clientTooOld_isTold426UpgradeRequired_withTheGoldenMessage() {
        ApiException refusal = ProtocolHeader.refusal(ProtocolVersion.Acceptance.CLIENT_TOO_OLD);
        ErrorBody golden = ErrorBody.fromJson(GoldenFixtures.read("error-upgrade-required"));

        assertThat(refusal.code().httpStatus()).isEqualTo(426);
        assertThat(new ErrorBody(refusal.code().code(), refusal.getMessage(), refusal.field(), List.of(),
                golden.requestId(), null)).isEqualTo(golden);
    }

    @Test
    void acceptedVersion_isServed() {
        assertThat(ProtocolHeader.refusal(ProtocolVersion.accept("1"))).isNull();
    }
}
