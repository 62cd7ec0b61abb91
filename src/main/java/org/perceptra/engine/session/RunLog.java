package org.perceptra.engine.session;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Every step's loss and every epoch's figures of one run, for replay, comparison and export. Written on the
 * training thread, read from any thread; readers get copies.
 */
public final class RunLog implements TrainingListener {
    private float[] losses = new float[1024];
    private int size;
    private final List<TrainingEvent.EpochEnded> epochs = new ArrayList<>();
    private TrainingEvent terminal;

    @Override
    public synchronized void onEvent(TrainingEvent event) {
        if (event instanceof TrainingEvent.Iterations it) {
            append(it.losses());
        } else if (event instanceof TrainingEvent.EpochEnded e) {
            epochs.add(e);
        } else if (event instanceof TrainingEvent.RunFinished || event instanceof TrainingEvent.RunFailed) {
            terminal = event;
        }
    }

    private void append(float[] more) {
        if (size + more.length > losses.length) {
            losses = Arrays.copyOf(losses, Math.max(losses.length * 2, size + more.length));
        }
        System.arraycopy(more, 0, losses, size, more.length);
        size += more.length;
    }

    /** The loss of every step so far, in order. */
    public synchronized float[] losses() {
        return Arrays.copyOf(losses, size);
    }

    public synchronized int iterations() {
        return size;
    }

    public synchronized List<TrainingEvent.EpochEnded> epochs() {
        return List.copyOf(epochs);
    }

    /** How the run ended (finished or failed), or null while it runs. */
    public synchronized TrainingEvent ending() {
        return terminal;
    }
}
