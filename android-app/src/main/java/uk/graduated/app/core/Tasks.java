package uk.graduated.app.core;

import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Runs work off the main thread and hands its outcome back on the main thread. Screens never touch
 * the database on the main thread; tests pass executors that run inline, so a tap's whole effect
 * has happened when {@code performClick} returns.
 */
public final class Tasks {
    private final Executor worker;
    private final Executor main;

    /**
     * @param worker where the work runs (a small pool in the app)
     * @param main   posts to the main thread (a Handler on the main looper in the app)
     */
    public Tasks(Executor worker, Executor main) {
        this.worker = worker;
        this.main = main;
    }

    /** Runs {@code work}, then {@code done} with its result or {@code failed} with what it threw. */
    public <T> void run(Callable<T> work, Consumer<T> done, Consumer<Exception> failed) {
        worker.execute(() -> {
            T result;
            try {
                result = work.call();
            } catch (Exception e) {
                main.execute(() -> failed.accept(e));
                return;
            }
            main.execute(() -> done.accept(result));
        });
    }
}
