package org.perceptra.ui.training;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.perceptra.edit.Document;
import org.perceptra.edit.SetTraining;
import org.perceptra.model.TrainingSettings;
import org.perceptra.model.TrainingSettings.EarlyStopping;
import org.perceptra.model.TrainingSettings.Optimizer;
import org.perceptra.model.TrainingSettings.ScheduleType;
import org.perceptra.ui.forms.CommitField;
import org.perceptra.ui.forms.EditAttempt;
import org.perceptra.ui.forms.FormGrid;
import org.perceptra.ui.forms.Note;
import org.perceptra.ui.forms.NumberText;
import org.perceptra.ui.forms.PanelCss;

/**
 * The Training tab: every setting {@link TrainingSettings} holds, grouped, each with a tooltip. A change is one
 * {@link SetTraining} edit; a value out of range is refused next to its field, and values a loaded file got wrong
 * are listed at the top and marked at their fields.
 */
public final class TrainingSettingsPanel extends Region {
    private static final Set<Optimizer> WITH_MOMENTUM = Set.of(Optimizer.MOMENTUM, Optimizer.NESTEROV);

    private final Document document;
    private final Map<String, CommitField> fields = new LinkedHashMap<>();
    private final ComboBox<Optimizer> optimizer = choice(Optimizer.values(), SettingNames::optimizer);
    private final ComboBox<ScheduleType> schedule = choice(ScheduleType.values(), SettingNames::schedule);
    private final CheckBox stopEarly = new CheckBox("Stop when progress stalls");
    private final ComboBox<String> monitor = choice(EarlyStopping.MONITORS.toArray(String[]::new), SettingNames::monitor);
    private final CheckBox restoreBest = new CheckBox("Keep the best epoch");
    private final VBox problems = new VBox(6);
    private final ScrollPane scroll = new ScrollPane();
    private FormGrid.Row stepRow;
    private FormGrid.Row factorRow;
    private FormGrid.Row warmupRow;
    private FormGrid.Row minRateRow;
    private boolean showing;

    public TrainingSettingsPanel(Document document) {
        this.document = document;
        getStyleClass().add("training-settings-panel");
        stopEarly.setWrapText(true);
        restoreBest.setWrapText(true);
        PanelCss.apply(this, "/org/perceptra/ui/training/training.css");
        FormGrid grid = new FormGrid();
        optimiserSection(grid);
        scheduleSection(grid);
        batchSection(grid);
        clippingSection(grid);
        earlyStoppingSection(grid);
        problems.managedProperty().bind(problems.visibleProperty());
        VBox body = new VBox(6, problems, grid);
        body.getStyleClass().add("panel-body");
        scroll.setContent(body);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("edge-to-edge");
        getChildren().add(scroll);
        document.addListener(change -> refresh());
        refresh();
    }

    /** The field of a setting by its key in {@link TrainingSettings#problems()} (package-private, for tests). */
    CommitField field(String key) {
        return fields.get(key);
    }

    ComboBox<Optimizer> optimizerBox() {
        return optimizer;
    }

    private void optimiserSection(FormGrid grid) {
        grid.section("Optimiser");
        pick(optimizer, (d, o) -> d.optimizer = o);
        grid.row("_Optimiser", optimizer, Tips.OPTIMIZER);
        grid.row("_Learning rate", decimal("learningRate", (d, v) -> d.learningRate = v), Tips.LEARNING_RATE);
        grid.row("_Momentum", decimal("momentum", (d, v) -> d.momentum = v), Tips.MOMENTUM);
        grid.row("_Weight decay", decimal("weightDecay", (d, v) -> d.weightDecay = v), Tips.WEIGHT_DECAY);
    }

