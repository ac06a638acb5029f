package org.driftscope.app;

import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Where the window's view models run long work, and which work still counts. Every load, run and
 * relayout takes a new {@link Ticket}; a result that comes back on a ticket that another job has
 * replaced since is dropped, so a slow load can never overwrite what the user opened after it.
 */
final class Jobs {
    /** Work for the background thread; whatever it throws comes back as the failure. */
    @FunctionalInterface
    interface Work<T> {
        T call() throws Exception;
    }

    private final Executor background;
    private final Executor ui;
    /** Bumped by every ticket taken, on the FX thread; read by background work asking whether to go on. */
    private volatile int generation;

    Jobs(Executor background, Executor ui) {
        this.background = background;
        this.ui = ui;
    }

    /** A ticket for new work; every older ticket stops counting. */
    Ticket replace() {
        return new Ticket(++generation, true);
    }

    /** A ticket that never goes stale: exports and saves report however long they take. */
    Ticket alongside() {
        return new Ticket(generation, false);
    }

    /** The executor on which results come back (the FX thread). */
    Executor ui() {
        return ui;
    }

    /** Runs {@code task} on the background thread as it is, for work that reports through its own tickets. */
    void inBackground(Runnable task) {
        background.execute(task);
    }

    /** One job's claim on the window. */
    final class Ticket {
        private final int id;
        private final boolean replaceable;

        private Ticket(int id, boolean replaceable) {
            this.id = id;
            this.replaceable = replaceable;
        }

        /** True while no newer work has replaced this one (FX thread). */
        boolean current() {
            return !replaceable || id == generation;
        }

        /** Runs {@code action} on the FX thread if this ticket is still current then. */
        void then(Runnable action) {
            ui.execute(() -> {
                if (current()) {
                    action.run();
                }
            });
        }

        /**
         * Runs {@code work} in the background and hands its result to {@code done}, or what it threw to
         * {@code failed}, on the FX thread while this ticket is current. A reader must never leave the
         * window stuck on "Loading...": errors are reported too, running out of memory with the heap's size.
         */
        <T> void run(Work<T> work, Consumer<T> done, Consumer<Exception> failed) {
            background.execute(() -> {
                T result;
                try {
                    result = work.call();
                } catch (Exception e) {
                    then(() -> failed.accept(e));
                    return;
                } catch (OutOfMemoryError e) {
                    long heap = Runtime.getRuntime().maxMemory() >> 20;
                    var report = new IllegalStateException("there is not enough memory for it (this window may use "
                            + heap + " MB); start the app with a larger -Xmx, or use a smaller file");
                    then(() -> failed.accept(report));
                    return;
                } catch (Error e) {
                    var report = new IllegalStateException(
                            e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), e);
                    then(() -> failed.accept(report));
                    return;
                }
                then(() -> done.accept(result));
            });
        }
    }
}
