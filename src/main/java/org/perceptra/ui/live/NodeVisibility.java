package org.perceptra.ui.live;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Window;

/**
 * Whether a node is on screen: in a scene of a showing window, with itself and every parent visible. A view in a
 * dock behind another (out of the scene) or on a tab not chosen (a parent made invisible) is not.
 */
final class NodeVisibility implements RedrawScheduler.Visibility {
    private final Node node;

    NodeVisibility(Node node) {
        this.node = node;
    }

    @Override
    public boolean showing() {
        return hider() == null;
    }

    /** Listens once to what hides the node now (and to its scene, should it move), then calls {@code then}. */
    @Override
    public void whenShown(Runnable then) {
        ObservableValue<?> hider = hider();
        if (hider == null) {
            then.run();
            return;
        }
        ChangeListener<Object> once = new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<?> o, Object was, Object now) {
                hider.removeListener(this);
                node.sceneProperty().removeListener(this);
                then.run();
            }
        };
        hider.addListener(once);
        if (hider != node.sceneProperty()) {
            node.sceneProperty().addListener(once);
        }
    }

    /** The property whose change may bring the node on screen, or null when it is on screen. */
    private ObservableValue<?> hider() {
        Scene scene = node.getScene();
        if (scene == null) {
            return node.sceneProperty();
        }
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return n.visibleProperty();
            }
        }
        Window window = scene.getWindow();
        if (window == null) {
            return scene.windowProperty();
        }
        return window.isShowing() ? null : window.showingProperty();
    }
}
