package uk.graduated.app.sync.engine;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import uk.graduated.model.sync.PullRequest;
import uk.graduated.model.sync.PullResponse;

/**
 * The next pull page, requested on another thread while the engine applies the page before it:
 * the request, the server's page and the decoding overlap the local transaction instead of
 * following it. Only the request runs there; the page is applied on the engine's thread, in order.
 */
final class PageAhead {
    /** One short-lived daemon thread per page: a page takes far longer than starting a thread. */
    static final Executor OWN_THREAD = task -> {
        Thread thread = new Thread(task, "sync-pull-ahead");
        thread.setDaemon(true);
        thread.start();
    };

    private final FutureTask<PullResponse> request;

    private PageAhead(FutureTask<PullResponse> request) {
        this.request = request;
    }

    static PageAhead request(Executor executor, SyncTransport transport, SyncScope scope, PullRequest pull) {
        PageAhead ahead = new PageAhead(new FutureTask<>(() -> transport.pull(scope, pull)));
        executor.execute(ahead.request);
        return ahead;
    }

    /** Waits for the page; a failed request throws here exactly what the transport threw. */
    PullResponse page() throws TransportException, InterruptedException {
        try {
            return request.get();
        } catch (ExecutionException e) {
            Throwable failure = e.getCause();
            if (failure instanceof TransportException transportFailure) {
                throw transportFailure;
            }
            if (failure instanceof RuntimeException runtimeFailure) {
                throw runtimeFailure;
            }
            if (failure instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("a pull failed with " + failure, failure);
        }
    }

    /**
     * Gives the request up when the round ends before its page is wanted: the thread is interrupted
     * and whatever the server answers is dropped. No effect once the page has been taken.
     */
    void giveUp() {
        request.cancel(true);
    }
}
