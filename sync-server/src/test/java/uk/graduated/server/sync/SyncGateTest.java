package uk.graduated.server.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import uk.graduated.model.sync.ErrorCode;
import uk.graduated.server.auth.ApiException;

class SyncGateTest {
    @Test
    void requestBeyondTheLimit_waitsForAPlace_thenRuns() throws Exception {
        SyncGate gate = new SyncGate(1, Duration.ofMinutes(1));
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> gate.run(() -> {
            inside.countDown();
            await(release);
            return "first";
        }));
        inside.await();
        CompletableFuture<String> second = CompletableFuture.supplyAsync(() -> gate.run(() -> "second"));

        assertThat(second).isNotDone();
        release.countDown();
        assertThat(first.get()).isEqualTo("first");
        assertThat(second.get()).isEqualTo("second");
    }

    @Test
    void requestThatWaitsTooLong_isAnsweredBusyWithRetryAfter() throws Exception {
        SyncGate gate = new SyncGate(1, Duration.ofMillis(50));
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<String> holder = CompletableFuture.supplyAsync(() -> gate.run(() -> {
            inside.countDown();
            await(release);
            return "held";
        }));
        inside.await();

        assertThatThrownBy(() -> gate.run(() -> "late"))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.UNAVAILABLE);
                    assertThat(e.retryAfterSeconds()).isEqualTo(5);
                });
        release.countDown();
        assertThat(holder.get()).isEqualTo("held");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
