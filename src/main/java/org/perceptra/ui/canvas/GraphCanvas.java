package org.perceptra.ui.canvas;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javafx.beans.property.DoubleProperty;
import javafx.collections.SetChangeListener;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import org.perceptra.edit.AddConnected;
import org.perceptra.edit.AddNode;
import org.perceptra.edit.Disconnect;
import org.perceptra.edit.Document;
import org.perceptra.edit.DocumentChange;
import org.perceptra.edit.Edit;
import org.perceptra.edit.EditRefusedException;
import org.perceptra.edit.MoveNodes;
import org.perceptra.edit.PasteNodes;
import org.perceptra.edit.RemoveNodes;
import org.perceptra.edit.SetFrozen;
import org.perceptra.model.Connection;
import org.perceptra.model.LayerKind;
import org.perceptra.model.LayerNode;
import org.perceptra.model.NetworkGraph;
import org.perceptra.model.NodeId;
import org.perceptra.model.Position;
import org.perceptra.ui.Selection;

/**
 * The network editor: layers as cards, wires as curves, zoom and pan, selection, moving, wiring, clipboard
 * and auto-arrange. It renders the {@link Document} and sends it edits; it holds no model state of its own
 * beyond what is on screen (selection lives in the shared {@link Selection}). Gestures are small classes
 * ({@link MoveGesture}, {@link WireGesture}, {@link MarqueeGesture}, {@link PanGesture}); keys are in
 * {@link CanvasKeys}; the views are kept in step by {@link GraphScene}.
 */
public final class GraphCanvas extends Region {
    /** Grid spacing in canvas units; nudges and snapping use it too. */
    public static final double GRID = 20;
    private static final double FIT_MARGIN = 32;
    /** Below this the card text is too small to read; see {@link #fitToView()}. */
    private static final double READABLE_ZOOM = 0.6;
    private static final double DETAIL_ZOOM = 0.45;
    private static final double PASTE_OFFSET = 40;

    private final Document document;
    private final Selection selection;
    /**
     * Held strongly: {@link Selection#nodes()} returns a fresh unmodifiable wrapper that listens to the real
     * set only weakly, so a listener on an unreferenced wrapper stops hearing changes at the next GC.
     */
    private final javafx.collections.ObservableSet<NodeId> selectedNodes;
    private final GraphScene graphScene = new GraphScene();
    private final Group overlay = new Group();
    private final Group content = new Group(graphScene.wireLayer(), graphScene.nodeLayer(), overlay);
    private final GridBackground grid = new GridBackground();
    private final CanvasHud hud = new CanvasHud();
    private final Viewport viewport = new Viewport(content);
    private final PaletteDrop paletteDrop = new PaletteDrop(this);
    private final NodeContextMenu contextMenu;
    private boolean gridSnap;
    /** Until the student pans or zooms, the view keeps fitting the network as the window settles its size. */
    private boolean fitting = true;
    private double lastFloor;
    private double fittedWidth;
    private double fittedHeight;
    private Connection selectedWire;
    private int pastes;
    private final javafx.animation.PauseTransition zoomSettled = new javafx.animation.PauseTransition(javafx.util.Duration.millis(250));

    public GraphCanvas(Document document, Selection selection) {
        this.document = Objects.requireNonNull(document, "document");
        this.selection = Objects.requireNonNull(selection, "selection");
        getStyleClass().add(CanvasStyles.CANVAS);
        getStylesheets().add(Objects.requireNonNull(GraphCanvas.class.getResource(CanvasStyles.STYLESHEET)).toExternalForm());
        content.setManaged(false);
        getChildren().addAll(grid, content, hud);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        setFocusTraversable(true);
        CanvasMouse mouse = new CanvasMouse(this);
        mouse.install();
        new CanvasKeys(this, mouse).install();
        contextMenu = new NodeContextMenu(this);
        contextMenu.install();
        zoomSettled.setOnFinished(e -> graphScene.setZooming(false));
        viewport.zoomProperty().addListener((o, a, b) -> zoomChanged());
        content.getTransforms().get(0).addEventHandler(javafx.scene.transform.TransformChangedEvent.ANY, e -> viewChanged());
        document.addListener(this::documentChanged);
        selectedNodes = selection.nodes();
        selectedNodes.addListener(this::selectionChanged);
        render();
    }

