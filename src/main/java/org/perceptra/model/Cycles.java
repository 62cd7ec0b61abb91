package org.perceptra.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the loops of wires in a graph: one per strongly connected component, so a tangle of several loops
 * gives one message rather than an exponential list. Each found loop is the shortest one through the
 * component's first node (in graph order), which is the easiest for a student to see on the canvas.
 */
final class Cycles {
    /** A loop {@code [a, b, c, a]} (first node repeated at the end) and every node caught in its tangle. */
    record Loop(List<NodeId> path, Set<NodeId> tangle) {
    }

    private Cycles() {
    }

    static List<Loop> find(NetworkGraph graph) {
        if (graph.topologicalOrder().isPresent()) {
            return List.of(); // the common case while editing: no loop, no further work
        }
        List<Loop> loops = new ArrayList<>();
        for (Set<NodeId> component : components(graph)) {
            if (component.size() > 1) { // self-loops cannot exist, so a single node is never a loop
                NodeId start = firstInGraphOrder(graph, component);
                loops.add(new Loop(shortestLoop(graph, start, component), component));
            }
        }
        Map<NodeId, Integer> position = positions(graph);
        loops.sort((a, b) -> Integer.compare(position.get(a.path().get(0)), position.get(b.path().get(0))));
        return loops;
    }

    /** Tarjan's algorithm, iterative so that a long chain cannot overflow the stack. */
    private static List<Set<NodeId>> components(NetworkGraph graph) {
        Map<NodeId, Integer> index = new HashMap<>();
        Map<NodeId, Integer> low = new HashMap<>();
        Deque<NodeId> stack = new ArrayDeque<>();
        Set<NodeId> onStack = new HashSet<>();
        List<Set<NodeId>> out = new ArrayList<>();
        for (NodeId root : graph.nodeIds()) {
            if (index.containsKey(root)) {
                continue;
            }
            Deque<int[]> nextChild = new ArrayDeque<>(); // parallel to work: how far each frame has got
            Deque<NodeId> work = new ArrayDeque<>();
            visit(root, index, low, stack, onStack, work, nextChild);
            while (!work.isEmpty()) {
                NodeId v = work.peek();
                List<NodeId> outs = graph.outputsOf(v);
                int[] next = nextChild.peek();
                if (next[0] < outs.size()) {
                    NodeId w = outs.get(next[0]++);
                    if (!index.containsKey(w)) {
                        visit(w, index, low, stack, onStack, work, nextChild);
                    } else if (onStack.contains(w)) {
                        low.merge(v, index.get(w), Math::min);
                    }
                    continue;
                }
                work.pop();
                nextChild.pop();
                if (!work.isEmpty()) {
                    low.merge(work.peek(), low.get(v), Math::min);
                }
                if (low.get(v).equals(index.get(v))) {
                    Set<NodeId> component = new HashSet<>();
                    NodeId w;
                    do {
                        w = stack.pop();
                        onStack.remove(w);
                        component.add(w);
                    } while (!w.equals(v));
                    out.add(component);
                }
            }
        }
        return out;
    }

    private static void visit(NodeId v, Map<NodeId, Integer> index, Map<NodeId, Integer> low, Deque<NodeId> stack,
                              Set<NodeId> onStack, Deque<NodeId> work, Deque<int[]> nextChild) {
        index.put(v, index.size());
        low.put(v, index.get(v));
        stack.push(v);
        onStack.add(v);
        work.push(v);
        nextChild.push(new int[1]);
    }

    /** Breadth-first from {@code start} inside its component until a wire leads back to it. */
    private static List<NodeId> shortestLoop(NetworkGraph graph, NodeId start, Set<NodeId> component) {
        Map<NodeId, NodeId> previous = new HashMap<>();
        Deque<NodeId> queue = new ArrayDeque<>(List.of(start));
        while (!queue.isEmpty()) {
            NodeId v = queue.poll();
            for (NodeId w : graph.outputsOf(v)) {
                if (w.equals(start)) {
                    List<NodeId> path = new ArrayList<>(List.of(start));
                    for (NodeId p = v; !p.equals(start); p = previous.get(p)) {
                        path.add(p);
                    }
                    path.add(start);
                    Collections.reverse(path);
                    return path;
                }
                if (component.contains(w) && !previous.containsKey(w)) {
                    previous.put(w, v);
                    queue.add(w);
                }
            }
        }
        throw new IllegalStateException("no loop through " + start + " in its own component"); // cannot happen
    }

    private static NodeId firstInGraphOrder(NetworkGraph graph, Set<NodeId> component) {
        return graph.nodeIds().stream().filter(component::contains).findFirst().orElseThrow();
    }

    static Map<NodeId, Integer> positions(NetworkGraph graph) {
        Map<NodeId, Integer> position = new HashMap<>();
        for (NodeId id : graph.nodeIds()) {
            position.put(id, position.size());
        }
        return position;
    }
}
