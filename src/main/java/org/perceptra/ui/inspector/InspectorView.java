package org.perceptra.ui.inspector;

import java.util.Optional;
import java.util.Set;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.perceptra.edit.Document;
import org.perceptra.model.LayerNode;
import org.perceptra.model.NodeId;
import org.perceptra.ui.Selection;
import org.perceptra.ui.forms.NumberText;
import org.perceptra.ui.forms.PanelCss;

/**
 * The right-hand inspector. For the one selected layer it shows its page; for none a hint, for several how
 * many. It follows the document (undo and redo included) and the selection, and it changes the project only
 * through edits.
 */
public final class InspectorView extends Region {
    private final Document document;
    private final Selection selection;
    private final ScrollPane scroll = new ScrollPane();
    /**
     * Held on purpose: {@link Selection#nodes()} returns an unmodifiable wrapper that listens to the real set
     * weakly, so a listener added to a wrapper nobody keeps stops hearing anything once it is collected.
     */
    private final ObservableSet<NodeId> selected;
    private NodePage page;
    private boolean rebuilding;

    public InspectorView(Document document, Selection selection) {
        this.document = document;
        this.selection = selection;
        getStyleClass().add("inspector-view");
        PanelCss.apply(this, "/org/perceptra/ui/inspector/inspector.css");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("edge-to-edge");
        getChildren().add(scroll);
        document.addListener(change -> refresh());
        selected = selection.nodes();
        selected.addListener((SetChangeListener<NodeId>) change -> refresh());
        refresh();
    }

    /**
     * Moves the keyboard focus to the first field of the inspected layer (the keyboard's way in). Returns false
     * when no single layer is selected, so there is nothing to edit.
     */
    public boolean focusFirstField() {
        if (page == null) {
            return false;
        }
        Optional<Control> first = firstEditable(page);
        first.ifPresent(Control::requestFocus);
        return first.isPresent();
    }

    private static Optional<Control> firstEditable(Node node) {
        if (node instanceof Control c && isEditor(c) && c.isFocusTraversable() && !c.isDisabled() && c.isVisible()) {
            return Optional.of(c);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                Optional<Control> found = firstEditable(child);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    /** Fields and buttons, not the containers (property sheet, scroll pane) that hold them. */
    private static boolean isEditor(Control c) {
        return c instanceof TextInputControl || c instanceof ComboBoxBase<?> || c instanceof ChoiceBox<?>
                || c instanceof Spinner<?> || c instanceof ButtonBase || c instanceof Slider;
    }

    /** The page of the inspected layer, or empty (package-private, for tests). */
    Optional<NodePage> page() {
        return Optional.ofNullable(page);
    }

    private void refresh() {
        rebuilding = true;
        try {
            show();
        } finally {
            rebuilding = false;
        }
    }

    private void show() {
        Set<NodeId> chosen = selection.snapshot();
        Optional<LayerNode> node = selection.single().flatMap(id -> document.project().graph().find(id));
        if (node.isPresent()) {
            if (page == null || !page.shows(node.get())) {
                page = new NodePage(document, node.get(), () -> rebuilding);
                setContent(page);
            }
            page.update(node.get(), document.analysis());
        } else if (chosen.size() > 1) {
            page = null;
            long params = chosen.stream().mapToLong(id -> document.analysis().node(id).map(a -> a.params()).orElse(0L)).sum();
            setContent(hint("mdi2s-selection-multiple", chosen.size() + " layers selected",
                    NumberText.count(params) + " parameters in all. Select one layer to change its settings."));
        } else {
            page = null;
            setContent(hint("mdi2c-cursor-default-click-outline", "Nothing selected",
                    "Select a layer on the canvas to see its shapes and change its settings."));
        }
    }

    private void setContent(Node content) {
        if (scroll.getContent() != content) {
            scroll.setContent(content);
        }
    }

    private static VBox hint(String iconCode, String title, String body) {
        FontIcon icon = new FontIcon(iconCode);
        icon.getStyleClass().add("hint-icon");
        Label heading = new Label(title);
        heading.getStyleClass().add("hint-title");
        heading.setId("inspector-hint");
        Label text = new Label(body);
        text.setWrapText(true);
        text.getStyleClass().add("hint-body");
        VBox box = new VBox(10, icon, heading, text);
        box.setAlignment(Pos.TOP_CENTER);
        box.getStyleClass().add("inspector-hint");
        text.setAlignment(Pos.CENTER);
        text.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        return box;
    }

    @Override
    protected void layoutChildren() {
        scroll.resizeRelocate(0, 0, getWidth(), getHeight());
    }

    @Override
    protected double computePrefWidth(double height) {
        return 340;
    }

    @Override
    protected double computePrefHeight(double width) {
        return scroll.prefHeight(width);
    }
}
