package org.perceptra.ui.canvas;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import org.perceptra.edit.PasteNodes;
import org.perceptra.model.Connection;
import org.perceptra.model.LayerNode;
import org.perceptra.model.NetworkGraph;
import org.perceptra.model.NodeId;
import org.perceptra.project.Project;
import org.perceptra.project.ProjectFileException;
import org.perceptra.project.ProjectJson;

/**
 * Copied layers travel as a small project file in the system clipboard, so that they paste into another
 * Perceptra window, or into a text editor as readable JSON. A copy is also kept here, for platforms where
 * the system clipboard is unavailable (headless tests).
 */
final class CanvasClipboard {
    private static final String NAME = "Copied layers";
    private static NetworkGraph kept;
    private static String keptText;

    private CanvasClipboard() {
    }

    /** Copies the selected layers and the wires among them. */
    static void copy(NetworkGraph graph, Collection<NodeId> selection) {
        Set<NodeId> picked = Set.copyOf(selection);
        List<LayerNode> nodes = graph.nodes().stream().filter(n -> picked.contains(n.id())).toList();
        List<Connection> inner = graph.connections().stream()
                .filter(c -> picked.contains(c.from()) && picked.contains(c.to())).toList();
        kept = NetworkGraph.of(nodes, inner);
        keptText = ProjectJson.toJson(Project.empty(NAME).withGraph(kept));
        try {
            ClipboardContent content = new ClipboardContent();
            content.putString(keptText);
            Clipboard.getSystemClipboard().setContent(content);
        } catch (RuntimeException unavailable) {
            // no system clipboard here: the kept copy still pastes inside this application
        }
    }

    /** What Paste would add, offset by (dx, dy), or empty when the clipboard holds no layers. */
    static Optional<PasteNodes> paste(double dx, double dy) {
        return contents().filter(g -> !g.isEmpty())
                .map(g -> new PasteNodes(List.copyOf(g.nodes()), g.connections(), dx, dy));
    }

    private static Optional<NetworkGraph> contents() {
        String text = systemText();
        if (text == null || text.equals(keptText) || !text.contains("\"graph\"")) {
            return Optional.ofNullable(kept);
        }
        try {
            return Optional.of(ProjectJson.fromJson(text, Path.of("clipboard")).graph());
        } catch (ProjectFileException notOurs) {
            return Optional.ofNullable(kept);
        }
    }

    private static String systemText() {
        try {
            Clipboard system = Clipboard.getSystemClipboard();
            return system.hasString() ? system.getString() : null;
        } catch (RuntimeException unavailable) {
            return null;
        }
    }
}
