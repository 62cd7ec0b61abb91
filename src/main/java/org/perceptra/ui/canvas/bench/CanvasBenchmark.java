package org.perceptra.ui.canvas.bench;

import atlantafx.base.theme.PrimerLight;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.perceptra.edit.Document;
import org.perceptra.model.Connection;
import org.perceptra.model.LayerKind;
import org.perceptra.model.LayerNode;
import org.perceptra.model.NetworkGraph;
import org.perceptra.model.NodeId;
import org.perceptra.model.layers.StandardLayers;
import org.perceptra.project.Project;
import org.perceptra.ui.Selection;
import org.perceptra.ui.canvas.GraphCanvas;

/**
 * Frames per second of the canvas with a 500-node graph while it pans and zooms, for a person to run and
 * compare (not a test: timings depend on the machine). Run it in software rendering under a display:
 * {@code java -Dprism.order=sw -cp ... org.perceptra.ui.canvas.bench.CanvasBenchmark [seconds per phase]}.
 *
 * <p>Three phases: panning at 100 % (cards with all their text), zooming between 50 % and 120 % while
 * panning, and panning with the whole graph in view (about 10 %, cards without text). Frames are counted
 * once per pulse by an {@link AnimationTimer}; JavaFX runs at most 60 pulses a second and skips pulses while
 * the previous frame is still being drawn, so the count is the frames actually shown.
 */
public final class CanvasBenchmark {
    static final int CHAINS = Integer.getInteger("bench.chains", 5);
    static final int CHAIN_LENGTH = 100;

    private CanvasBenchmark() {
    }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** 5 chains of 100 layers (Input, Dense..., Output), with a merge every 10 layers between neighbours. */
    static NetworkGraph graph() {
        List<LayerNode> nodes = new ArrayList<>();
        List<Connection> wires = new ArrayList<>();
        for (int c = 0; c < CHAINS; c++) {
            NodeId previous = null;
            for (int i = 0; i < CHAIN_LENGTH; i++) {
                LayerKind kind = i == 0 ? StandardLayers.INPUT : i == CHAIN_LENGTH - 1 ? StandardLayers.OUTPUT
                        : i % 10 == 5 ? StandardLayers.ADD : i % 10 == 3 ? StandardLayers.DROPOUT : StandardLayers.DENSE;
                NodeId id = NodeId.of("n" + c + "_" + i);
                nodes.add(new LayerNode(id, id.value(), kind, kind.defaults(), new org.perceptra.model.Position(60 + i * 260, 60 + c * 180)));
                if (previous != null) {
                    wires.add(new Connection(previous, id));
                }
                if (kind == StandardLayers.ADD && c > 0) {
                    wires.add(new Connection(NodeId.of("n" + (c - 1) + "_" + (i - 1)), id));
                }
                previous = id;
            }
        }
        return NetworkGraph.of(nodes, wires);
    }

    /** The benchmark window; nested because a main class extending Application fails on the class path. */
    public static final class Window extends Application {
        private final List<String> results = new ArrayList<>();

        @Override
        public void start(Stage stage) {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            double seconds = getParameters().getUnnamed().isEmpty() ? 4 : Double.parseDouble(getParameters().getUnnamed().get(0));
            NetworkGraph graph = graph();
            long built = System.nanoTime();
            GraphCanvas canvas = new GraphCanvas(new Document(Project.empty("bench").withGraph(graph)), new Selection());
            stage.setScene(new Scene(canvas, 1280, 800));
            stage.show();
            System.out.printf(Locale.ROOT, "%d nodes, %d wires on the canvas in %.0f ms (prism.order=%s)%n",
                    graph.size(), graph.connections().size(), (System.nanoTime() - built) / 1e6,
                    System.getProperty("prism.order", "default"));
            List<Phase> phases = List.of(
                    new Phase("pan at 100%", seconds, 1.0, 0.0),
                    new Phase("zoom 50%-120% while panning", seconds, 0.85, 0.35),
                    new Phase("pan with all 500 in view", seconds, -1, 0))
                    .subList(0, Integer.getInteger("bench.phases", 3));
            run(canvas, phases, 0);
        }

        private void run(GraphCanvas canvas, List<Phase> phases, int index) {
            if (index == phases.size()) {
                results.forEach(System.out::println);
                System.out.printf(Locale.ROOT, "load average %.1f on %d cores%n",
                        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                        Runtime.getRuntime().availableProcessors());
                Platform.exit();
                return;
            }
            Phase phase = phases.get(index);
            new AnimationTimer() {
                private long start = -1;
                private long warmUntil;
                private int frames;
                private double lastX;
                private double lastY;
                private long fxCpuStart;
                private long renderCpuStart;

                @Override
                public void handle(long now) {
                    if (start < 0) {
                        start = now;
                        warmUntil = now + 500_000_000L; // the first half second settles caches and the JIT
                        if (phase.zoom < 0) {
                            canvas.fitWhole();
                        } else {
                            canvas.resetZoom();
                        }
                    }
                    double t = (now - start) / 1e9;
                    if (phase.zoom > 0) {
                        canvas.zoomProperty().set(phase.zoom + phase.zoomSwing * Math.sin(t * 2.1));
                    }
                    // A loop through the graph (screen pixels), so that different cards come and go.
                    double reach = phase.zoom < 0 ? 40 : 900;
                    double x = reach * Math.sin(t * 0.9);
                    double y = reach * 0.4 * Math.sin(t * 1.7);
                    canvas.panBy(lastX - x, lastY - y);
                    lastX = x;
                    lastY = y;
                    if (now >= warmUntil) {
                        if (frames == 0) {
                            fxCpuStart = ThreadCpu.fxThread();
                            renderCpuStart = ThreadCpu.renderer();
                        }
                        frames++;
                    }
                    if (t >= phase.seconds + 0.5) {
                        stop();
                        double measured = (now - warmUntil) / 1e9;
                        double fxMs = (ThreadCpu.fxThread() - fxCpuStart) / 1e6 / frames;
                        double renderMs = (ThreadCpu.renderer() - renderCpuStart) / 1e6 / frames;
                        results.add(String.format(Locale.ROOT,
                                "%-30s %6.1f fps (%d frames in %.1f s); CPU per frame: FX thread %.1f ms, renderer %.1f ms",
                                phase.name, frames / measured, frames, measured, fxMs, renderMs));
                        run(canvas, phases, index + 1);
                    }
                }
            }.start();
        }
    }

    /** @param zoom the zoom to pan at (negative: fit the whole graph); @param zoomSwing how far it swings */
    private record Phase(String name, double seconds, double zoom, double zoomSwing) {
    }
}
