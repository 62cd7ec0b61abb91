package org.perceptra.model;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The declaration of one layer parameter: name, type, default, allowed range and a one-line description a
 * student understands. Declared once per layer kind; the inspector, tooltips, CLI, file format and
 * validation all read it (the Tribuo way).
 *
 * <p>Values are plain Java objects: {@link Integer}, {@link Double}, {@link Boolean}, {@link String} (for a
 * choice) or {@code List<Integer>} (for a shape).
 */
public sealed interface ParamSpec {
    /** Key in files and code, camelCase: {@code units}, {@code kernelSize}. */
    String name();

    /** Label shown in the inspector: "Units", "Kernel size". */
    String label();

    String description();

    Object defaultValue();

    /** Why {@code value} is not allowed, or empty when it is. Never throws. */
    Optional<String> check(Object value);

    /** A short human text of what is allowed, e.g. "a whole number from 1 to 100000". */
    String allowed();

    /** Converts a loosely typed value (from JSON or a text field) to this parameter's type, or explains why not. */
    Coerced coerce(Object raw);

    record Coerced(Object value, String problem) {
        static Coerced ok(Object value) {
            return new Coerced(value, null);
        }

        static Coerced fail(String problem) {
            return new Coerced(null, problem);
        }

        public boolean ok() {
            return problem == null;
        }
    }

    static IntParam integer(String name, String label, int def, int min, int max, String description) {
        return new IntParam(name, label, def, min, max, description);
    }

    static DoubleParam real(String name, String label, double def, double min, double max, String description) {
        return new DoubleParam(name, label, def, min, max, true, description);
    }

    static BoolParam flag(String name, String label, boolean def, String description) {
        return new BoolParam(name, label, def, description);
    }

    static ChoiceParam choice(String name, String label, String def, List<String> choices, String description) {
        return new ChoiceParam(name, label, def, List.copyOf(choices), description);
    }

    static ShapeParam shape(String name, String label, List<Integer> def, int minRank, int maxRank, String description) {
        return new ShapeParam(name, label, List.copyOf(def), minRank, maxRank, false, description);
    }

    record IntParam(String name, String label, Integer defaultValue, int min, int max, String description) implements ParamSpec {
        @Override
        public Optional<String> check(Object value) {
            if (!(value instanceof Integer i)) {
                return Optional.of(label + " must be a whole number");
            }
            if (i < min || i > max) {
                return Optional.of(label + " must be " + allowed().replace("a whole number ", "") + ", not " + i);
            }
            return Optional.empty();
        }

        @Override
        public String allowed() {
            return "a whole number from " + min + " to " + max;
        }

        @Override
        public Coerced coerce(Object raw) {
            if (raw instanceof Integer i) {
                return Coerced.ok(i);
            }
            if (raw instanceof Number n) {
                double d = n.doubleValue();
                if (d == Math.rint(d) && Math.abs(d) <= Integer.MAX_VALUE) {
                    return Coerced.ok((int) d);
                }
                return Coerced.fail(label + " must be a whole number from " + min + " to " + max + ", not " + n);
            }
            if (raw instanceof String s) {
                try {
                    return Coerced.ok(Integer.parseInt(s.trim()));
                } catch (NumberFormatException e) {
                    return Coerced.fail(label + " must be a whole number, not \"" + s + "\"");
                }
            }
            return Coerced.fail(label + " must be a whole number, not " + describe(raw));
        }
    }

    record DoubleParam(String name, String label, Double defaultValue, double min, double max, boolean minInclusive,
                       String description) implements ParamSpec {
        @Override
        public Optional<String> check(Object value) {
            if (!(value instanceof Double d)) {
                return Optional.of(label + " must be a number");
            }
            if (!Double.isFinite(d) || d < min || d > max || (!minInclusive && d == min)) {
                return Optional.of(label + " must be " + allowed().replace("a number ", "") + ", not " + d);
            }
            return Optional.empty();
        }

        /** Same parameter, but the minimum itself is not allowed (a rate above 0, say). */
        public DoubleParam exclusiveMin() {
            return new DoubleParam(name, label, defaultValue, min, max, false, description);
        }

        @Override
        public String allowed() {
            return "a number from " + fmt(min) + (minInclusive ? "" : " (exclusive)") + " to " + fmt(max);
        }

        private static String fmt(double d) {
            return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf((long) d) : String.valueOf(d);
        }

        @Override
        public Coerced coerce(Object raw) {
            if (raw instanceof Number n) {
                return Coerced.ok(n.doubleValue());
            }
            if (raw instanceof String s) {
                try {
                    return Coerced.ok(Double.parseDouble(s.trim()));
                } catch (NumberFormatException e) {
                    return Coerced.fail(label + " must be a number, not \"" + s + "\"");
                }
            }
            return Coerced.fail(label + " must be a number, not " + describe(raw));
        }
    }

