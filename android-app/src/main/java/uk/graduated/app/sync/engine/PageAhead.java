package uk.graduated.app.sync.engine;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import uk.graduated.model.sync.PullRequest;

/**
 * The next pull page, requested and prepared on another thread while the engine applies the page
 * before it: the request, the server's page, its decoding and the applier's own decoding of its
 * records overlap the local transaction instead of following it. Nothing local is touched there;
 * the page is applied on the engine's thread, in order.
 */
final class PageAhead {
    /** One short-lived daemon thread per page: a page takes far longer than starting a thread. */
    static final Executor OWN_THREAD = task -> {
        Thread thread = new Thread(task, "sync-pull-ahead");
        thread.setDaemon(true);
        thread.start();
    };

    private final FutureTask<PreparedPage> request;

    private PageAhead(FutureTask<PreparedPage> request) {
        this.request = request;
    }

    static PageAhead request(Executor executor, SyncTransport transport, LocalApplier applier, SyncScope scope,
                             PullRequest pull) {
        PageAhead ahead = new PageAhead(new FutureTask<>(() -> applier.prepare(transport.pull(scope, pull))));
        executor.execute(ahead.request);
        return ahead;
    }

    /**
     * Waits for the page; a failed request throws here exactly what the transport (or the
     * applier's preparing) threw.
     */
    PreparedPage page() throws TransportException, InterruptedException {
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
