package org.perceptra.ui.shell;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.perceptra.edit.Document;
import org.perceptra.model.LayerNode;
import org.perceptra.model.NetworkGraph;
import org.perceptra.model.NodeId;
import org.perceptra.ui.canvas.GraphCanvas;
import org.perceptra.ui.canvas.HealthBadge;
import org.perceptra.ui.live.HealthWarning;
import org.perceptra.ui.live.LiveTraining;

/**
 * Carries the health view's warnings from the training tab to the canvas in the other tab, as badges on the
 * layers concerned. The badges describe the network that was trained, so they go when a new run starts and
 * when the design changes structure (a layer, a wire or a setting; moving cards keeps them), and stay away
 * until the next run.
 */
final class HealthBadges implements LiveTraining.Observer {
    private final GraphCanvas canvas;
    private final Document document;
    private final ObservableList<HealthWarning> warnings;
    private List<Object> trainedStructure;
    private boolean stale;

    HealthBadges(ObservableList<HealthWarning> warnings, LiveTraining training, Document document, GraphCanvas canvas) {
        this.canvas = canvas;
        this.document = document;
        this.warnings = warnings;
        trainedStructure = structure(document.project().graph());
        warnings.addListener((ListChangeListener<HealthWarning>) c -> show());
        training.addObserver(this);
        document.addListener(change -> {
            if (!stale && !structure(document.project().graph()).equals(trainedStructure)) {
                stale = true;
                canvas.setHealth(List.of());
            }
        });
    }

    /** A new run (or Reset weights): the old badges go, and the design as it is now is what gets trained. */
    @Override
    public void runPrepared(org.perceptra.ui.live.RunInfo run) {
        stale = false;
        trainedStructure = structure(document.project().graph());
        canvas.setHealth(List.of());
    }

    @Override
    public void eventsArrived(List<org.perceptra.engine.session.TrainingEvent> events) {
        // The warnings arrive through the health view, which reads these events first.
    }

    private void show() {
        if (stale) {
            return;
        }
        NetworkGraph graph = document.project().graph();
        List<HealthBadge> badges = new ArrayList<>();
        for (HealthWarning w : warnings) {
            NodeId id = NodeId.of(w.node());
            if (graph.nodeIds().contains(id)) {
                badges.add(new HealthBadge(id, w.message(), w.fix(), w.level() == HealthWarning.Level.ERROR));
            }
        }
        canvas.setHealth(badges);
    }

    /** What the badges depend on: layers with their kinds and settings, and the wires; not where cards sit. */
    static List<Object> structure(NetworkGraph graph) {
        List<Object> out = new ArrayList<>();
        for (LayerNode n : graph.nodes()) {
            out.add(List.of(n.id(), n.kind().id(), n.params()));
        }
        out.add(java.util.Set.copyOf(graph.connections()));
        return out;
    }

    boolean isStale() {
        return stale;
    }
}