    // ---- the agreed API ----

    public DoubleProperty zoomProperty() {
        return viewport.zoomProperty();
    }

    public void zoomIn() {
        viewTouched();
        viewport.zoomAt(viewport.zoom() * Viewport.STEP, getWidth() / 2, getHeight() / 2);
    }

    public void zoomOut() {
        viewTouched();
        viewport.zoomAt(viewport.zoom() / Viewport.STEP, getWidth() / 2, getHeight() / 2);
    }

    /** Back to 100 %, keeping the middle of the view where it is. */
    public void resetZoom() {
        viewTouched();
        viewport.zoomAt(1.0, getWidth() / 2, getHeight() / 2);
    }

    /** Moves the view by (dx, dy) screen pixels, as dragging the background does. */
    public void panBy(double dx, double dy) {
        viewTouched();
        viewport.panBy(dx, dy);
    }

    /** Shows the whole network, at most at 100 %. */
    public void fitToView() {
        frame(0);
    }

    /** Shows the whole network however small it gets (the benchmark's overview of 500 cards). */
    public void fitWhole() {
        frame(Viewport.MIN_ZOOM);
    }

    /**
     * Fit, but not below {@link #READABLE_ZOOM} (a long network then shows from its inputs, readable, on a
     * classroom projector) unless {@code floor} asks for less.
     */
    private void frame(double floor) {
        Bounds b = graphScene.contentBounds();
        fitting = true;
        lastFloor = floor;
        if (getWidth() > 0 && getHeight() > 0) {
            if (b != null) {
                viewport.frame(b, getWidth(), getHeight(), FIT_MARGIN, floor > 0 ? floor : READABLE_ZOOM);
            }
            fittedWidth = getWidth();
            fittedHeight = getHeight();
        } else {
            requestLayout();
        }
    }

    /** Lays the network out in columns from left to right, as one undoable move, and shows it whole. */
    public void autoArrange() {
        NetworkGraph graph = graph();
        if (graph.isEmpty()) {
            return;
        }
        double tallest = graphScene.largestSize().getHeight();
        double widest = graphScene.largestSize().getWidth();
        double left = graph.nodes().stream().mapToDouble(n -> n.position().x()).min().orElse(0);
        double top = graph.nodes().stream().mapToDouble(n -> n.position().y()).min().orElse(0);
        LayeredLayout layout = new LayeredLayout(snapUp(widest + 80), snapUp(tallest + 40));
        Map<NodeId, Position> positions = layout.arrange(graph, new Position(snap(left), snap(top)));
        run(new MoveNodes(positions));
        fitToView();
    }

    /** Scrolls so that the node is in the middle of the view, zooming in if it would be too small to read. */
    public void reveal(NodeId id) {
        if (!graph().contains(id)) {
            return;
        }
        viewTouched();
        if (viewport.zoom() < 0.6) {
            viewport.zoomProperty().set(1.0);
        }
        Bounds card = graphScene.rect(id);
        viewport.centreOn(card.getCenterX(), card.getCenterY(), getWidth(), getHeight());
    }

    /** Deletes the selected layers with their wires (one undo step), or the selected wire. */
    public void deleteSelection() {
        if (!selection.isEmpty()) {
            run(new RemoveNodes(selection.snapshot()));
        } else if (selectedWire != null) {
            run(new Disconnect(selectedWire.from(), selectedWire.to()));
            selectWire(null);
        }
    }

    public void cut() {
        if (!selection.isEmpty()) {
            copy();
            pastes = 0;
            run(new RemoveNodes(selection.snapshot()));
        }
    }

    public void copy() {
        if (!selection.isEmpty()) {
            CanvasClipboard.copy(graph(), selection.snapshot());
            pastes = 0;
        }
    }

    /** Pastes the copied layers and their inner wires, a little further down each time, and selects them. */
    public void paste() {
        pastes++;
        CanvasClipboard.paste(PASTE_OFFSET * pastes, PASTE_OFFSET * pastes).ifPresent(this::pasteAndSelect);
    }

