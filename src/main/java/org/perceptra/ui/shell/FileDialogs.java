package org.perceptra.ui.shell;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;

/**
 * The operating system's open and save dialogs, behind an interface because no robot can drive them: tests
 * answer with a prepared path instead.
 */
public interface FileDialogs {
    Optional<Path> chooseProjectToOpen(Window owner, Path startFolder);

    /** @param suggestedName a file name such as {@code xor.perceptra} */
    Optional<Path> chooseSaveLocation(Window owner, Path startFolder, String suggestedName);

    /**
     * Where to write an exported file.
     *
     * @param kind      what the file holds, for the filter ("ONNX models")
     * @param extension with its dot, such as {@code .onnx}; added when the desktop leaves it off
     */
    Optional<Path> chooseExportLocation(Window owner, Path startFolder, String suggestedName, String kind,
                                        String extension);

    /**
     * An ONNX model to import. Dialogs that cannot offer one (test doubles written before import) answer as if
     * cancelled.
     */
    default Optional<Path> chooseModelToImport(Window owner, Path startFolder) {
        return Optional.empty();
    }
}
