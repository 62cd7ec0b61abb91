package org.perceptra.ui.shell;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.perceptra.project.ProjectFiles;

/** The real dialogs: JavaFX's {@link FileChooser}, filtered to project files. */
public final class SystemFileDialogs implements FileDialogs {
    @Override
    public Optional<Path> chooseProjectToOpen(Window owner, Path startFolder) {
        FileChooser chooser = chooser("Open project", startFolder);
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseSaveLocation(Window owner, Path startFolder, String suggestedName) {
        FileChooser chooser = chooser("Save project as", startFolder);
        chooser.setInitialFileName(suggestedName);
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath).map(SystemFileDialogs::withExtension);
    }

    @Override
    public Optional<Path> chooseExportLocation(Window owner, Path startFolder, String suggestedName, String kind,
                                               String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(kind, "*" + extension),
                new FileChooser.ExtensionFilter("All files", "*"));
        if (startFolder != null && Files.isDirectory(startFolder)) {
            chooser.setInitialDirectory(startFolder.toFile());
        }
        chooser.setInitialFileName(suggestedName);
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath).map(p -> {
            String name = p.getFileName().toString();
            return name.endsWith(extension) ? p : p.resolveSibling(name + extension);
        });
    }

    @Override
    public Optional<Path> chooseModelToImport(Window owner, Path startFolder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import ONNX model");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("ONNX models", "*.onnx"),
                new FileChooser.ExtensionFilter("All files", "*"));
        if (startFolder != null && Files.isDirectory(startFolder)) {
            chooser.setInitialDirectory(startFolder.toFile());
        }
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    /** Some desktops return the typed name without the filter's extension; a project file needs it to open again. */
    static Path withExtension(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(ProjectFiles.EXTENSION) ? file : file.resolveSibling(name + ProjectFiles.EXTENSION);
    }

    private static FileChooser chooser(String title, Path startFolder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Perceptra projects", "*" + ProjectFiles.EXTENSION),
                new FileChooser.ExtensionFilter("All files", "*"));
        if (startFolder != null && Files.isDirectory(startFolder)) {
            chooser.setInitialDirectory(startFolder.toFile());
        }
        return chooser;
    }
}
