package org.perceptra.ui.data;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.javafx.FontIcon;
import org.perceptra.ui.forms.CommitField;

/**
 * A file or folder name: typed (committed on Enter) or picked with Browse…. A file inside the project's folder
 * is stored relative to it, so the project and its data can be moved or shared together.
 */
final class FileField extends HBox {
    private final CommitField text;
    private final Button browse = new Button("", new FontIcon("mdi2f-folder-open-outline"));
    private final Supplier<Path> projectFolder;

    /**
     * @param folders    pick a folder rather than a file
     * @param extensions file name patterns for the chooser, e.g. "*.csv"; ignored for folders
     */
    FileField(String prompt, boolean folders, Supplier<Path> projectFolder, Function<String, Optional<String>> commit,
              String filterName, String... extensions) {
        this.projectFolder = projectFolder;
        this.text = new CommitField(commit);
        text.field().setPromptText(prompt);
        setSpacing(6);
        setAlignment(Pos.TOP_LEFT);
        HBox.setHgrow(text, Priority.ALWAYS);
        browse.setTooltip(org.perceptra.ui.forms.FormGrid.tooltip(folders ? "Choose a folder…" : "Choose a file…"));
        browse.setAccessibleText(folders ? "Choose a folder" : "Choose a file");
        browse.setMinWidth(USE_PREF_SIZE);
        browse.getStyleClass().add("browse-button");
        browse.setOnAction(e -> choose(folders, filterName, extensions).ifPresent(picked -> {
            text.field().setText(picked);
            text.commitText();
        }));
        getChildren().addAll(text, browse);
    }

    CommitField text() {
        return text;
    }

    void show(String path) {
        text.show(path);
    }

    private Optional<String> choose(boolean folders, String filterName, String... extensions) {
        File start = startFolder();
        File picked;
        if (folders) {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setInitialDirectory(start);
            picked = chooser.showDialog(getScene().getWindow());
        } else {
            FileChooser chooser = new FileChooser();
            chooser.setInitialDirectory(start);
            chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(filterName, extensions),
                    new FileChooser.ExtensionFilter("All files", "*"));
            picked = chooser.showOpenDialog(getScene().getWindow());
        }
        return Optional.ofNullable(picked).map(f -> stored(f.toPath(), projectFolder.get()));
    }

    private File startFolder() {
        Path folder = projectFolder.get();
        return folder != null && folder.toFile().isDirectory() ? folder.toFile() : null;
    }

    /** Relative to the project's folder when inside it, else absolute. */
    static String stored(Path chosen, Path projectFolder) {
        Path absolute = chosen.toAbsolutePath().normalize();
        if (projectFolder != null) {
            Path base = projectFolder.toAbsolutePath().normalize();
            if (absolute.startsWith(base)) {
                return base.relativize(absolute).toString().replace(File.separatorChar, '/');
            }
        }
        return absolute.toString();
    }
}
