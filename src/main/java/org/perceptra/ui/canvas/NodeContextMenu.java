package org.perceptra.ui.canvas;

import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.ContextMenuEvent;
import org.kordamp.ikonli.javafx.FontIcon;
import org.perceptra.model.LayerNode;
import org.perceptra.model.NodeId;

/**
 * The menu a right-click on a layer (or the keyboard's menu key, Shift+F10, with layers selected) opens: freeze
 * or unfreeze the selected layers. A right-click on a layer outside the selection selects it first, as file
 * managers do, so the menu always acts on what is highlighted.
 */
final class NodeContextMenu {
    static final String ID = "node-context-menu";
    private final GraphCanvas canvas;
    private final ContextMenu menu = new ContextMenu();
    private final MenuItem freeze = new MenuItem();

    NodeContextMenu(GraphCanvas canvas) {
        this.canvas = canvas;
        menu.setId(ID);
        freeze.setId("freeze-item");
        freeze.setOnAction(e -> canvas.toggleFrozen());
        menu.getItems().add(freeze);
    }

    void install() {
        canvas.addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, this::requested);
    }

    private void requested(ContextMenuEvent e) {
        NodeId hit = e.isKeyboardTrigger() ? null
                : canvas.graphScene().nodeAt(canvas.viewport().toCanvas(e.getX(), e.getY()), 0);
        if (hit != null && !canvas.selection().contains(hit)) {
            canvas.select(hit);
        }
        List<LayerNode> chosen = canvas.selectedLayers();
        if (chosen.isEmpty()) {
            return;
        }
        boolean allFrozen = chosen.stream().allMatch(LayerNode::frozen);
        String what = chosen.size() == 1 ? chosen.get(0).name() : chosen.size() + " layers";
        freeze.setText((allFrozen ? "Unfreeze " : "Freeze ") + what + "  (F)");
        freeze.setGraphic(new FontIcon(allFrozen ? "mdi2s-snowflake-off" : "mdi2s-snowflake"));
        Point2D at = new Point2D(e.getScreenX(), e.getScreenY());
        menu.show(canvas, at.getX(), at.getY());
        e.consume();
    }

    /** The menu, for tests. */
    ContextMenu menu() {
        return menu;
    }
}
