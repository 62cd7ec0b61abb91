package org.perceptra.ui.data;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.scene.Node;
import org.perceptra.data.DataSource;
import org.perceptra.model.DataSignature;

/** The part of the data panel for one kind of source. */
interface SourceForm {
    Node view();

    /**
     * Shows the document's source, called after every change of the document: a form reads files again only
     * when the source itself differs from the one it shows.
     */
    void show(DataSource source);

    /**
     * What a form needs from the panel.
     *
     * @param apply         makes the source the project's (one edit), answering a refusal's reason or empty
     * @param projectFolder folder of the project file, or null while it is unsaved
     * @param executor      where files are read
     * @param loaded        told what the data looks like once a file has been read (null: not known)
     */
    record Context(Function<DataSource, Optional<String>> apply, Supplier<Path> projectFolder, Executor executor,
                   Consumer<DataSignature> loaded) {
        Path folder() {
            return projectFolder.get();
        }
    }
}
