package org.perceptra.export;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Python names for the generated code, each used once: node ids become attribute and variable names
 * ({@code dense-1} to {@code dense_1}), the project's name becomes the module's class name. A name Python or
 * {@code nn.Module} already means something by ({@code class}, {@code eval}, {@code training}) gets a trailing
 * underscore, so that an attribute never hides what PyTorch calls on the module.
 */
final class PythonNames {
    private static final Set<String> RESERVED = Set.of(
            // keywords, and the names the generated files import or define
            "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def",
            "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is",
            "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield", "match",
            "case", "self", "features", "torch", "nn", "F", "math", "np", "super", "input", "len", "range", "list",
            "sum", "min", "max", "abs", "id", "type", "object", "print",
            // what nn.Module calls on itself (torch 1.13)
            "T_destination", "dump_patches", "training", "add_module", "apply", "bfloat16", "buffers", "children",
            "cpu", "cuda", "double", "eval", "extra_repr", "float", "forward", "get_buffer", "get_extra_state",
            "get_parameter", "get_submodule", "half", "ipu", "load_state_dict", "modules", "named_buffers",
            "named_children", "named_modules", "named_parameters", "parameters", "register_backward_hook",
            "register_buffer", "register_forward_hook", "register_forward_pre_hook", "register_full_backward_hook",
            "register_load_state_dict_post_hook", "register_module", "register_parameter", "requires_grad_",
            "set_extra_state", "share_memory", "state_dict", "to", "to_empty", "train", "xpu", "zero_grad",
            // the generated module's own buffers and helpers
            "feature_centre", "feature_spread", "target_mean", "target_spread", "SelfAttention", "UnrolledRNN",
            "avg_pool_excluding_padding");

    private final Set<String> used = new HashSet<>();

    /** A fresh identifier like {@code raw}: letters, digits and underscores, not reserved, not used before. */
    String identifier(String raw) {
        String name = raw.replaceAll("[^A-Za-z0-9_]", "_");
        if (name.isEmpty() || Character.isDigit(name.charAt(0)) || name.startsWith("_")) {
            name = "layer_" + name; // a leading underscore would reach nn.Module's private fields
        }
        if (RESERVED.contains(name)) {
            name = name + "_";
        }
        return unique(name);
    }

    /** {@code "two moons"} to {@code TwoMoons}; {@code Net} when nothing usable is left. */
    String className(String projectName) {
        StringBuilder out = new StringBuilder();
        for (String word : projectName.split("[^A-Za-z0-9]+")) {
            if (!word.isEmpty()) {
                out.append(word.substring(0, 1).toUpperCase(Locale.ROOT)).append(word.substring(1));
            }
        }
        String name = out.length() == 0 || Character.isDigit(out.charAt(0)) ? "Net" + out : out.toString();
        return unique(RESERVED.contains(name) ? name + "Net" : name);
    }

    private String unique(String name) {
        String candidate = name;
        for (int i = 2; !used.add(candidate); i++) {
            candidate = name + "_" + i;
        }
        return candidate;
    }

    /** A Python string literal: double quotes, with backslashes, quotes and control characters escaped. */
    static String literal(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '"' -> out.append("\\\"");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c < 0x20 || c == 0x7f ? String.format(Locale.ROOT, "\\x%02x", (int) c) : c);
            }
        }
        return out.append('"').toString();
    }

    /** A Python float literal for a parameter value. */
    static String number(double v) {
        return Double.toString(v);
    }
}
