package org.perceptra.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The network as drawn: nodes and the wires between them. Immutable, so undo is "go back to the previous
 * graph" and any thread may read a graph safely. Every connection refers to nodes in the graph; there are
 * no duplicate connections and no self-loops (longer cycles may exist while editing and are diagnosed).
 */
public final class NetworkGraph {
    private static final NetworkGraph EMPTY = new NetworkGraph(new LinkedHashMap<>(), List.of());

    private final Map<NodeId, LayerNode> nodes;
    private final List<Connection> connections;
    private final Map<NodeId, List<NodeId>> inputs = new HashMap<>();
    private final Map<NodeId, List<NodeId>> outputs = new HashMap<>();

    private NetworkGraph(LinkedHashMap<NodeId, LayerNode> nodes, List<Connection> connections) {
        this.nodes = Collections.unmodifiableMap(nodes);
        this.connections = List.copyOf(connections);
        Set<Connection> seen = new java.util.HashSet<>();
        for (Connection c : this.connections) {
            if (!nodes.containsKey(c.from()) || !nodes.containsKey(c.to())) {
                throw new IllegalArgumentException("connection " + c + " refers to a node that is not in the graph");
            }
            if (c.from().equals(c.to())) {
                throw new IllegalArgumentException("connection " + c + " connects a node to itself");
            }
            if (!seen.add(c)) {
                throw new IllegalArgumentException("connection " + c + " appears twice");
            }
            inputs.computeIfAbsent(c.to(), k -> new ArrayList<>()).add(c.from());
            outputs.computeIfAbsent(c.from(), k -> new ArrayList<>()).add(c.to());
        }
    }

    public static NetworkGraph empty() {
        return EMPTY;
    }

    /** @throws IllegalArgumentException on duplicate ids or connections to unknown nodes */
    public static NetworkGraph of(Collection<LayerNode> nodes, Collection<Connection> connections) {
        LinkedHashMap<NodeId, LayerNode> map = new LinkedHashMap<>();
        for (LayerNode n : nodes) {
            if (map.put(n.id(), n) != null) {
                throw new IllegalArgumentException("two nodes have the id '" + n.id() + "'");
            }
        }
        return new NetworkGraph(map, new ArrayList<>(connections));
    }

    public Collection<LayerNode> nodes() {
        return nodes.values();
    }

    public Set<NodeId> nodeIds() {
        return nodes.keySet();
    }

    public int size() {
        return nodes.size();
    }

    public boolean isEmpty() {
        return nodes.isEmpty();
    }

    public boolean contains(NodeId id) {
        return nodes.containsKey(id);
    }

    public Optional<LayerNode> find(NodeId id) {
        return Optional.ofNullable(nodes.get(id));
    }

    /** @throws IllegalArgumentException if there is no such node */
    public LayerNode node(NodeId id) {
        LayerNode n = nodes.get(id);
        if (n == null) {
            throw new IllegalArgumentException("no node '" + id + "' in the graph");
        }
        return n;
    }

    public List<Connection> connections() {
        return connections;
    }

    public boolean isConnected(NodeId from, NodeId to) {
        return outputsOf(from).contains(to);
    }

    /** The nodes feeding {@code id}, in connection order. */
    public List<NodeId> inputsOf(NodeId id) {
        return Collections.unmodifiableList(inputs.getOrDefault(id, List.of()));
    }

    /** The nodes {@code id} feeds. */
    public List<NodeId> outputsOf(NodeId id) {
        return Collections.unmodifiableList(outputs.getOrDefault(id, List.of()));
    }

    /** Adds the node, or replaces the node with the same id in place (keeping its wires). */
    public NetworkGraph withNode(LayerNode node) {
        LinkedHashMap<NodeId, LayerNode> copy = new LinkedHashMap<>(nodes);
        copy.put(node.id(), node);
        return new NetworkGraph(copy, connections);
    }

    /** Removes the node together with every wire touching it. */
    public NetworkGraph withoutNode(NodeId id) {
        if (!nodes.containsKey(id)) {
            return this;
        }
        LinkedHashMap<NodeId, LayerNode> copy = new LinkedHashMap<>(nodes);
        copy.remove(id);
        return new NetworkGraph(copy, connections.stream().filter(c -> !c.touches(id)).toList());
    }

    /** Removes all the nodes and their wires at once. */
    public NetworkGraph withoutNodes(Collection<NodeId> ids) {
        Set<NodeId> gone = Set.copyOf(ids);
        LinkedHashMap<NodeId, LayerNode> copy = new LinkedHashMap<>(nodes);
        copy.keySet().removeAll(gone);
        return new NetworkGraph(copy,
                connections.stream().filter(c -> !gone.contains(c.from()) && !gone.contains(c.to())).toList());
    }

    public NetworkGraph withConnection(Connection c) {
        if (connections.contains(c)) {
            return this;
        }
        List<Connection> copy = new ArrayList<>(connections);
        copy.add(c);
        return new NetworkGraph(new LinkedHashMap<>(nodes), copy);
    }

    public NetworkGraph withoutConnection(Connection c) {
        if (!connections.contains(c)) {
            return this;
        }
        List<Connection> copy = new ArrayList<>(connections);
        copy.remove(c);
        return new NetworkGraph(new LinkedHashMap<>(nodes), copy);
    }

    /** Nodes in an order where every node comes after its inputs, or empty if the graph has a cycle. */
    public Optional<List<NodeId>> topologicalOrder() {
        Map<NodeId, Integer> indegree = new HashMap<>();
        for (NodeId id : nodes.keySet()) {
            indegree.put(id, inputsOf(id).size());
        }
        Deque<NodeId> ready = new ArrayDeque<>();
        for (NodeId id : nodes.keySet()) {
            if (indegree.get(id) == 0) {
                ready.add(id);
            }
        }
        List<NodeId> order = new ArrayList<>(nodes.size());
        while (!ready.isEmpty()) {
            NodeId id = ready.poll();
            order.add(id);
            for (NodeId next : outputsOf(id)) {
                if (indegree.merge(next, -1, Integer::sum) == 0) {
                    ready.add(next);
                }
            }
        }
        return order.size() == nodes.size() ? Optional.of(order) : Optional.empty();
    }

    /** Whether a path of wires leads from {@code from} to {@code to}. */
    public boolean reaches(NodeId from, NodeId to) {
        Deque<NodeId> todo = new ArrayDeque<>(List.of(from));
        Set<NodeId> seen = new java.util.HashSet<>();
        while (!todo.isEmpty()) {
            NodeId id = todo.pop();
            if (id.equals(to)) {
                return true;
            }
            if (seen.add(id)) {
                todo.addAll(outputsOf(id));
            }
        }
        return false;
    }

    /** An id not yet used, {@code prefix_1}, {@code prefix_2}, ... */
    public NodeId freshId(String prefix) {
        for (int i = 1; ; i++) {
            NodeId candidate = NodeId.of(prefix + "_" + i);
            if (!nodes.containsKey(candidate)) {
                return candidate;
            }
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NetworkGraph g && nodes.equals(g.nodes) && connections.equals(g.connections);
    }

    @Override
    public int hashCode() {
        return nodes.hashCode() * 31 + connections.hashCode();
    }

    @Override
    public String toString() {
        return "NetworkGraph" + nodes.keySet() + connections;
    }
}
