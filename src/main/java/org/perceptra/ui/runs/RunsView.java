package org.perceptra.ui.runs;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.jfree.chart.fx.ChartViewer;
import org.kordamp.ikonli.javafx.FontIcon;
import org.perceptra.edit.DeleteRun;
import org.perceptra.edit.Document;
import org.perceptra.edit.DocumentChange;
import org.perceptra.edit.EditRefusedException;
import org.perceptra.edit.RenameRun;
import org.perceptra.engine.session.TrainingEvent;
import org.perceptra.project.RunHistory;
import org.perceptra.project.RunRecord;
import org.perceptra.ui.live.LiveView;
import org.perceptra.ui.live.RunInfo;
import org.perceptra.ui.live.ViewDock;
import org.perceptra.ui.live.chart.ChartImages;
import org.perceptra.ui.live.chart.ChartTheme;
import org.perceptra.ui.live.chart.CsvExport;

/**
 * Every run of the project in a table (name, date, optimiser and learning rate, epochs, final figure, changes
 * made while paused), with a check box per run: the checked runs' curves are overlaid below, training solid and
 * validation dashed, one colour per run. Names are edited in place; Delete removes the selected run. Both are
 * edits of the document, so Undo brings a run or its old name back, and saving the project saves the history.
 */
public final class RunsView implements LiveView {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ROOT);

    private final Document document;
    private final ObservableList<RunRecord> rows = FXCollections.observableArrayList();
    private final Map<String, BooleanProperty> checked = new HashMap<>();
    private final TableView<RunRecord> table = new TableView<>(rows);
    private final ComboBox<String> figure = new ComboBox<>();
    private final Button delete = new Button("Delete", new FontIcon("mdi2d-delete-outline"));
    private final Hyperlink undo = new Hyperlink();
    private final Label note = new Label();
    private final HBox tools;
    private final RunCurves curves = new RunCurves();
    private final ChartViewer viewer = new ChartViewer(curves.chart());
    private final SplitPane root;
    private List<String> order = List.of();
    private String shownHistory;
    private boolean firstLook = true;

    public RunsView(Document document) {
        this.document = Objects.requireNonNull(document, "document");
        buildTable();
        viewer.setMinSize(160, 120);
        ChartTheme.follow(viewer, List.of(curves.chart()));
        figure.setId("runs-figure");
        figure.setTooltip(new Tooltip("Which figure to compare: loss, or a metric such as accuracy"));
        figure.valueProperty().addListener((o, was, now) -> redrawCurves());
        delete.setId("delete-run");
        delete.setMinWidth(Region.USE_PREF_SIZE);
        delete.setTooltip(new Tooltip("Delete the selected run from the history (Undo brings it back)"));
        delete.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        delete.setOnAction(e -> deleteSelected());
        undo.setId("undo-delete-run");
        undo.setVisible(false);
        undo.managedProperty().bind(undo.visibleProperty());
        note.getStyleClass().add("runs-note");
        note.setId("runs-note");
        Label show = new Label("Compare");
        show.getStyleClass().add("view-tool-label");
        show.setMinWidth(Region.USE_PREF_SIZE);
        tools = new HBox(8, show, figure, delete, undo, note);
        tools.setAlignment(Pos.CENTER_LEFT);
        root = new SplitPane(table, viewer);
        root.setOrientation(Orientation.VERTICAL);
        root.setDividerPositions(0.38);
        root.setId("runs-view");
        root.getStylesheets().add(RunsView.class.getResource("runs.css").toExternalForm());
        document.addListener(this::documentChanged);
        refresh();
    }

    /** The view in a dock of its own (header, tools, PNG and CSV export), styled as the dashboard's docks. */
    public static ViewDock dock(Document document) {
        ViewDock dock = new ViewDock(List.of(new RunsView(document)));
        dock.getStylesheets().add(ViewDock.class.getResource("live.css").toExternalForm());
        dock.getStyleClass().add("runs-dock");
        return dock;
    }

    private void buildTable() {
        table.setEditable(true);
        table.setId("runs-table");
        table.getStyleClass().add("dense");
        Label empty = new Label("No runs yet. Every run you train is recorded here, with its settings and "
                + "the network as it was, so that you can compare them.");
        // Wrapped, so that a narrow window shows the whole sentence rather than cutting it.
        empty.setWrapText(true);
        empty.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        empty.setMaxWidth(520);
        table.setPlaceholder(empty);
        TableColumn<RunRecord, Boolean> show = new TableColumn<>("show");
        show.setCellValueFactory(d -> checkedProperty(d.getValue().id()));
        show.setCellFactory(CheckBoxTableCell.forTableColumn(show));
        show.setEditable(true);
        show.setPrefWidth(56);
        show.setMaxWidth(70);
        TableColumn<RunRecord, String> name = column("name", 200, RunRecord::name);
        name.setCellFactory(TextFieldTableCell.forTableColumn());
        name.setEditable(true);
        name.setOnEditCommit(e -> rename(e.getRowValue(), e.getNewValue()));
        name.setPrefWidth(200);
        table.getColumns().add(show);
        table.getColumns().add(name);
        table.getColumns().add(column("started", 110, r -> DATE.format(r.started().atZone(ZoneId.systemDefault()))));
        table.getColumns().add(column("optimiser", 190, RunsView::settingsText));
        table.getColumns().add(column("epochs", 70, r -> Integer.toString(r.epochsCompleted())));
        table.getColumns().add(column("result", 170, RunsView::result));
        table.getColumns().add(column("ended", 110, RunRecord::ending));
        table.getColumns().add(column("changes while paused", 200, r -> String.join("; ",
                r.adjustments().stream().map(a -> "step " + a.step() + ": " + a.description()).toList())));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setOnKeyPressed(e -> {
            if ((e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) && table.getEditingCell() == null) {
                deleteSelected();
                e.consume();
            }
        });
    }

    private static TableColumn<RunRecord, String> column(String title, double width, Function<RunRecord, String> text) {
        TableColumn<RunRecord, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setMinWidth(Math.min(width, 100));
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(text.apply(d.getValue())));
        c.setEditable(false);
        return c;
    }

    static String settingsText(RunRecord r) {
        if (r.settings() == null) {
            return "–";
        }
        return describe(r) + ", batch " + r.settings().batchSize();
    }

    private static String describe(RunRecord r) {
        return RunHistory.EMPTY.nextName(r.settings()).replaceFirst("^Run 1 — ", "");
    }

    /** The run's headline: validation accuracy (or R², or loss), else the training figure. */
    static String result(RunRecord r) {
        for (String part : List.of("validation", "train")) {
            String tag = part.equals("validation") ? "val " : "train ";
            var acc = r.finalValue(part, "accuracy");
            if (acc.isPresent()) {
                return String.format(Locale.ROOT, "%saccuracy %.1f%%", tag, acc.get() * 100);
            }
            var r2 = r.finalValue(part, "r2");
            if (r2.isPresent()) {
                return String.format(Locale.ROOT, "%sR² %.3f", tag, r2.get());
            }
            var loss = r.finalValue(part, "loss");
            if (loss.isPresent()) {
                return String.format(Locale.ROOT, "%sloss %.4g", tag, loss.get());
            }
        }
        return "–";
    }

    private BooleanProperty checkedProperty(String id) {
        return checked.computeIfAbsent(id, k -> {
            BooleanProperty p = new SimpleBooleanProperty();
            p.addListener((o, was, now) -> redrawCurves());
            return p;
        });
    }

    private void documentChanged(DocumentChange change) {
        if (change.kind() != DocumentChange.Kind.SAVED) {
            refresh();
        }
    }

    /** Re-reads the history when its text changed (not on every graph edit). */
    private void refresh() {
        String json = document.project().results().runsJson();
        if (Objects.equals(json, shownHistory) && !firstLook) {
            return;
        }
        shownHistory = json;
        List<RunRecord> runs = RunHistory.parse(json).runs();
        List<String> before = order;
        order = runs.stream().map(RunRecord::id).toList();
        for (RunRecord r : runs) {
            // A run just recorded is shown at once; on opening a project the two latest are.
            boolean fresh = firstLook ? runs.indexOf(r) >= runs.size() - 2 : !before.contains(r.id());
            if (fresh && !checked.containsKey(r.id())) {
                checkedProperty(r.id()).set(true);
            }
        }
        firstLook = false;
        checked.keySet().retainAll(new LinkedHashSet<>(order));
        RunRecord selected = table.getSelectionModel().getSelectedItem();
        rows.setAll(runs);
        if (selected != null) {
            runs.stream().filter(r -> r.id().equals(selected.id())).findFirst()
                    .ifPresent(r -> table.getSelectionModel().select(r));
        }
        updateFigures(runs);
        redrawCurves();
    }

    private void updateFigures(List<RunRecord> runs) {
        Set<String> names = new LinkedHashSet<>();
        names.add("loss");
        for (RunRecord r : runs) {
            r.epochs().forEach(e -> e.values().keySet().stream().filter(k -> !k.startsWith("val_")).forEach(names::add));
        }
        String current = figure.getValue();
        figure.getItems().setAll(names);
        figure.setValue(current != null && names.contains(current) ? current : "loss");
    }

    private void redrawCurves() {
        if (figure.getValue() == null) {
            return;
        }
        List<RunRecord> shown = new ArrayList<>();
        for (RunRecord r : rows) {
            if (checkedProperty(r.id()).get()) {
                shown.add(r);
            }
        }
        curves.show(shown, figure.getValue(), r -> order.indexOf(r.id()));
    }

    private void rename(RunRecord run, String name) {
        try {
            document.execute(new RenameRun(run.id(), name));
            note.setText("");
        } catch (EditRefusedException e) {
            note.setText(e.reason());
            table.refresh();
        }
    }

    private void deleteSelected() {
        RunRecord r = table.getSelectionModel().getSelectedItem();
        if (r == null) {
            return;
        }
        if (document.execute(DeleteRun.of(r))) {
            String label = document.undoLabel().orElse("");
            undo.setText("Deleted “" + r.name() + "”. Undo");
            undo.setVisible(true);
            undo.setOnAction(e -> {
                if (document.undoLabel().filter(label::equals).isPresent()) {
                    document.undo();
                }
                undo.setVisible(false);
            });
        }
    }

    // --- LiveView: the history changes through the document, not through a run's events ---

    @Override
    public String title() {
        return "Runs";
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public Node tools() {
        return tools;
    }

    @Override
    public void runPrepared(RunInfo run) {
    }

    @Override
    public void apply(List<TrainingEvent> events) {
    }

    @Override
    public void exportPng(Path file) throws IOException {
        ChartImages.writePng(file, List.of(curves.chart()), (int) Math.max(900, viewer.getWidth()),
                (int) Math.max(500, viewer.getHeight()));
    }

    /** Every epoch of every run, one row each, with every figure any run has. */
    @Override
    public void exportCsv(Path file) throws IOException {
        Set<String> keys = new LinkedHashSet<>();
        rows.forEach(r -> r.epochs().forEach(e -> keys.addAll(e.values().keySet())));
        List<String> header = new ArrayList<>(List.of("run_id", "run_name", "started", "epoch"));
        header.addAll(keys);
        CsvExport.write(file, header, out -> {
            for (RunRecord r : rows) {
                for (RunRecord.EpochFigures e : r.epochs()) {
                    List<Object> row = new ArrayList<>(List.of(r.id(), r.name(), r.started().toString(), e.epoch()));
                    keys.forEach(k -> row.add(e.values().containsKey(k) ? CsvExport.number(e.values().get(k)) : ""));
                    out.printRecord(row);
                }
            }
        });
    }

    // --- for tests ---

    public List<RunRecord> runs() {
        return List.copyOf(rows);
    }

    public void setShown(String runId, boolean show) {
        checkedProperty(runId).set(show);
    }

    public List<String> curveNames() {
        return curves.seriesNames();
    }

    public void setFigure(String name) {
        figure.setValue(name);
    }
}
