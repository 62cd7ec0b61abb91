package org.perceptra.ui.shell;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;

/** Answers the open and save dialogs with paths a test prepared (no robot can drive the system's dialogs). */
final class ScriptedFileDialogs implements FileDialogs {
    volatile Path nextOpen;
    volatile Path nextSave;
    volatile String suggestedName;
    volatile Path nextExport;
    volatile Path nextImport;

    @Override
    public Optional<Path> chooseModelToImport(Window owner, Path startFolder) {
        return Optional.ofNullable(nextImport);
    }

    @Override
    public Optional<Path> chooseProjectToOpen(Window owner, Path startFolder) {
        return Optional.ofNullable(nextOpen);
    }

    @Override
    public Optional<Path> chooseSaveLocation(Window owner, Path startFolder, String suggested) {
        suggestedName = suggested;
        return Optional.ofNullable(nextSave);
    }

    @Override
    public Optional<Path> chooseExportLocation(Window owner, Path startFolder, String suggested, String kind,
                                               String extension) {
        suggestedName = suggested;
        return Optional.ofNullable(nextExport);
    }
}