    /** Copy and paste in one go, leaving the clipboard alone. */
    public void duplicate() {
        if (!selection.isEmpty()) {
            pasteAndSelect(PasteNodes.copyOf(graph(), selection.snapshot(), PASTE_OFFSET, PASTE_OFFSET));
        }
    }

    /**
     * Freezes the selected layers (training then leaves their weights as they are), or lets them train again when
     * every one of them is frozen already; one undo step.
     */
    public void toggleFrozen() {
        List<LayerNode> chosen = selectedLayers();
        if (!chosen.isEmpty()) {
            boolean allFrozen = chosen.stream().allMatch(LayerNode::frozen);
            run(new SetFrozen(chosen.stream().map(LayerNode::id).toList(), !allFrozen));
        }
    }

    /** The selected layers that still exist, in graph order. */
    List<LayerNode> selectedLayers() {
        return graph().nodes().stream().filter(n -> selection.contains(n.id())).toList();
    }

    public void selectAll() {
        selection.selectAll(graph().nodeIds());
    }

    /** Moves the selected layers by (dx, dy) canvas units, one undo step. */
    public void nudge(double dx, double dy) {
        Map<NodeId, Position> to = new LinkedHashMap<>();
        for (NodeId id : selection.snapshot()) {
            graph().find(id).ifPresent(n -> to.put(id, n.position().plus(dx, dy)));
        }
        if (!to.isEmpty()) {
            run(new MoveNodes(to));
        }
    }

    public void setGridSnap(boolean snap) {
        gridSnap = snap;
    }

    // ---- what the palette calls ----

    /**
     * Adds a layer of {@code kind}: wired after the selected layer when one is selected and can feed it,
     * otherwise unwired in free space in the middle of the view. The new layer is selected.
     */
    public void addLayer(LayerKind kind) {
        NetworkGraph graph = graph();
        NodeId after = selection.single().filter(graph::contains).orElse(null);
        NodeId id = graph.freshId(kind.namePrefix());
        if (after != null && kind.maxInputs() > 0) {
            Position spot = freeSpot(graph.node(after).position().plus(columnGap(), 0));
            AddConnected add = new AddConnected(after, new LayerNode(id, id.value(), kind, kind.defaults(), spot));
            if (runQuietly(add)) {
                select(id);
                return;
            }
        }
        Point2D middle = viewport.toCanvas(getWidth() / 2, getHeight() / 2);
        if (run(new AddNode(new LayerNode(id, id.value(), kind, kind.defaults(),
                freeSpot(new Position(snap(middle.getX() - 90), snap(middle.getY() - 50))))))) {
            select(id);
        }
    }

    /** While a palette entry is dragged: shows where it would land. False when the point is off the canvas. */
    public boolean previewDrop(LayerKind kind, double screenX, double screenY) {
        return paletteDrop.preview(kind, screenX, screenY);
    }

    /** A palette entry released at a screen point: adds the layer there. False when off the canvas. */
    public boolean drop(LayerKind kind, double screenX, double screenY) {
        return paletteDrop.drop(kind, screenX, screenY);
    }

    public void cancelDrop() {
        paletteDrop.cancel();
    }

    /**
     * Badges layers whose numbers looked unhealthy in the last training run (see {@link HealthBadge}); an empty
     * list clears them all.
     */
    public void setHealth(java.util.List<HealthBadge> badges) {
        graphScene.setHealth(badges);
    }

    /** The sentence and fix a layer's health badge shows on hover, or "" when it has none. */
    public String healthTooltip(NodeId id) {
        return graphScene.healthText(id);
    }

    // ---- for the gestures and keys of this package ----

    /** The layers' context menu (tests). */
    NodeContextMenu contextMenu() {
        return contextMenu;
    }

    Document document() {
        return document;
    }

    Selection selection() {
        return selection;
    }

    NetworkGraph graph() {
        return document.project().graph();
    }

    Viewport viewport() {
        return viewport;
    }

    GraphScene graphScene() {
        return graphScene;
    }

    CanvasHud hud() {
        return hud;
    }

    /** Canvas-unit layer above the graph, for the wire being drawn and the ghost of a dropped layer. */
    Group overlay() {
        return overlay;
    }

    /** The student moved the view: stop re-fitting it when the window resizes. */
    void viewTouched() {
        fitting = false;
    }

