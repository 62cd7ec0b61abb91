package org.perceptra.ui.shell;

import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Orientation;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.javafx.FontIcon;
import org.perceptra.engine.Continuation;
import org.perceptra.engine.RunPreparation;
import org.perceptra.project.Project;
import org.perceptra.ui.Selection;
import org.perceptra.ui.live.LiveTraining;
import org.perceptra.ui.live.TrainingDashboard;
import org.perceptra.ui.canvas.GraphCanvas;
import org.perceptra.ui.canvas.ProblemsView;
import org.perceptra.ui.data.DatasetPanel;
import org.perceptra.ui.inspector.InspectorView;
import org.perceptra.ui.palette.PaletteView;
import org.perceptra.ui.runs.RunRecorder;
import org.perceptra.ui.runs.RunsView;
import org.perceptra.ui.training.TrainingSettingsPanel;

/**
 * The designer itself: palette on the left, the canvas in the middle with the problems list under it, and
 * the Inspector, Data and Training panels in tabs on the right; the centre's second tab is the live training
 * dashboard. Built once per window; opening another file
 * replaces the document's project, and every piece follows.
 */
public final class Workspace extends SplitPane {
    private final GraphCanvas canvas;
    private final LiveTraining training;
    private final TrainingDashboard dashboard;
    private final TabPane centreTabs;
    private final TabPane sideTabs;
    private final PaletteView palette;
    private final InspectorView inspector;

    public Workspace(OpenProject open, Selection selection) {
        setId("workspace");
        getStyleClass().add("workspace");
        canvas = new GraphCanvas(open.document(), selection);
        palette = new PaletteView(open.document(), selection, canvas);
        inspector = new InspectorView(open.document(), selection);
        ProblemsView problems = new ProblemsView(open.document(), selection, canvas);

        SplitPane design = new SplitPane(canvas, problems);
        design.setOrientation(Orientation.VERTICAL);
        design.setDividerPositions(0.8);
        design.getStyleClass().add("centre");
        SplitPane.setResizableWithParent(problems, false);

        // A run trains the project as it was when Train was pressed (its own snapshot): the canvas stays
        // editable, and the next run picks the edits up.
        AtomicReference<Project> current = new AtomicReference<>(open.document().project());
        AtomicReference<Project> trained = new AtomicReference<>(current.get());
        open.document().addListener(change -> current.set(open.document().project()));
        training = LiveTraining.onFxThread(listener -> {
            Project p = current.get();
            trained.set(p);
            return RunPreparation.prepare(p.graph(), p.dataset(), p.training(), open.folder(),
                    Runtime.getRuntime().maxMemory(), listener, p.results().weightsJson());
        });
        // Continue: the project's saved weights and optimiser state, offered whenever the project holds weights.
        training.setContinuation(listener -> {
            Project p = current.get();
            trained.set(p);
            RunPreparation.Check check = RunPreparation.check(p.graph(), p.dataset(), p.training(), open.folder(),
                    Runtime.getRuntime().maxMemory());
            return check instanceof RunPreparation.Checked checked
                    ? Continuation.prepare(checked, p.results().weightsJson(), null, listener)
                    : new Continuation.Continued((RunPreparation.Refused) check, "");
        });
        training.continuableProperty().set(current.get().results().hasWeights());
        open.document().addListener(change -> training.continuableProperty()
                .set(open.document().project().results().hasWeights()));
        dashboard = new TrainingDashboard(training);
        new HealthBadges(dashboard.healthView().warnings(), training, open.document(), canvas);
        // Every run is recorded into the project when it ends, with the graph and settings it was prepared from.
        training.addObserver(new RunRecorder(open.document(), trained::get, training::trainedWeightsJson));
        TabPane centre = new TabPane(tab("Network", "mdi2g-graph-outline", design),
                tab("Training run", "mdi2c-chart-bell-curve-cumulative", dashboard),
                tab("Runs", "mdi2h-history", RunsView.dock(open.document())));
        centre.setId("centre-tabs");
        centre.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        centreTabs = centre;

        TabPane side = new TabPane(
                tab("Inspector", "mdi2t-tune-variant", inspector),
                tab("Data", "mdi2d-database-outline", new DatasetPanel(open.document(), open::folder)),
                tab("Training", "mdi2c-cog-outline", new TrainingSettingsPanel(open.document())));
        side.setId("side-tabs");
        side.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        sideTabs = side;
        // The holder's minimum width is in em (shell.css), so the palette widens with the text size.
        StackPane paletteHolder = new StackPane(palette);
        paletteHolder.setId("palette-holder");

        getItems().addAll(paletteHolder, centre, side);
        // The palette is of no use while watching a run: give its width to the charts.
        centre.getSelectionModel().selectedIndexProperty().addListener((o, was, now) -> {
            if (now.intValue() >= 1) {
                getItems().remove(paletteHolder);
                setDividerPositions(0.76);
            } else if (!getItems().contains(paletteHolder)) {
                getItems().add(0, paletteHolder);
                setDividerPositions(0.19, 0.73);
            }
        });
        setDividerPositions(0.19, 0.73);
        SplitPane.setResizableWithParent(paletteHolder, false);
        SplitPane.setResizableWithParent(side, false);
    }

    public GraphCanvas canvas() {
        return canvas;
    }

    public LiveTraining training() {
        return training;
    }

    public TrainingDashboard dashboard() {
        return dashboard;
    }

    /** Brings the training dashboard to the front (the toolbar's Train button does, before it starts a run). */
    public void showTraining() {
        centreTabs.getSelectionModel().select(1);
    }

    /** The keyboard's way to the palette: the Network tab and the palette's search field. */
    public void focusPalette() {
        centreTabs.getSelectionModel().select(0);
        palette.focusSearch();
    }

    /**
     * The keyboard's way to the inspector: its tab and the first field of the selected layer, or the canvas
     * when no single layer is selected (arrow keys there choose one).
     */
    public void focusInspector() {
        sideTabs.getSelectionModel().select(0);
        if (!inspector.focusFirstField()) {
            centreTabs.getSelectionModel().select(0);
            canvas.requestFocus();
        }
    }

    private static Tab tab(String title, String icon, javafx.scene.Node content) {
        Tab tab = new Tab(title, content);
        tab.setGraphic(new FontIcon(icon));
        tab.setId("tab-" + title.toLowerCase(java.util.Locale.ROOT));
        return tab;
    }
}
