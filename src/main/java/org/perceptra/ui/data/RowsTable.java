package org.perceptra.ui.data;

import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** The first rows of a table of data, read-only, for a student to see what the file holds. */
final class RowsTable extends TableView<List<String>> {
    static final int ROWS = 10;

    RowsTable() {
        getStyleClass().addAll("rows-table", "dense");
        setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        setPlaceholder(new Label("No rows to show"));
        setFocusTraversable(false);
        managedProperty().bind(visibleProperty());
        setVisible(false);
        setFixedCellSize(26);
    }

    void show(List<String> columns, List<List<String>> rows) {
        getColumns().clear();
        for (int c = 0; c < columns.size(); c++) {
            int index = c;
            TableColumn<List<String>, String> column = new TableColumn<>(columns.get(c));
            column.setCellValueFactory(row -> new ReadOnlyStringWrapper(
                    index < row.getValue().size() ? shown(row.getValue().get(index)) : ""));
            column.setSortable(false);
            column.setPrefWidth(Math.max(70, 9 * columns.get(c).length()));
            getColumns().add(column);
        }
        List<List<String>> shown = rows.subList(0, Math.min(ROWS, rows.size()));
        setItems(FXCollections.observableArrayList(shown));
        setPrefHeight(getFixedCellSize() * (shown.size() + 1.4) + 16);
        setVisible(!columns.isEmpty());
    }

    void clear() {
        getColumns().clear();
        getItems().clear();
        setVisible(false);
    }

    /** A missing cell is shown as a visible mark rather than a blank a student could overlook. */
    private static String shown(String cell) {
        return cell == null || cell.isBlank() ? "(missing)" : cell;
    }
}