    boolean isGridSnap() {
        return gridSnap;
    }

    double snap(double v) {
        return gridSnap ? Math.round(v / GRID) * GRID : v;
    }

    private static double snapUp(double v) {
        return Math.ceil(v / GRID) * GRID;
    }

    double columnGap() {
        return snapUp(graphScene.largestSize().getWidth() + 80);
    }

    /** Sends an edit; a refusal becomes a message on the canvas. Returns whether the document changed. */
    boolean run(Edit edit) {
        try {
            return document.execute(edit);
        } catch (EditRefusedException refused) {
            hud.toast(refused.reason(), true);
            return false;
        }
    }

    private boolean runQuietly(Edit edit) {
        try {
            return document.execute(edit);
        } catch (EditRefusedException refused) {
            return false;
        }
    }

    void select(NodeId id) {
        selectWire(null);
        selection.select(id);
    }

    void clearSelection() {
        selection.clear();
        selectWire(null);
    }

    void selectWire(Connection wire) {
        if (selectedWire != null && graphScene.wire(selectedWire) != null) {
            graphScene.wire(selectedWire).setSelected(false);
        }
        selectedWire = wire;
        if (wire != null && graphScene.wire(wire) != null) {
            selection.clear();
            graphScene.wire(wire).setSelected(true);
        }
    }

    /** The first spot at or below {@code wanted} where no layer's top-left corner sits close by. */
    Position freeSpot(Position wanted) {
        double step = snapUp(graphScene.largestSize().getHeight() + 20);
        Position p = wanted;
        for (int tries = 0; tries < 50 && occupied(p); tries++) {
            p = p.plus(0, step);
        }
        return p;
    }

    private boolean occupied(Position p) {
        for (LayerNode n : graph().nodes()) {
            if (Math.abs(n.position().x() - p.x()) < 60 && Math.abs(n.position().y() - p.y()) < 60) {
                return true;
            }
        }
        return false;
    }

    private void pasteAndSelect(PasteNodes paste) {
        Set<NodeId> fresh = Set.copyOf(paste.newIds(graph()).values());
        if (run(paste)) {
            selectWire(null);
            selection.selectAll(fresh);
        }
    }

    private void documentChanged(DocumentChange change) {
        if (change.kind() == DocumentChange.Kind.SAVED) {
            return;
        }
        render();
        selection.retainExisting(graph().nodeIds());
        if (selectedWire != null && !graph().connections().contains(selectedWire)) {
            selectedWire = null;
        }
        if (change.kind() == DocumentChange.Kind.REPLACED) {
            fitting = true;
            fittedWidth = 0;
            requestLayout();
        } else {
            fitting = false; // the student is working here: the view must not jump under the mouse
        }
    }

    private void render() {
        graphScene.update(graph(), document.analysis());
        for (NodeId id : selectedNodes) {
            graphScene.setSelected(id, true);
        }
        hud.setEmptyHintVisible(graph().isEmpty());
    }

    private void selectionChanged(SetChangeListener.Change<? extends NodeId> change) {
        if (change.wasRemoved()) {
            graphScene.setSelected(change.getElementRemoved(), false);
        }
        if (change.wasAdded()) {
            graphScene.setSelected(change.getElementAdded(), true);
        }
    }

    private void viewChanged() {
        Point2D topLeft = viewport.toCanvas(0, 0);
        double z = viewport.zoom();
        graphScene.setView(new javafx.geometry.BoundingBox(topLeft.getX(), topLeft.getY(), getWidth() / z, getHeight() / z),
                z >= DETAIL_ZOOM);
        grid.redraw(viewport, getWidth(), getHeight());
    }

    private void zoomChanged() {
        graphScene.setZooming(true);
        zoomSettled.playFromStart();
        viewChanged();
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        grid.resizeRelocate(0, 0, w, h);
        hud.resizeRelocate(0, 0, w, h);
        viewChanged();
        if (fitting && w > 0 && h > 0 && (w != fittedWidth || h != fittedHeight)) {
            // Cards get their real size in this pass; fitting to the size before it would be a little off.
            content.applyCss();
            content.layout();
            frame(lastFloor);
        }
    }

    @Override
    protected double computePrefWidth(double height) {
        return 800;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 600;
    }
}
