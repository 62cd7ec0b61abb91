package org.perceptra.ui.shell;

import javafx.scene.Node;
import javafx.scene.control.Separator;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** Icon buttons for the commands used most, grouped as in the menus. */
public final class MainToolBar {
    private MainToolBar() {
    }

    public static ToolBar build(ShellCommands c) {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        ToolBar bar = new ToolBar(
                b(c, "new"), b(c, "open"), b(c, "save"), sep(),
                b(c, "undo"), b(c, "redo"), sep(),
                b(c, "cut"), b(c, "copy"), b(c, "paste"), b(c, "delete"), sep(),
                b(c, "zoom-out"), b(c, "zoom-in"), b(c, "fit"), b(c, "arrange"), sep(),
                b(c, "train"), b(c, "pause"), b(c, "stop"),
                spacer,
                b(c, "font-smaller"), b(c, "font-larger"), b(c, "theme"), b(c, "shortcuts"));
        bar.setId("main-toolbar");
        bar.getStyleClass().add("main-toolbar");
        return bar;
    }

    private static Node b(ShellCommands c, String id) {
        return c.get(id).button();
    }

    private static Separator sep() {
        return new Separator(javafx.geometry.Orientation.VERTICAL);
    }
}
