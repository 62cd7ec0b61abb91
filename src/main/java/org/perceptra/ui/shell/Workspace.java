package org.perceptra.ui.shell;

import javafx.geometry.Orientation;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.javafx.FontIcon;
import org.perceptra.ui.Selection;
import org.perceptra.ui.canvas.GraphCanvas;
import org.perceptra.ui.canvas.ProblemsView;
import org.perceptra.ui.data.DatasetPanel;
import org.perceptra.ui.inspector.InspectorView;
import org.perceptra.ui.palette.PaletteView;
import org.perceptra.ui.training.TrainingSettingsPanel;

/**
 * The designer itself: palette on the left, the canvas in the middle with the problems list under it, and
 * the Inspector, Data and Training panels in tabs on the right. Built once per window; opening another file
 * replaces the document's project, and every piece follows.
 */
public final class Workspace extends SplitPane {
    private final GraphCanvas canvas;

    public Workspace(OpenProject open, Selection selection) {
        setId("workspace");
        getStyleClass().add("workspace");
        canvas = new GraphCanvas(open.document(), selection);
        PaletteView palette = new PaletteView(open.document(), selection, canvas);
        ProblemsView problems = new ProblemsView(open.document(), selection, canvas);

        SplitPane centre = new SplitPane(canvas, problems);
        centre.setOrientation(Orientation.VERTICAL);
        centre.setDividerPositions(0.8);
        centre.getStyleClass().add("centre");
        SplitPane.setResizableWithParent(problems, false);

        TabPane side = new TabPane(
                tab("Inspector", "mdi2t-tune-variant", new InspectorView(open.document(), selection)),
                tab("Data", "mdi2d-database-outline", new DatasetPanel(open.document(), open::folder)),
                tab("Training", "mdi2c-cog-outline", new TrainingSettingsPanel(open.document())));
        side.setId("side-tabs");
        side.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        // The holder's minimum width is in em (shell.css), so the palette widens with the text size.
        StackPane paletteHolder = new StackPane(palette);
        paletteHolder.setId("palette-holder");

        getItems().addAll(paletteHolder, centre, side);
        setDividerPositions(0.19, 0.73);
        SplitPane.setResizableWithParent(paletteHolder, false);
        SplitPane.setResizableWithParent(side, false);
    }

    public GraphCanvas canvas() {
        return canvas;
    }

    private static Tab tab(String title, String icon, javafx.scene.Node content) {
        Tab tab = new Tab(title, content);
        tab.setGraphic(new FontIcon(icon));
        tab.setId("tab-" + title.toLowerCase(java.util.Locale.ROOT));
        return tab;
    }
}
