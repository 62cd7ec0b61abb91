package org.perceptra.ui.fx;

import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.stage.Stage;

/** Starts JavaFX without an {@code Application} subclass, for demos and benchmarks run from a plain main. */
public final class FxToolkit {
    private FxToolkit() {
    }

    /** Starts the toolkit and runs {@code body} on the FX thread with a new stage; returns once it has run. */
    public static void startWithStage(Consumer<Stage> body) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        Platform.startup(() -> {
            try {
                body.accept(new Stage());
            } finally {
                done.countDown();
            }
        });
        done.await();
    }

    /** Runs {@code task} on the FX thread and waits for it. */
    public static void runAndWait(Runnable task) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                task.run();
            } finally {
                done.countDown();
            }
        });
        done.await();
    }

    /** Keeps the toolkit alive while no window is showing (between benchmark rounds). */
    public static void keepAliveWithoutWindows() {
        Platform.setImplicitExit(false);
    }

    public static void exit() {
        Platform.exit();
    }
}