    private void scheduleSection(FormGrid grid) {
        grid.section("Learning rate schedule");
        pick(schedule, (d, t) -> d.scheduleType = t);
        grid.row("S_chedule", schedule, Tips.SCHEDULE);
        stepRow = grid.row("Step every", whole("schedule.stepEpochs", (d, v) -> d.stepEpochs = v.intValue()),
                Tips.STEP_EPOCHS);
        factorRow = grid.row("Factor", decimal("schedule.factor", (d, v) -> d.factor = v), Tips.FACTOR);
        warmupRow = grid.row("Warm-up epochs", whole("schedule.warmupEpochs", (d, v) -> d.warmupEpochs = v.intValue()),
                Tips.WARMUP);
        minRateRow = grid.row("Lowest rate", decimal("schedule.minLearningRate", (d, v) -> d.minLearningRate = v),
                Tips.MIN_RATE);
    }

    private void batchSection(FormGrid grid) {
        grid.section("Batches and epochs");
        grid.row("_Batch size", whole("batchSize", (d, v) -> d.batchSize = v.intValue()), Tips.BATCH);
        grid.row("E_pochs", whole("epochs", (d, v) -> d.epochs = v.intValue()), Tips.EPOCHS);
        grid.row("_Seed", whole("seed", (d, v) -> d.seed = v), Tips.SEED);
    }

    private void clippingSection(FormGrid grid) {
        grid.section("Gradient clipping");
        grid.row("Clip _norm", decimal("clipNorm", (d, v) -> d.clipNorm = v), Tips.CLIP_NORM);
        grid.row("Clip value", decimal("clipValue", (d, v) -> d.clipValue = v), Tips.CLIP_VALUE);
    }

    private void earlyStoppingSection(FormGrid grid) {
        grid.section("Early stopping");
        flag(stopEarly, (d, on) -> d.stopEarly = on);
        grid.row("Earl_y stopping", stopEarly, Tips.EARLY);
        pick(monitor, (d, m) -> d.monitor = m);
        grid.row("Watched", monitor, Tips.MONITOR);
        grid.row("Pa_tience", whole("earlyStopping.patience", (d, v) -> d.patience = v.intValue()), Tips.PATIENCE);
        grid.row("Min change", decimal("earlyStopping.minDelta", (d, v) -> d.minDelta = v), Tips.MIN_DELTA);
        flag(restoreBest, (d, on) -> d.restoreBest = on);
        grid.row("Restore best", restoreBest, Tips.RESTORE);
    }

    private void refresh() {
        TrainingSettings s = document.project().training();
        showing = true;
        try {
            optimizer.setValue(s.optimizer());
            schedule.setValue(s.schedule().type());
            stopEarly.setSelected(s.earlyStopping().enabled());
            monitor.setValue(s.earlyStopping().monitor());
            restoreBest.setSelected(s.earlyStopping().restoreBest());
            values(s).forEach((key, value) -> fields.get(key).show(value));
        } finally {
            showing = false;
        }
        enable(s);
        showProblems(s.problems());
    }

