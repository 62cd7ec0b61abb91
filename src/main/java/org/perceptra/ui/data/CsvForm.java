package org.perceptra.ui.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.perceptra.data.CsvOptions;
import org.perceptra.data.DataException;
import org.perceptra.data.DataSource;
import org.perceptra.data.Dataset;
import org.perceptra.data.DatasetLoader;
import org.perceptra.model.Severity;
import org.perceptra.ui.forms.FormGrid;
import org.perceptra.ui.forms.Note;
import org.perceptra.ui.forms.NumberText;

/**
 * A CSV file: which file, whether to predict a class or a number, the role of each column, the first rows, and
 * the problems found (missing values, text in a number column...) in plain words. The file is read on the
 * background thread each time the choice changes.
 */
final class CsvForm implements SourceForm {
    private static final String CLASSES = "Predict a class";
    private static final String VALUES = "Predict a number";
    private static final String DROP = "Leave those rows out";
    private static final String IMPUTE = "Fill in the column's mean (or most common text)";

    private final Context context;
    private final BackgroundLoad load;
    private final FileField file;
    private final ComboBox<String> task = new ComboBox<>();
    private final ComboBox<String> missing = new ComboBox<>();
    private final ColumnRoles roles;
    private final RowsTable table = new RowsTable();
    private final VBox notes = new VBox(6);
    private final Label status = new Label();
    private final VBox view = new VBox(10);
    private DataSource.Csv shown;
    private boolean showing;

    CsvForm(Context context) {
        this.context = context;
        this.load = new BackgroundLoad(context.executor());
        file = new FileField("data.csv", false, context.projectFolder(), this::commitPath, "CSV files", "*.csv",
                "*.txt", "*.tsv");
        roles = new ColumnRoles(csv -> context.apply().apply(csv));
        task.getItems().setAll(CLASSES, VALUES);
        task.setMaxWidth(Double.MAX_VALUE);
        task.valueProperty().addListener((o, old, picked) -> {
            if (!showing && picked != null && shown != null) {
                context.apply().apply(shown.withColumns(shown.features(), shown.target(), picked.equals(CLASSES)));
            }
        });
        missing.getItems().setAll(DROP, IMPUTE);
        missing.setMaxWidth(Double.MAX_VALUE);
        missing.setId("csv-missing");
        missing.valueProperty().addListener((o, old, picked) -> {
            if (!showing && picked != null && shown != null) {
                context.apply().apply(shown.withMissing(picked.equals(IMPUTE)
                        ? CsvOptions.MissingValues.IMPUTE : CsvOptions.MissingValues.DROP));
            }
        });
        status.getStyleClass().add("muted");
        status.managedProperty().bind(status.visibleProperty());
        FormGrid grid = new FormGrid();
        grid.row("Fi_le", file.text().field(), file, "A table with one row per sample and one column per"
                + " measurement. A file in the project's folder is stored by its relative name.");
        grid.row("_Task", task, "Classification picks one of a few labels (a species, a digit); regression"
                + " predicts a number (a price, a temperature).");
        grid.row("_Gaps", missing, "What to do with a row where a measurement is missing (an empty cell, NA or ?)."
                + " Leaving rows out is safest; filling in keeps them, using values from the training rows.");
        Label rolesTitle = new Label("Columns");
        rolesTitle.getStyleClass().add("subsection");
        view.getChildren().addAll(grid, status, notes, rolesTitle, roles, table);
        rolesTitle.visibleProperty().bind(roles.visibleProperty());
        rolesTitle.managedProperty().bind(roles.visibleProperty());
    }

    @Override
    public Node view() {
        return view;
    }

    VBox notes() {
        return notes;
    }

    ColumnRoles roles() {
        return roles;
    }

    @Override
    public void show(DataSource source) {
        DataSource.Csv c = (DataSource.Csv) source;
        if (c.equals(shown)) {
            return;
        }
        shown = c;
        showing = true;
        try {
            file.show(c.path());
            task.setValue(c.classification() ? CLASSES : VALUES);
            missing.setValue(c.missing() == CsvOptions.MissingValues.IMPUTE ? IMPUTE : DROP);
        } finally {
            showing = false;
        }
        if (c.path().isBlank()) {
            load.cancel();
            clear();
            notes.getChildren().setAll(Note.info("Choose a CSV file: one row per sample, a column for each"
                    + " measurement and one column with the value to predict."));
            return;
        }
        check(c, false);
    }

    private Optional<String> commitPath(String text) {
        String path = text.trim();
        file.show(path);
        if (path.isEmpty()) {
            return context.apply().apply(new DataSource.Csv("", List.of(), "", true));
        }
        // Read first, then make one edit with the target guessed from the file.
        check(new DataSource.Csv(path, List.of(), "", true), true);
        return Optional.empty();
    }

    private void check(DataSource.Csv asked, boolean applyWhenRead) {
        status.setText("Reading " + asked.path() + " …");
        status.setVisible(true);
        Path folder = context.folder();
        load.run(() -> CsvCheck.of(DatasetLoader.resolve(asked.path(), folder), asked), result -> {
            status.setVisible(false);
            if (applyWhenRead && !result.source().equals(shown)) {
                shown = result.source(); // shown now, so the edit's echo does not read the file again
                context.apply().apply(result.source());
            }
            display(result);
        }, failure -> {
            status.setVisible(false);
            clear();
            notes.getChildren().setAll(Note.error(message(failure)));
            if (applyWhenRead) {
                shown = asked;
                context.apply().apply(asked);
            }
        });
    }

    private void display(CsvCheck check) {
        showing = true;
        try {
            task.setValue(check.source().classification() ? CLASSES : VALUES);
        } finally {
            showing = false;
        }
        roles.show(check.preview(), check.source());
        table.show(check.preview().columns(), check.preview().rows());
        List<Node> found = new ArrayList<>();
        if (check.importProblem() != null) {
            found.add(Note.error(check.importProblem()));
            context.loaded().accept(null);
        } else {
            check.imported().report().lines().forEach(line -> found.add(new Note(Severity.WARNING, line, "")));
            found.add(Note.info(summary(check)));
            context.loaded().accept(check.imported().dataset().signature());
        }
        notes.getChildren().setAll(found);
    }

    private static String summary(CsvCheck check) {
        Dataset data = check.imported().dataset();
        int read = check.imported().report().rowsRead();
        return NumberText.count(data.size()) + " of " + NumberText.count(read) + " rows become samples of "
                + data.featureShape() + " (" + data.sampleSize() + (data.sampleSize() == 1 ? " feature" : " features")
                + "); " + (data.isClassification() ? data.signature().describeTargets() + " to choose from"
                : "one value to predict") + ".";
    }

    private void clear() {
        roles.clear();
        table.clear();
        notes.getChildren().clear();
        context.loaded().accept(null);
    }

    static String message(Throwable failure) {
        return failure instanceof DataException d ? d.getMessage()
                : "The file cannot be read: " + failure.getMessage();
    }
}
