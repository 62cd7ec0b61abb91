package org.perceptra.ui.data;

import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.concurrent.Task;

/**
 * Reads files for a preview off the FX thread and hands the result back on it. Only the latest request's
 * answer is shown: a student who picks three files in a row sees the third file's preview, never a late answer
 * about the first.
 */
final class BackgroundLoad {
    /** One daemon thread for all previews: they are small, and a second core belongs to the FX thread. */
    static final Executor SHARED = daemonExecutor();

    private final Executor executor;
    private long latest;

    BackgroundLoad(Executor executor) {
        this.executor = executor;
    }

    /**
     * @param work   runs on the background thread
     * @param done   runs on the FX thread with the result, unless a newer request was made meanwhile
     * @param failed runs on the FX thread with the exception, on the same condition
     */
    <T> void run(Callable<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        long request = ++latest;
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        task.setOnSucceeded(e -> {
            if (request == latest) {
                done.accept(task.getValue());
            }
        });
        task.setOnFailed(e -> {
            if (request == latest) {
                failed.accept(task.getException());
            }
        });
        executor.execute(task);
    }

    /** Forgets the request under way: its answer will be dropped. */
    void cancel() {
        latest++;
    }

    private static ExecutorService daemonExecutor() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "data-preview");
            t.setDaemon(true);
            return t;
        });
    }
}
