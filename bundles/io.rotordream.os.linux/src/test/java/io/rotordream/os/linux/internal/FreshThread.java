package io.rotordream.os.linux.internal;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;

/**
 * Runs a test body on a new thread, so the affinity and nice it changes (which a thread cannot
 * always undo: raising nice is one-way without CAP_SYS_NICE) die with it instead of leaking into
 * the next test on the runner's thread.
 */
final class FreshThread {

    private FreshThread() {
    }

    static <T> T call(Callable<T> body) throws Exception {
        FutureTask<T> task = new FutureTask<>(body);
        Thread thread = new Thread(task, "sched-test");
        thread.start();
        try {
            return task.get(60, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error) {
                throw (Error) e.getCause();
            }
            throw (Exception) e.getCause();
        } finally {
            thread.join();
        }
    }

    static void run(ThrowingRunnable body) throws Exception {
        call(() -> {
            body.run();
            return null;
        });
    }

    interface ThrowingRunnable {
        void run() throws Exception;
    }
}
