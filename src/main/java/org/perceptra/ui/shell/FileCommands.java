package org.perceptra.ui.shell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.stage.Window;
import org.perceptra.onnximport.ImportedModel;
import org.perceptra.onnximport.OnnxImport;
import org.perceptra.onnximport.OnnxImportException;
import org.perceptra.project.Project;
import org.perceptra.project.ProjectFileException;
import org.perceptra.project.ProjectFiles;
import org.perceptra.ui.shell.Prompts.UnsavedChoice;

/**
 * New, open, save and save-as, with the unsaved-changes question before anything would be lost. Problems
 * reach the user as the loader's or the file system's message in a dialog.
 */
public final class FileCommands {
    private final OpenProject open;
    private final Settings settings;
    private final FileDialogs dialogs;
    private final Prompts prompts;
    private final Supplier<Window> owner;
    private final Runnable showProject;

    private final Runnable showWelcome;

    /** @param showProject switches the window from the welcome view to the designer, showWelcome back */
    public FileCommands(OpenProject open, Settings settings, FileDialogs dialogs, Prompts prompts,
                        Supplier<Window> owner, Runnable showProject, Runnable showWelcome) {
        this.open = open;
        this.settings = settings;
        this.dialogs = dialogs;
        this.prompts = prompts;
        this.owner = owner;
        this.showProject = showProject;
        this.showWelcome = showWelcome;
    }

    /** Closes the project (asking about unsaved changes) and goes back to the welcome view. */
    public void close() {
        if (confirmDiscard()) {
            open.openUntitled(Project.empty("Untitled"), "Untitled");
            showWelcome.run();
        }
    }

    public void newProject() {
        if (confirmDiscard()) {
            open.openUntitled(Project.empty("Untitled"), "Untitled");
            showProject.run();
        }
    }

    public void open() {
        if (confirmDiscard()) {
            dialogs.chooseProjectToOpen(owner.get(), settings.get().lastFolder()).ifPresent(this::load);
        }
    }

    /** Opens a known file (recent list, dropped on the window), asking first about unsaved changes. */
    public void open(Path file) {
        if (confirmDiscard()) {
            load(file);
        }
    }

    /** Opens the sample as an untitled copy, so saving never overwrites the shipped file. */
    public void openSample(SampleCatalog.Sample sample) {
        if (confirmDiscard()) {
            open.openUntitled(sample.project(), sample.title() + " (sample)");
            showProject.run();
        }
    }

    /** Shows an imported model as a new, untitled project (saving asks where). */
    public void showImported(ImportedModel model) {
        open.openUntitled(model.project(), model.project().name() + " (imported)");
        showProject.run();
    }

    /** Opens without asking: at start-up, or after the question was answered. An .onnx file is imported. */
    public boolean load(Path file) {
        if (file.getFileName() != null && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".onnx")) {
            try {
                showImported(OnnxImport.read(file));
                return true;
            } catch (OnnxImportException e) {
                prompts.error("This model cannot be imported", e.getMessage());
                return false;
            }
        }
        try {
            Project project = ProjectFiles.load(file);
            open.openFile(project, file);
            settings.update(s -> s.withOpened(file));
            showProject.run();
            return true;
        } catch (ProjectFileException e) {
            if (!Files.exists(file)) {
                settings.update(s -> s.withRecent(s.recent().without(file)));
            }
            prompts.error("This project cannot be opened", e.getMessage());
            return false;
        }
    }

    /** @return false when the project was not saved (cancelled, or the write failed) */
    public boolean save() {
        return open.file() == null ? saveAs() : writeTo(open.file());
    }

    public boolean saveAs() {
        Path current = open.file();
        Path folder = current != null ? current.getParent() : settings.get().lastFolder();
        String suggested = current != null ? current.getFileName().toString() : fileNameFor(open.document().project().name());
        return dialogs.chooseSaveLocation(owner.get(), folder, suggested).map(this::writeTo).orElse(false);
    }

    /**
     * Asks what to do with unsaved changes.
     *
     * @return true when it is fine to go on: nothing unsaved, saved now, or discarded on purpose
     */
    public boolean confirmDiscard() {
        if (!open.dirtyProperty().get()) {
            return true;
        }
        UnsavedChoice choice = prompts.unsavedChanges(open.nameBinding().get());
        return switch (choice) {
            case SAVE -> save();
            case DISCARD -> true;
            case CANCEL -> false;
        };
    }

    /** Puts crashed work back over the file it belonged to (or a new project), unsaved. */
    public void restore(Recovery recovery) {
        Project recovered;
        try {
            recovered = recovery.load();
        } catch (ProjectFileException e) {
            prompts.error("The unsaved work cannot be restored", e.getMessage());
            recovery.discard();
            return;
        }
        Path original = recovery.originalFile();
        Project base = null;
        if (original != null && Files.isRegularFile(original)) {
            try {
                base = ProjectFiles.load(original);
            } catch (ProjectFileException e) {
                base = null; // the original is damaged; the recovered copy starts as untitled work
            }
        }
        if (base != null) {
            open.openFile(base, original);
        } else {
            String name = recovered.name().isBlank() ? "Untitled" : recovered.name();
            open.openUntitled(Project.empty(recovered.name()), name + " (restored)");
        }
        open.document().execute(new RestoreWork(recovered));
        recovery.discard();
        showProject.run();
    }

    private boolean writeTo(Path target) {
        try {
            ProjectFiles.save(open.document().project(), target);
        } catch (IOException | IllegalArgumentException e) {
            prompts.error("The project cannot be saved to " + target.getFileName(), describe(e));
            return false;
        }
        open.savedAs(target);
        settings.update(s -> s.withOpened(target));
        return true;
    }

    private static String describe(Exception e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "Perceptra is not allowed to write there. Choose another folder with Save As.";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "The folder does not exist any more. Choose another one with Save As.";
        }
        return String.valueOf(e.getMessage());
    }

    /** "Two moons" becomes {@code two-moons.perceptra}. */
    static String fileNameFor(String projectName) {
        String slug = projectName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return (slug.isEmpty() ? "untitled" : slug) + ProjectFiles.EXTENSION;
    }
}