    record BoolParam(String name, String label, Boolean defaultValue, String description) implements ParamSpec {
        @Override
        public Optional<String> check(Object value) {
            return value instanceof Boolean ? Optional.empty() : Optional.of(label + " must be true or false");
        }

        @Override
        public String allowed() {
            return "true or false";
        }

        @Override
        public Coerced coerce(Object raw) {
            if (raw instanceof Boolean b) {
                return Coerced.ok(b);
            }
            if (raw instanceof String s && (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false"))) {
                return Coerced.ok(Boolean.parseBoolean(s));
            }
            return Coerced.fail(label + " must be true or false, not " + describe(raw));
        }
    }

    record ChoiceParam(String name, String label, String defaultValue, List<String> choices, String description)
            implements ParamSpec {
        @Override
        public Optional<String> check(Object value) {
            if (value instanceof String s && choices.contains(s)) {
                return Optional.empty();
            }
            return Optional.of(label + " must be one of " + String.join(", ", choices) + ", not " + describe(value));
        }

        @Override
        public String allowed() {
            return "one of " + String.join(", ", choices);
        }

        @Override
        public Coerced coerce(Object raw) {
            if (raw instanceof String s) {
                String key = s.trim().toLowerCase(Locale.ROOT);
                for (String c : choices) {
                    if (c.equalsIgnoreCase(key)) {
                        return Coerced.ok(c);
                    }
                }
                return Coerced.fail(label + " must be one of " + String.join(", ", choices) + ", not \"" + s + "\"");
            }
            return Coerced.fail(label + " must be one of " + String.join(", ", choices) + ", not " + describe(raw));
        }
    }

    /**
     * A list of dimensions. With {@code allowInferred}, one entry may be -1 ("whatever makes the sizes match"),
     * as in Reshape.
     */
    record ShapeParam(String name, String label, List<Integer> defaultValue, int minRank, int maxRank,
                      boolean allowInferred, String description) implements ParamSpec {
        /** The largest single dimension accepted: beyond it a file is absurd rather than ambitious. */
        public static final int MAX_DIM = 1_000_000;

        public ShapeParam withInferredDim() {
            return new ShapeParam(name, label, defaultValue, minRank, maxRank, true, description);
        }

        @Override
        public Optional<String> check(Object value) {
            if (!(value instanceof List<?> list) || !list.stream().allMatch(Integer.class::isInstance)) {
                return Optional.of(label + " must be a list of whole numbers such as [1, 28, 28]");
            }
            if (list.size() < minRank || list.size() > maxRank) {
                return Optional.of(label + " must have " + (minRank == maxRank ? String.valueOf(minRank)
                        : minRank + " to " + maxRank) + " dimensions, not " + list.size() + " " + list);
            }
            int inferred = 0;
            for (Object o : list) {
                int d = (Integer) o;
                if (d == -1 && allowInferred) {
                    inferred++;
                } else if (d < 1 || d > MAX_DIM) {
                    return Optional.of(label + " has dimension " + d + "; each must be from 1 to " + MAX_DIM
                            + (allowInferred ? " (or one -1)" : ""));
                }
            }
            if (inferred > 1) {
                return Optional.of(label + " may contain -1 only once");
            }
            return Optional.empty();
        }

        @Override
        public String allowed() {
            return minRank + " to " + maxRank + " whole numbers from 1 to " + MAX_DIM + (allowInferred ? " (one may be -1)" : "");
        }

        @Override
        public Coerced coerce(Object raw) {
            if (raw instanceof List<?> list) {
                java.util.ArrayList<Integer> out = new java.util.ArrayList<>();
                for (Object o : list) {
                    Coerced c = new IntParam(name, label, 1, Integer.MIN_VALUE, Integer.MAX_VALUE, description).coerce(o);
                    if (!c.ok()) {
                        return Coerced.fail(label + " must be a list of whole numbers, found " + describe(o));
                    }
                    out.add((Integer) c.value());
                }
                return Coerced.ok(List.copyOf(out));
            }
            if (raw instanceof String s) {
                String body = s.trim().replaceAll("^[\\[(]|[\\])]$", "");
                if (body.isBlank()) {
                    return Coerced.fail(label + " must list at least one dimension");
                }
                java.util.ArrayList<Object> parts = new java.util.ArrayList<>();
                for (String p : body.split("[,x×\\s]+")) {
                    if (!p.isBlank()) {
                        parts.add(p);
                    }
                }
                return coerce(parts);
            }
            return Coerced.fail(label + " must be a list of whole numbers, not " + describe(raw));
        }
    }

    private static String describe(Object raw) {
        if (raw == null) {
            return "nothing";
        }
        if (raw instanceof String s) {
            return "\"" + s + "\"";
        }
        if (raw instanceof List<?>) {
            return "a list";
        }
        if (raw instanceof java.util.Map<?, ?>) {
            return "an object";
        }
        return String.valueOf(raw);
    }
}
