package org.perceptra.ui.shell;

import static javafx.scene.input.KeyCombination.SHIFT_ANY;
import static javafx.scene.input.KeyCombination.SHIFT_DOWN;
import static javafx.scene.input.KeyCombination.SHORTCUT_DOWN;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.input.KeyCharacterCombination;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.perceptra.edit.Document;
import org.perceptra.ui.Selection;
import org.perceptra.ui.canvas.GraphCanvas;

/**
 * Every command of the menus and the toolbar, with its shortcut, wired to the file commands, the document's
 * history and the canvas. Editing and view commands are off while the welcome view shows.
 */
public final class ShellCommands {
    private final Map<String, Command> commands = new LinkedHashMap<>();
    /** Further keys for some commands, beyond the one the menu shows. */
    private final Map<KeyCombination, Command> alternates = new LinkedHashMap<>();

    /** What the commands act on; {@code projectShown} is false while the welcome view is up. */
    public record Targets(FileCommands files, ExportCommands exports, ImportCommands imports, Document document, Selection selection, GraphCanvas canvas,
                          Workspace workspace, Appearance appearance, ObservableBooleanValue projectShown, Runnable showShortcuts,
                          Runnable showAbout, Runnable quit) {
    }

    public ShellCommands(Targets t) {
        fileCommands(t);
        editCommands(t);
        viewCommands(t);
        trainCommands(t);
        add(new Command("shortcuts", "Keyboard Shortcuts", "mdi2k-keyboard-outline", new KeyCodeCombination(KeyCode.F1),
                t.showShortcuts()));
        add(new Command("about", "About Perceptra", "mdi2h-help-circle-outline", null, t.showAbout()));
    }

    public Command get(String id) {
        Command c = commands.get(id);
        if (c == null) {
            throw new IllegalArgumentException("no command " + id);
        }
        return c;
    }

    public Map<KeyCombination, Command> alternateKeys() {
        return java.util.Collections.unmodifiableMap(alternates);
    }

    public Iterable<Command> all() {
        return commands.values();
    }

    private void fileCommands(Targets t) {
        FileCommands f = t.files();
        add(new Command("new", "New Project", "mdi2f-file-plus-outline", new KeyCodeCombination(KeyCode.N, SHORTCUT_DOWN), f::newProject));
        add(new Command("open", "Open\u2026", "mdi2f-folder-open-outline", new KeyCodeCombination(KeyCode.O, SHORTCUT_DOWN), f::open));
        add(new Command("save", "Save", "mdi2c-content-save-outline", new KeyCodeCombination(KeyCode.S, SHORTCUT_DOWN), f::save));
        add(new Command("save-as", "Save As\u2026", "mdi2c-content-save-edit-outline",
                new KeyCodeCombination(KeyCode.S, SHORTCUT_DOWN, SHIFT_DOWN), f::saveAs));
        add(new Command("close", "Close Project", "mdi2c-close", new KeyCodeCombination(KeyCode.W, SHORTCUT_DOWN), f::close));
        add(new Command("quit", "Quit", null, new KeyCodeCombination(KeyCode.Q, SHORTCUT_DOWN), t.quit()));
        add(new Command("export-onnx", "ONNX Model\u2026", "mdi2e-export-variant", null, t.exports()::onnx));
        add(new Command("export-nd4j", "ND4J SameDiff File\u2026", "mdi2e-export-variant", null, t.exports()::nd4j));
        add(new Command("export-java", "Java Class\u2026", "mdi2l-language-java", null, t.exports()::java));
        add(new Command("export-pytorch", "PyTorch\u2026", "mdi2l-language-python", null, t.exports()::pyTorch));
        add(new Command("import-onnx", "ONNX Model\u2026", "mdi2i-import", null, t.imports()::onnx));
        add(new Command("export-diagram-png", "Diagram (PNG)\u2026", "mdi2i-image-outline", null,
                t.exports()::diagramPng));
        add(new Command("export-diagram-svg", "Diagram (SVG)\u2026", "mdi2v-vector-square", null,
                t.exports()::diagramSvg));
        add(new Command("export-report", "Run Report (HTML)\u2026", "mdi2f-file-chart-outline", null,
                t.exports()::runReport));
        whileShown(t, "save", "save-as", "close", "export-onnx", "export-pytorch", "export-nd4j", "export-java",
                "export-diagram-png", "export-diagram-svg", "export-report");
    }

