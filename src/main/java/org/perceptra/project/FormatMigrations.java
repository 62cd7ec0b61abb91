package org.perceptra.project;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The chain of upgrades from each older file format to the current one. A file in format {@code v} passes through
 * steps {@code v}, {@code v + 1}, ... before it is read, so the reader only ever knows the current format and old
 * files keep loading for ever (the golden files under {@code src/test/resources/golden} prove it).
 *
 * <p>Any change to the format (a field added, renamed or restructured) adds a step here and raises the current
 * version by one. A step works on the parsed tree; {@code weights} and {@code runs} arrive in it as raw JSON
 * values ({@code POJONode}s holding a {@code RawValue}), and a step may replace them with ordinary JSON nodes.
 */
public final class FormatMigrations {
    /** The formats this version of Perceptra knows: today only format 1, so no steps. */
    public static final FormatMigrations STANDARD = new FormatMigrations(List.of());

    /** Upgrades a project tree by one format version. */
    @FunctionalInterface
    public interface Step {
        /**
         * @return the upgraded tree (the same object, changed, or a new one); its {@code "format"} is set afterwards
         * @throws IllegalArgumentException with a plain-words reason when this file cannot be upgraded
         */
        ObjectNode upgrade(ObjectNode project);
    }

    private final List<Step> steps;

    /** @param steps {@code steps.get(i)} upgrades format {@code i + 1} to format {@code i + 2} */
    public FormatMigrations(List<Step> steps) {
        this.steps = List.copyOf(steps);
    }

    /** The format written by this version, and the newest it reads. */
    public int current() {
        return steps.size() + 1;
    }

    /** Upgrades a tree in format {@code from} (1 to {@link #current()}) to the current format. */
    ObjectNode upgrade(ObjectNode project, int from) {
        if (from < 1 || from > current()) {
            throw new IllegalArgumentException("no upgrade from format " + from);
        }
        ObjectNode tree = project;
        for (int version = from; version < current(); version++) {
            tree = steps.get(version - 1).upgrade(tree);
            tree.put("format", version + 1);
        }
        return tree;
    }
}
