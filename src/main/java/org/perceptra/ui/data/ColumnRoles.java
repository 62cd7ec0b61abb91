package org.perceptra.ui.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.geometry.HPos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import org.perceptra.data.ColumnType;
import org.perceptra.data.CsvPreview;
import org.perceptra.data.DataSource;
import org.perceptra.ui.forms.FieldMessage;

/**
 * One line per CSV column: its name, what it holds, how many cells are missing, and its role (feature, target
 * or ignored). Changing a role gives a new CSV source; exactly one column is the target.
 */
final class ColumnRoles extends GridPane {
    enum Role {
        FEATURE("Feature"), TARGET("Target"), IGNORE("Ignore");

        private final String title;

        Role(String title) {
            this.title = title;
        }

        @Override
        public String toString() {
            return title;
        }
    }

    private final Function<DataSource.Csv, Optional<String>> apply;
    private final FieldMessage message = new FieldMessage();
    private final List<ComboBox<Role>> boxes = new ArrayList<>();
    private CsvPreview preview;
    private DataSource.Csv source;
    private boolean showing;

    ColumnRoles(Function<DataSource.Csv, Optional<String>> apply) {
        this.apply = apply;
        getStyleClass().add("column-roles");
        setHgap(12);
        setVgap(4);
        ColumnConstraints name = new ColumnConstraints();
        name.setHgrow(Priority.ALWAYS);
        ColumnConstraints role = new ColumnConstraints();
        role.setHalignment(HPos.RIGHT);
        getColumnConstraints().addAll(name, new ColumnConstraints(), new ColumnConstraints(), role);
        managedProperty().bind(visibleProperty());
        setVisible(false);
    }

    FieldMessage message() {
        return message;
    }

    /** The role box of a column (package-private, for tests). */
    ComboBox<Role> roleOf(String column) {
        return boxes.get(preview.columns().indexOf(column));
    }

    void show(CsvPreview shownPreview, DataSource.Csv shownSource) {
        preview = shownPreview;
        source = shownSource;
        getChildren().clear();
        boxes.clear();
        addRow(0, header("Column"), header("Holds"), header("Missing"), header("Role"));
        showing = true;
        try {
            for (int c = 0; c < preview.columns().size(); c++) {
                addColumn(c + 1, c);
            }
        } finally {
            showing = false;
        }
        add(message, 0, preview.columns().size() + 1, 4, 1);
        setVisible(true);
    }

    void clear() {
        getChildren().clear();
        boxes.clear();
        setVisible(false);
    }

    private void addColumn(int row, int c) {
        String column = preview.columns().get(c);
        Label name = new Label(column);
        name.getStyleClass().add("column-name");
        Label type = new Label(holds(preview.types().get(c)));
        type.getStyleClass().add("muted");
        int missing = preview.missing().get(c);
        Label gaps = new Label(missing == 0 ? "none" : String.valueOf(missing));
        gaps.getStyleClass().add(missing == 0 ? "muted" : "missing-count");
        ComboBox<Role> role = new ComboBox<>();
        role.getItems().setAll(Role.values());
        role.setValue(roleOf(c));
        role.valueProperty().addListener((o, old, picked) -> changed(c, old, picked));
        role.setAccessibleText("Role of column " + column);
        role.getStyleClass().add("role-box");
        boxes.add(role);
        addRow(row, name, type, gaps, role);
    }

    private Role roleOf(int c) {
        String column = preview.columns().get(c);
        if (column.equals(source.target())) {
            return Role.TARGET;
        }
        return source.features().isEmpty() || source.features().contains(column) ? Role.FEATURE : Role.IGNORE;
    }

    private void changed(int c, Role old, Role picked) {
        if (showing || picked == null || picked == old) {
            return;
        }
        String column = preview.columns().get(c);
        String target = picked == Role.TARGET ? column : source.target();
        if (old == Role.TARGET && picked != Role.TARGET) {
            message.show("One column must be the target: the value the network learns to predict. Make another"
                    + " column the target instead.");
            showing = true;
            boxes.get(c).setValue(Role.TARGET);
            showing = false;
            return;
        }
        List<String> features = new ArrayList<>();
        for (int i = 0; i < preview.columns().size(); i++) {
            String name = preview.columns().get(i);
            Role role = i == c ? picked : boxes.get(i).getValue();
            if (!name.equals(target) && role != Role.IGNORE) {
                features.add(name); // the old target becomes a feature
            }
        }
        message.clear();
        apply.apply(source.withColumns(features, target, source.classification()))
                .ifPresent(message::show);
    }

    private static String holds(ColumnType type) {
        return switch (type) {
            case NUMERIC -> "numbers";
            case CATEGORICAL -> "text";
            case EMPTY -> "nothing";
        };
    }

    private static Label header(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("column-header");
        return l;
    }
}