    private void editCommands(Targets t) {
        Document doc = t.document();
        GraphCanvas canvas = t.canvas();
        Command undo = add(new Command("undo", "Undo", "mdi2u-undo", new KeyCodeCombination(KeyCode.Z, SHORTCUT_DOWN), doc::undo));
        Command redo = add(new Command("redo", "Redo", "mdi2r-redo", new KeyCodeCombination(KeyCode.Y, SHORTCUT_DOWN), doc::redo));
        add(new Command("cut", "Cut", "mdi2c-content-cut", new KeyCodeCombination(KeyCode.X, SHORTCUT_DOWN), canvas::cut));
        add(new Command("copy", "Copy", "mdi2c-content-copy", new KeyCodeCombination(KeyCode.C, SHORTCUT_DOWN), canvas::copy));
        add(new Command("paste", "Paste", "mdi2c-content-paste", new KeyCodeCombination(KeyCode.V, SHORTCUT_DOWN), canvas::paste));
        add(new Command("duplicate", "Duplicate", "mdi2c-content-duplicate", new KeyCodeCombination(KeyCode.D, SHORTCUT_DOWN), canvas::duplicate));
        add(new Command("delete", "Delete", "mdi2d-delete-outline", new KeyCodeCombination(KeyCode.DELETE), canvas::deleteSelection));
        add(new Command("select-all", "Select All", "mdi2s-select-all", new KeyCodeCombination(KeyCode.A, SHORTCUT_DOWN), canvas::selectAll));
        Runnable refreshHistory = () -> {
            undo.textProperty().set(doc.undoLabel().map(l -> "Undo " + l).orElse("Undo"));
            redo.textProperty().set(doc.redoLabel().map(l -> "Redo " + l).orElse("Redo"));
            undo.disabledProperty().set(!t.projectShown().get() || !doc.canUndo());
            redo.disabledProperty().set(!t.projectShown().get() || !doc.canRedo());
        };
        doc.addListener(change -> refreshHistory.run());
        t.projectShown().addListener((obs, was, is) -> refreshHistory.run());
        refreshHistory.run();
        ObservableBooleanValue nothingSelected = Bindings.createBooleanBinding(() -> t.selection().isEmpty(), t.selection().nodes());
        // No accelerator: F is the canvas's own key, and a scene-wide one would fire while typing in a field.
        add(new Command("freeze", "Freeze / Unfreeze Layers (F on the canvas)", "mdi2s-snowflake", null,
                canvas::toggleFrozen));
        for (String id : new String[] {"cut", "copy", "duplicate", "delete", "freeze"}) {
            get(id).disabledProperty().bind(Bindings.createBooleanBinding(
                    () -> !t.projectShown().get() || nothingSelected.get(), t.projectShown(), nothingSelected));
        }
        whileShown(t, "paste", "select-all");
    }

    /** Train, pause and stop from anywhere, as in an IDE's Run menu; the dashboard's own buttons do the rest. */
    private void trainCommands(Targets t) {
        var training = t.workspace().training();
        add(new Command("train", "Train", "mdi2p-play", new KeyCodeCombination(KeyCode.F5), () -> {
            t.workspace().showTraining();
            training.train();
        }));
        add(new Command("pause", "Pause Training", "mdi2p-pause", new KeyCodeCombination(KeyCode.F6), training::pause));
        add(new Command("stop", "Stop Training", "mdi2s-stop", new KeyCodeCombination(KeyCode.F5, SHIFT_DOWN),
                training::stop));
        whileShown(t, "train", "pause", "stop");
    }

    private void viewCommands(Targets t) {
        GraphCanvas canvas = t.canvas();
        Appearance look = t.appearance();
        Command in = add(new Command("zoom-in", "Zoom In", "mdi2m-magnify-plus-outline", new KeyCharacterCombination("+"), canvas::zoomIn));
        Command out = add(new Command("zoom-out", "Zoom Out", "mdi2m-magnify-minus-outline", new KeyCodeCombination(KeyCode.MINUS), canvas::zoomOut));
        Command fit = add(new Command("fit", "Fit to Window", "mdi2f-fit-to-page-outline", new KeyCodeCombination(KeyCode.DIGIT0), canvas::fitToView));
        // "+" is Shift+= on many layouts and has its own key on the number pad: accept every spelling.
        alternates.put(new KeyCodeCombination(KeyCode.EQUALS, SHIFT_ANY), in);
        alternates.put(new KeyCodeCombination(KeyCode.ADD), in);
        alternates.put(new KeyCodeCombination(KeyCode.PLUS, SHIFT_ANY), in);
        alternates.put(new KeyCodeCombination(KeyCode.SUBTRACT), out);
        alternates.put(new KeyCodeCombination(KeyCode.NUMPAD0), fit);
        add(new Command("actual-size", "Actual Size (100%)", null, new KeyCodeCombination(KeyCode.DIGIT1), canvas::resetZoom));
        add(new Command("arrange", "Arrange Layers", "mdi2s-sitemap", null, canvas::autoArrange));
        add(new Command("find-layer", "Find a Layer Kind", "mdi2m-magnify", new KeyCodeCombination(KeyCode.F, SHORTCUT_DOWN),
                t.workspace()::focusPalette));
        add(new Command("edit-layer", "Edit the Selected Layer", "mdi2t-tune-variant",
                new KeyCodeCombination(KeyCode.I, SHORTCUT_DOWN), t.workspace()::focusInspector));
        whileShown(t, "zoom-in", "zoom-out", "fit", "actual-size", "arrange", "find-layer", "edit-layer");
        Command theme = add(new Command("theme", "Dark Theme", "mdi2w-weather-night", null, look::toggleTheme));
        // Text size follows the browsers' Ctrl+plus, Ctrl+minus and Ctrl+0, which teachers already know.
        Command larger = add(new Command("font-larger", "Larger Text", "mdi2f-format-font-size-increase",
                new KeyCodeCombination(KeyCode.EQUALS, SHORTCUT_DOWN, SHIFT_ANY), look::larger));
        add(new Command("font-smaller", "Smaller Text", "mdi2f-format-font-size-decrease",
                new KeyCodeCombination(KeyCode.MINUS, SHORTCUT_DOWN, SHIFT_ANY), look::smaller));
        add(new Command("font-reset", "Default Text Size", null, new KeyCodeCombination(KeyCode.DIGIT0, SHORTCUT_DOWN),
                look::resetSize));
        alternates.put(new KeyCodeCombination(KeyCode.ADD, SHORTCUT_DOWN), larger);
        theme.textProperty().set(look.theme() == Theme.DARK ? "Light Theme" : "Dark Theme");
        look.themeChanged(now -> theme.textProperty().set(now == Theme.DARK ? "Light Theme" : "Dark Theme"));
    }

    private void whileShown(Targets t, String... ids) {
        for (String id : ids) {
            get(id).disabledProperty().bind(Bindings.not(t.projectShown()));
        }
    }

    private Command add(Command c) {
        commands.put(c.id(), c);
        return c;
    }
}
