package org.perceptra.ui.shell;

import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.stage.Window;
import org.perceptra.onnximport.ImportedModel;
import org.perceptra.onnximport.OnnxImport;
import org.perceptra.onnximport.OnnxImportException;

/**
 * File ▸ Import ▸ ONNX Model…: a model made by Perceptra or PyTorch opens as a new, untitled project with its
 * weights. Reading it builds the network once (to check the weights), so it runs on the background thread; a
 * refusal comes back as a message naming the operator or the damage.
 */
final class ImportCommands {
    private final FileCommands files;
    private final OpenProject open;
    private final FileDialogs dialogs;
    private final Prompts prompts;
    private final Supplier<Window> owner;
    private final Executor background;

    ImportCommands(FileCommands files, OpenProject open, FileDialogs dialogs, Prompts prompts, Supplier<Window> owner,
                   Executor background) {
        this.files = files;
        this.open = open;
        this.dialogs = dialogs;
        this.prompts = prompts;
        this.owner = owner;
        this.background = background;
    }

    void onnx() {
        if (files.confirmDiscard()) {
            dialogs.chooseModelToImport(owner.get(), open.folder())
                    .ifPresent(file -> background.execute(() -> read(file)));
        }
    }

    private void read(Path file) {
        try {
            ImportedModel model = OnnxImport.read(file);
            Platform.runLater(() -> files.showImported(model));
        } catch (OnnxImportException e) {
            Platform.runLater(() -> prompts.error("This model cannot be imported", e.getMessage()));
        }
    }
}
