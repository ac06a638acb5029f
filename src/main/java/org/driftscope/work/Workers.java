package org.driftscope.work;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import java.util.function.IntToDoubleFunction;
import java.util.stream.IntStream;

/**
 * Threads for Driftscope's heavy work (training, layouts, drift analytics), all at the lowest priority,
 * so that on a machine whose cores they fill the window's own threads still come first when there is
 * input to handle or a frame to draw (docs/decisions/0011). Native threads that ND4J and OpenBLAS start
 * from these threads inherit the priority.
 *
 * <p>On Linux, the JVM applies Java priorities only with {@code -XX:ThreadPriorityPolicy=1} (the app's
 * launch configurations pass it); without it the threads simply run at normal priority.
 */
public final class Workers {
    private static final ForkJoinPool POOL = new ForkJoinPool(
            Runtime.getRuntime().availableProcessors(),
            pool -> {
                ForkJoinWorkerThread t = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(pool);
                t.setName("driftscope-compute-" + t.getPoolIndex());
                t.setPriority(Thread.MIN_PRIORITY);
                t.setDaemon(true);
                return t;
            },
            null,
            false);

    private Workers() {}

    /** A daemon thread at background priority. */
    public static Thread thread(Runnable body, String name) {
        Thread t = new Thread(body, name);
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        return t;
    }

    /** Makes {@link #thread} threads with the given name. */
    public static ThreadFactory named(String name) {
        return body -> thread(body, name);
    }

    /**
     * Runs {@code body} for every index in {@code [0, n)}, spread over the background pool; returns
     * when all are done. The indices must be independent of one another.
     */
    public static void forEach(int n, IntConsumer body) {
        POOL.invoke(ForkJoinTask.adapt(() -> IntStream.range(0, n).parallel().forEach(body)));
    }

    /** Starts {@code task} on the background pool; its result (or failure) comes from {@code join()}. */
    public static <T> ForkJoinTask<T> submit(Callable<T> task) {
        return POOL.submit(task);
    }

    /** As {@link #forEach}, collecting one value per index. */
    public static double[] map(int n, IntToDoubleFunction body) {
        Callable<double[]> all =
                () -> IntStream.range(0, n).parallel().mapToDouble(body).toArray();
        return POOL.invoke(ForkJoinTask.adapt(all));
    }

    /**
     * Lets an executor finish what it was given (an autosave of the last epoch, say) for at most
     * {@code bound}, then interrupts what still runs: a closing window neither loses the save it promised
     * nor hangs on a long layout.
     *
     * @return whether everything finished within the bound
     */
    public static boolean drain(ExecutorService executor, Duration bound) {
        executor.shutdown();
        try {
            if (executor.awaitTermination(bound.toMillis(), TimeUnit.MILLISECONDS)) {
                return true;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        executor.shutdownNow();
        return false;
    }
}
