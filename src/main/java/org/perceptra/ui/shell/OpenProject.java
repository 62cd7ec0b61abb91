package org.perceptra.ui.shell;

import java.nio.file.Path;
import java.time.Instant;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.perceptra.edit.Document;
import org.perceptra.edit.DocumentChange;
import org.perceptra.project.Project;

/**
 * What the window has open: one {@link Document} for the window's whole life (the canvas and panels hold it;
 * opening a file replaces its project), the file it belongs to, and its saved state as observable values for
 * the title and the status bar. FX thread only.
 */
public final class OpenProject {
    private final Document document;
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final StringProperty untitledName = new SimpleStringProperty("Untitled");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper();
    private final ObjectProperty<Instant> autosavedAt = new SimpleObjectProperty<>();
    private final StringBinding name;

    public OpenProject(Document document) {
        this.document = document;
        this.name = Bindings.createStringBinding(
                () -> file.get() != null ? String.valueOf(file.get().getFileName()) : untitledName.get(), file, untitledName);
        document.addListener(this::changed);
    }

    public Document document() {
        return document;
    }

    /** The file the project is saved in, or null for an untitled project (new, or a sample's copy). */
    public ObjectProperty<Path> fileProperty() {
        return file;
    }

    public Path file() {
        return file.get();
    }

    /** The folder relative data paths resolve against: the open file's, or null while untitled. */
    public Path folder() {
        Path f = file.get();
        return f == null ? null : f.toAbsolutePath().getParent();
    }

    public StringBinding nameBinding() {
        return name;
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    /** When the current unsaved work was last written to the recovery file; null when saved or not yet written. */
    public ObjectProperty<Instant> autosavedAtProperty() {
        return autosavedAt;
    }

    /** Shows a project loaded from {@code source} (clean, no history). */
    public void openFile(Project project, Path source) {
        file.set(source.toAbsolutePath());
        document.replace(project);
    }

    /** Shows a project that has no file yet: a new one, or a sample's copy, under the given name. */
    public void openUntitled(Project project, String title) {
        untitledName.set(title);
        file.set(null);
        document.replace(project);
    }

    /** The project is now on disk at {@code target}. */
    public void savedAs(Path target) {
        file.set(target.toAbsolutePath());
        document.markSaved();
    }

    private void changed(DocumentChange change) {
        dirty.set(document.isDirty());
        if (change.kind() == DocumentChange.Kind.REPLACED || change.kind() == DocumentChange.Kind.SAVED) {
            autosavedAt.set(null);
        }
    }
}
