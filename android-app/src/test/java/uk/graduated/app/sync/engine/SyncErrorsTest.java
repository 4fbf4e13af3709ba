package uk.graduated.app.sync.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.Test;
import uk.graduated.model.sync.ErrorBody;
import uk.graduated.model.sync.ErrorCode;

public class SyncErrorsTest {
    private static final SyncScope PERSON = SyncScope.staff(EngineHarness.TA);

    @Test
    public void noAnswer_isANetworkFailure_retried() {
        SyncError error = SyncErrors.classify(TransportException.network(new IOException("timeout")), PERSON);

        assertThat(error.kind()).isEqualTo(SyncError.Kind.NETWORK);
        assertThat(error.retryable()).isTrue();
    }

    @Test
    public void serverNewerThanTheApp_orOlder_areToldApart() {
        assertThat(kindOf(400, ErrorCode.PROTOCOL_VERSION_UNSUPPORTED)).isEqualTo(SyncError.Kind.SERVER_OUTDATED);
        assertThat(kindOf(426, ErrorCode.UPGRADE_REQUIRED)).isEqualTo(SyncError.Kind.UPGRADE_REQUIRED);
    }

    @Test
    public void failingServer_isRetried_andAClientMistakeIsNot() {
        assertThat(kindOf(500, ErrorCode.INTERNAL_ERROR)).isEqualTo(SyncError.Kind.SERVER_BUSY);
        assertThat(kindOf(429, ErrorCode.RATE_LIMITED)).isEqualTo(SyncError.Kind.SERVER_BUSY);
        assertThat(kindOf(400, ErrorCode.VALIDATION_FAILED)).isEqualTo(SyncError.Kind.PROTOCOL);
        assertThat(kindOf(415, ErrorCode.UNSUPPORTED_MEDIA_TYPE)).isEqualTo(SyncError.Kind.PROTOCOL);
    }

    @Test
    public void forbiddenRole_isNotRetried() {
        SyncError error = SyncErrors.classify(TransportException.http(403, ErrorBody.of(ErrorCode.FORBIDDEN, "r"),
                null), PERSON);

        assertThat(error.kind()).isEqualTo(SyncError.Kind.FORBIDDEN);
        assertThat(error.retryable()).isFalse();
    }

    @Test
    public void statusWithoutAnErrorBody_isJudgedByTheStatusAlone() {
        SyncError error = SyncErrors.classify(TransportException.http(502, null, null), PERSON);

        assertThat(error.kind()).isEqualTo(SyncError.Kind.SERVER_BUSY);
        assertThat(error.message()).contains("502");
        assertThat(error.requestId()).isNull();
    }

    @Test
    public void errorBody_givesTheMessageAndRequestId() {
        ErrorBody body = new ErrorBody("forbidden", "Only the SENCO can change this plan.", null, List.of(), "req-42",
                null);

        SyncError error = SyncErrors.classify(TransportException.http(403, body, null), PERSON);

        assertThat(error.message()).isEqualTo("Only the SENCO can change this plan.");
        assertThat(error.requestId()).isEqualTo("req-42");
        assertThat(error.code()).isEqualTo("forbidden");
    }

    private static SyncError.Kind kindOf(int status, ErrorCode code) {
        return SyncErrors.classify(TransportException.http(status, ErrorBody.of(code, "req-1"), null), PERSON).kind();
    }
}
