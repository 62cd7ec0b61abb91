package org.perceptra.ui.data;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.perceptra.data.DataSource;
import org.perceptra.data.DatasetSpec;
import org.perceptra.edit.Document;
import org.perceptra.edit.SetDataset;
import org.perceptra.model.DataSignature;
import org.perceptra.ui.forms.EditAttempt;
import org.perceptra.ui.forms.FormGrid;
import org.perceptra.ui.forms.PanelCss;

/**
 * The Data tab: the kind of source and its settings, the split and scaling, and whether the network fits the
 * data. It follows the document (undo brings the previous data back) and changes it only through
 * {@link SetDataset} edits.
 */
public final class DatasetPanel extends Region {
    private final Document document;
    private final ComboBox<SourceKind> kind = new ComboBox<>();
    private final Map<SourceKind, SourceForm> forms = new EnumMap<>(SourceKind.class);
    /** The last source of each kind seen, so switching away and back restores the student's settings. */
    private final Map<SourceKind, DataSource> remembered = new EnumMap<>(SourceKind.class);
    private final VBox formHolder = new VBox();
    private final SplitForm split;
    private final AugmentationForm augmentation;
    private final FitCheck fit;
    private final ScrollPane scroll = new ScrollPane();
    private DataSignature loaded;
    private boolean showing;

    /** @param projectFolder folder of the open project file, or null while it is unsaved */
    public DatasetPanel(Document document, Supplier<Path> projectFolder) {
        this(document, projectFolder, BackgroundLoad.SHARED);
    }

    /** With the executor that reads files (tests may pass their own). */
    DatasetPanel(Document document, Supplier<Path> projectFolder, Executor executor) {
        this.document = document;
        getStyleClass().add("dataset-panel");
        PanelCss.apply(this, "/org/perceptra/ui/data/data.css");
        SourceForm.Context context = new SourceForm.Context(this::applySource, projectFolder, executor,
                this::dataRead);
        forms.put(SourceKind.GENERATED, new GeneratorForm(context));
        forms.put(SourceKind.BUNDLED, new BundledForm(context));
        forms.put(SourceKind.CSV, new CsvForm(context));
        forms.put(SourceKind.IDX, new IdxForm(context));
        forms.put(SourceKind.IMAGE_FOLDER, new ImageFolderForm(context));
        split = new SplitForm(spec -> EditAttempt.run(document, new SetDataset(spec)));
        augmentation = new AugmentationForm(spec -> EditAttempt.run(document, new SetDataset(spec)));
        fit = new FitCheck(document);

        kind.getItems().setAll(SourceKind.values());
        kind.setMaxWidth(Double.MAX_VALUE);
        kind.valueProperty().addListener((o, old, picked) -> kindPicked(picked));
        FormGrid top = new FormGrid();
        top.row("_Source", kind, "Where the samples come from: made up by a generator, shipped with Perceptra,"
                + " or your own files.");
        FormGrid bottom = new FormGrid();
        split.addTo(bottom);
        Label fitTitle = new Label("FIT WITH THE NETWORK");
        fitTitle.getStyleClass().add("form-section");
        fitTitle.setMaxWidth(Double.MAX_VALUE);
        VBox body = new VBox(6, top, formHolder, bottom, augmentation.view(), fitTitle, fit);
        body.getStyleClass().add("panel-body");
        scroll.setContent(body);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("edge-to-edge");
        getChildren().add(scroll);
        document.addListener(change -> refresh());
        refresh();
    }

    /** The form now shown (package-private, for tests). */
    Optional<SourceForm> form() {
        return Optional.ofNullable(forms.get(kind.getValue()));
    }

    ComboBox<SourceKind> kindBox() {
        return kind;
    }

    FitCheck fit() {
        return fit;
    }

    private void refresh() {
        DatasetSpec spec = document.project().dataset();
        SourceKind current = SourceKind.of(spec.source());
        remembered.put(current, spec.source());
        showing = true;
        try {
            kind.setValue(current);
        } finally {
            showing = false;
        }
        SourceForm form = forms.get(current);
        if (form == null) {
            formHolder.getChildren().clear();
            loaded = null;
        } else {
            if (formHolder.getChildren().isEmpty() || formHolder.getChildren().get(0) != form.view()) {
                loaded = null;
                formHolder.getChildren().setAll(form.view());
            }
            form.show(spec.source());
        }
        split.show(spec);
        showAugmentation();
        fit.show(loaded);
    }

    /** Image data (as the source declares it, or as read) offers augmentation; other data does not. */
    private void showAugmentation() {
        DatasetSpec spec = document.project().dataset();
        DataSignature known = spec.source().signature().orElse(loaded);
        augmentation.show(spec, known != null && known.features().isImage() || !spec.augmentation().isNone());
    }

    AugmentationForm augmentationForm() {
        return augmentation;
    }

    private void kindPicked(SourceKind picked) {
        if (showing || picked == null || picked == SourceKind.of(document.project().dataset().source())) {
            return;
        }
        applySource(remembered.getOrDefault(picked, picked.start()));
    }

    private Optional<String> applySource(DataSource source) {
        DatasetSpec spec = document.project().dataset();
        return EditAttempt.run(document, new SetDataset(spec.withSource(source)));
    }

    private void dataRead(DataSignature signature) {
        loaded = signature;
        showAugmentation();
        fit.show(loaded);
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
