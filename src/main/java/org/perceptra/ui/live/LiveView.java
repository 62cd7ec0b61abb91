package org.perceptra.ui.live;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import org.perceptra.engine.session.TrainingEvent;

/** One dockable view of a run. All methods run on the FX thread. */
public interface LiveView {
    String title();

    /** The view itself. */
    Node node();

    /** The view's own switches (log scale, layer choice…), shown in its header; an empty node when none. */
    Node tools();

    /** A new run is about to start: forget the old one and take what is known before the first step. */
    void runPrepared(RunInfo run);

    /** Whether this view has anything to show for such a run (a ROC curve needs two classes); docks hide it if not. */
    default boolean appliesTo(RunInfo run) {
        return true;
    }

    /** Events of one frame, in order. Redraw at most once. */
    void apply(List<TrainingEvent> events);

    void exportPng(Path file) throws IOException;

    void exportCsv(Path file) throws IOException;
}
