package org.perceptra.model;

import java.util.regex.Pattern;

/** The stable identity of a node in a graph. Unlike the node's display name it never changes. */
public record NodeId(String value) implements Comparable<NodeId> {
    private static final Pattern VALID = Pattern.compile("[A-Za-z_][A-Za-z0-9_.\\-]{0,63}");

    public NodeId {
        if (value == null || !VALID.matcher(value).matches()) {
            throw new IllegalArgumentException("'" + value + "' is not a valid node id: use letters, digits, '_', '-' or '.',"
                    + " starting with a letter or '_', at most 64 characters");
        }
    }

    public static NodeId of(String value) {
        return new NodeId(value);
    }

    public static boolean isValid(String value) {
        return value != null && VALID.matcher(value).matches();
    }

    @Override
    public int compareTo(NodeId o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
