package org.perceptra.project;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.perceptra.model.Connection;
import org.perceptra.model.LayerCatalog;
import org.perceptra.model.LayerKind;
import org.perceptra.model.LayerNode;
import org.perceptra.model.NetworkGraph;
import org.perceptra.model.NodeId;
import org.perceptra.model.Position;

/**
 * The {@code "graph"} section: nodes with kind, name, position, frozen flag and parameters, then the wires. Reading checks
 * what {@link NetworkGraph} insists on (unique ids, wires between existing nodes, no self-loops or repeats) so
 * each problem is reported at its place; cycles and shape errors load, and the validator reports them.
 */
final class GraphCodec {
    private static final Set<String> GRAPH_FIELDS = Set.of("nodes", "connections");
    private static final Set<String> NODE_FIELDS = Set.of("id", "kind", "name", "x", "y", "frozen", "params");
    private static final Set<String> CONNECTION_FIELDS = Set.of("from", "to");
    /** Longer ids are refused by their length alone, without echoing a huge string. */
    private static final int ID_ECHO_LIMIT = 80;

    private final LayerCatalog catalog;

    GraphCodec(LayerCatalog catalog) {
        this.catalog = catalog;
    }

    static ObjectNode write(NetworkGraph graph) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        ArrayNode nodes = out.putArray("nodes");
        for (LayerNode n : graph.nodes()) {
            ObjectNode node = nodes.addObject();
            node.put("id", n.id().value());
            node.put("kind", n.kind().id());
            node.put("name", n.name());
            node.put("x", n.position().x());
            node.put("y", n.position().y());
            if (n.frozen()) {
                node.put("frozen", true); // absent means false: files without frozen layers stay as they were
            }
            node.set("params", ParamsCodec.write(n.kind(), n.params(), n.id()));
        }
        ArrayNode connections = out.putArray("connections");
        for (Connection c : graph.connections()) {
            connections.addObject().put("from", c.from().value()).put("to", c.to().value());
        }
        return out;
    }

    NetworkGraph read(Fields graph) throws ProjectFileException {
        graph.allowOnly(GRAPH_FIELDS);
        Map<NodeId, String> seen = new HashMap<>();
        List<LayerNode> nodes = new ArrayList<>();
        for (Fields node : FieldLists.objects(graph, "nodes")) {
            nodes.add(node(node, seen));
        }
        Map<Connection, Integer> connections = new LinkedHashMap<>();
        List<Fields> wires = FieldLists.objects(graph, "connections");
        for (int i = 0; i < wires.size(); i++) {
            connections.put(connection(wires.get(i), i, seen.keySet(), connections), i);
        }
        try {
            return NetworkGraph.of(nodes, connections.keySet());
        } catch (IllegalArgumentException e) {
            // Everything NetworkGraph checks today was checked above; this guards rules it may add later.
            throw graph.failHere(e.getMessage());
        }
    }

    private LayerNode node(Fields f, Map<NodeId, String> seen) throws ProjectFileException {
        f.allowOnly(NODE_FIELDS);
        NodeId id = id(f, "id");
        String earlier = seen.putIfAbsent(id, f.path());
        if (earlier != null) {
            throw f.fail("id", "the node id '" + id + "' is used twice: by " + earlier + " and by " + f.path());
        }
        Fields node = f.about("node " + id);
        String kindId = node.requiredText("kind");
        LayerKind kind = catalog.find(kindId).orElse(null);
        if (kind == null) {
            throw node.fail("kind", unknownKind(kindId));
        }
        String name = node.text("name", id.value());
        Position at = new Position(node.real("x", 0), node.real("y", 0));
        boolean frozen = node.bool("frozen", false);
        return new LayerNode(id, name, kind, ParamsCodec.read(kind, node.optionalObject("params"), id), at, frozen);
    }

    private Connection connection(Fields f, int index, Set<NodeId> nodes, Map<Connection, Integer> earlier)
            throws ProjectFileException {
        f.allowOnly(CONNECTION_FIELDS);
        NodeId from = id(f, "from");
        NodeId to = id(f, "to");
        if (!nodes.contains(from)) {
            throw f.fail("from", "connection " + index + " comes from '" + from + "', which is not a node");
        }
        if (!nodes.contains(to)) {
            throw f.fail("to", "connection " + index + " goes to '" + to + "', which is not a node");
        }
        if (from.equals(to)) {
            throw f.failHere("connection " + index + " connects '" + from + "' to itself");
        }
        Connection c = new Connection(from, to);
        Integer first = earlier.get(c);
        if (first != null) {
            throw f.failHere("connection " + index + " repeats connection " + first + " (" + c + ")");
        }
        return c;
    }

    private static NodeId id(Fields f, String field) throws ProjectFileException {
        String text = f.requiredText(field);
        if (text.length() > ID_ECHO_LIMIT) {
            throw f.fail(field, "a node id is at most 64 characters, but this one has " + text.length());
        }
        try {
            return NodeId.of(text);
        } catch (IllegalArgumentException e) {
            throw f.fail(field, e.getMessage());
        }
    }

    private String unknownKind(String kindId) {
        String hint = catalog.ids().stream()
                .filter(k -> k.toLowerCase(Locale.ROOT).equals(kindId.toLowerCase(Locale.ROOT)))
                .map(k -> " (did you mean '" + k + "'?)").findFirst().orElse("");
        return "unknown layer kind " + ReadContext.quote(kindId) + hint + "; the known kinds are "
                + String.join(", ", catalog.ids());
    }
}
