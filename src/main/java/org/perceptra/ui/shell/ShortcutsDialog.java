package org.perceptra.ui.shell;

import java.util.List;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.Window;

/** F1: every keyboard shortcut on one page, grouped by what it is for. */
public final class ShortcutsDialog {
    private record Shortcut(String keys, String what) {
    }

    private record Group(String title, List<Shortcut> shortcuts) {
    }

    private static final List<Group> GROUPS = List.of(
            new Group("Files", List.of(
                    new Shortcut("Ctrl+N", "New project"),
                    new Shortcut("Ctrl+O", "Open a project"),
                    new Shortcut("Ctrl+S", "Save"),
                    new Shortcut("Ctrl+Shift+S", "Save under another name"),
                    new Shortcut("Ctrl+W", "Close the project, back to the welcome page"),
                    new Shortcut("Ctrl+Q", "Quit"))),
            new Group("Editing", List.of(
                    new Shortcut("Ctrl+Z", "Undo"),
                    new Shortcut("Ctrl+Y", "Redo"),
                    new Shortcut("Ctrl+X / C / V", "Cut, copy, paste layers (wires inside the selection come along)"),
                    new Shortcut("Ctrl+D", "Duplicate the selection"),
                    new Shortcut("Delete", "Delete the selection and its wires"),
                    new Shortcut("Ctrl+A", "Select all layers"),
                    new Shortcut("Arrow keys", "Nudge the selection"))),
            new Group("Canvas", List.of(
                    new Shortcut("+ / \u2212", "Zoom in, zoom out (or the mouse wheel)"),
                    new Shortcut("0", "Fit the network into the window"),
                    new Shortcut("1", "Actual size (100%)"),
                    new Shortcut("Space+drag", "Pan (or drag the background)"),
                    new Shortcut("Shift+click", "Add to or remove from the selection"))),
            new Group("Window", List.of(
                    new Shortcut("Ctrl++ / Ctrl+\u2212", "Larger or smaller text, for a projector"),
                    new Shortcut("Ctrl+0", "Default text size"),
                    new Shortcut("Ctrl+F", "Find a layer kind in the palette (Enter adds it)"),
                    new Shortcut("Ctrl+I", "Edit the selected layer in the inspector"),
                    new Shortcut("Tab", "Move between palette, canvas and panels"),
                    new Shortcut("F1", "This list"))));

    private ShortcutsDialog() {
    }

    public static void show(Window owner, Appearance appearance) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Keyboard shortcuts");
        dialog.setHeaderText("Keyboard shortcuts");
        dialog.getDialogPane().setId("shortcuts-dialog");
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        HBox columns = new HBox(40, table(GROUPS.subList(0, 2)), table(GROUPS.subList(2, GROUPS.size())));
        columns.setPadding(new Insets(4, 16, 8, 16));
        dialog.getDialogPane().setContent(columns);
        appearance.style(dialog);
        dialog.setResizable(true);
        dialog.showAndWait();
    }

    private static GridPane table(List<Group> groups) {
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(8);
        ColumnConstraints keys = new ColumnConstraints();
        keys.setHalignment(HPos.RIGHT);
        ColumnConstraints what = new ColumnConstraints();
        what.setMinWidth(230);
        what.setPrefWidth(290);
        grid.getColumnConstraints().addAll(keys, what);
        int row = 0;
        for (Group g : groups) {
            Label title = new Label(g.title());
            title.getStyleClass().add("shortcut-group");
            grid.add(title, 0, row++, 2, 1);
            GridPane.setHalignment(title, HPos.LEFT);
            for (Shortcut s : g.shortcuts()) {
                grid.add(keys(s.keys()), 0, row);
                Label text = new Label(s.what());
                text.setWrapText(true);
                grid.add(text, 1, row++);
            }
        }
        return grid;
    }

    /** Each alternative ("Ctrl+X / C / V") in its own key-cap, the slashes between them as plain text. */
    private static HBox keys(String spec) {
        HBox box = new HBox(4);
        box.setAlignment(javafx.geometry.Pos.CENTER_RIGHT);
        String[] alternatives = spec.split(" / ");
        for (int i = 0; i < alternatives.length; i++) {
            if (i > 0) {
                Label slash = new Label("/");
                slash.getStyleClass().add("key-separator");
                box.getChildren().add(slash);
            }
            Label cap = new Label(alternatives[i]);
            cap.getStyleClass().add("key-cap");
            cap.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            box.getChildren().add(cap);
        }
        return box;
    }
}