    private static Map<String, String> values(TrainingSettings s) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("learningRate", NumberText.of(s.learningRate()));
        v.put("momentum", NumberText.of(s.momentum()));
        v.put("weightDecay", NumberText.of(s.weightDecay()));
        v.put("schedule.stepEpochs", String.valueOf(s.schedule().stepEpochs()));
        v.put("schedule.factor", NumberText.of(s.schedule().factor()));
        v.put("schedule.warmupEpochs", String.valueOf(s.schedule().warmupEpochs()));
        v.put("schedule.minLearningRate", NumberText.of(s.schedule().minLearningRate()));
        v.put("batchSize", String.valueOf(s.batchSize()));
        v.put("epochs", String.valueOf(s.epochs()));
        v.put("seed", String.valueOf(s.seed()));
        v.put("clipNorm", NumberText.of(s.clipNorm()));
        v.put("clipValue", NumberText.of(s.clipValue()));
        v.put("earlyStopping.patience", String.valueOf(s.earlyStopping().patience()));
        v.put("earlyStopping.minDelta", NumberText.of(s.earlyStopping().minDelta()));
        return v;
    }

    /** Settings that do nothing with the current choices are greyed out or hidden, so none misleads. */
    private void enable(TrainingSettings s) {
        fields.get("momentum").setDisable(!WITH_MOMENTUM.contains(s.optimizer()));
        ScheduleType t = s.schedule().type();
        stepRow.setShown(t == ScheduleType.STEP || t == ScheduleType.REDUCE_ON_PLATEAU);
        factorRow.setShown(t == ScheduleType.STEP || t == ScheduleType.EXPONENTIAL || t == ScheduleType.REDUCE_ON_PLATEAU);
        warmupRow.setShown(t == ScheduleType.WARMUP_COSINE || t == ScheduleType.ONE_CYCLE);
        minRateRow.setShown(t == ScheduleType.COSINE || t == ScheduleType.WARMUP_COSINE
                || t == ScheduleType.REDUCE_ON_PLATEAU);
        boolean early = s.earlyStopping().enabled();
        monitor.setDisable(!early);
        fields.get("earlyStopping.patience").setDisable(!early);
        fields.get("earlyStopping.minDelta").setDisable(!early);
        restoreBest.setDisable(!early);
    }

    /** A file may hold values no edit would accept: list them on top and mark each field. */
    private void showProblems(List<String> found) {
        problems.getChildren().setAll(found.stream().map(p -> Note.error(SettingNames.problem(p))).toList());
        problems.setVisible(!found.isEmpty());
        for (String p : found) {
            CommitField f = fields.get(SettingNames.keyOf(p));
            if (f != null) {
                f.message().show(SettingNames.problem(p));
            }
        }
    }

    private CommitField decimal(String key, BiConsumer<SettingsDraft, Double> set) {
        return field(key, text -> Double.parseDouble(text.trim()), set, "a number");
    }

    private CommitField whole(String key, BiConsumer<SettingsDraft, Long> set) {
        return field(key, text -> Long.parseLong(text.trim()), set, "a whole number");
    }

    private <T> CommitField field(String key, Function<String, T> parse, BiConsumer<SettingsDraft, T> set, String what) {
        CommitField f = new CommitField(text -> {
            T value;
            try {
                value = parse.apply(text);
            } catch (NumberFormatException e) {
                return Optional.of(label(key) + " must be " + what + ", not \"" + text.trim() + "\".");
            }
            return change(key, d -> set.accept(d, value));
        });
        fields.put(key, f);
        return f;
    }

    private <T> void pick(ComboBox<T> box, BiConsumer<SettingsDraft, T> set) {
        box.valueProperty().addListener((o, old, picked) -> {
            if (!showing && picked != null) {
                change("", d -> set.accept(d, picked));
            }
        });
    }

    private void flag(CheckBox box, BiConsumer<SettingsDraft, Boolean> set) {
        box.selectedProperty().addListener((o, was, is) -> {
            if (!showing) {
                change("", d -> set.accept(d, is));
            }
        });
    }

    /** The field's own problem if the new value has one; otherwise the edit, which checks everything. */
    private Optional<String> change(String key, java.util.function.Consumer<SettingsDraft> how) {
        SettingsDraft draft = new SettingsDraft(document.project().training());
        how.accept(draft);
        TrainingSettings next = draft.build();
        Optional<String> own = next.problems().stream().filter(p -> SettingNames.keyOf(p).equals(key)).findFirst()
                .map(SettingNames::problem);
        return own.isPresent() ? own : EditAttempt.run(document, new SetTraining(next));
    }

    private static String label(String key) {
        return SettingNames.FIELDS.getOrDefault(key, key.substring(0, 1).toUpperCase() + key.substring(1));
    }

    private static <T> ComboBox<T> choice(T[] values, Function<T, String> name) {
        ComboBox<T> box = new ComboBox<>();
        box.getItems().setAll(values);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : name.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        });
        return box;
    }

    @Override
    protected void layoutChildren() {
        scroll.resizeRelocate(0, 0, getWidth(), getHeight());
    }

    @Override
    protected double computePrefWidth(double height) {
        return 380;
    }
}
