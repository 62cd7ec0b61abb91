package org.perceptra.edit;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.perceptra.model.LayerNode;
import org.perceptra.model.NodeId;
import org.perceptra.model.ParamSpec;
import org.perceptra.project.Project;

/**
 * Sets one parameter of one layer from whatever the inspector or CLI holds (text such as "64", or a typed
 * value). The value goes through the kind's {@link ParamSpec}: converted by {@code coerce}, then checked, so a
 * {@code Params} never holds a value its spec would reject, and a refusal carries the spec's own words.
 */
public record SetParam(NodeId node, String param, Object rawValue) implements Edit {
    public SetParam {
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(param, "param");
        // rawValue may be null (an emptied field): coerce then explains what is expected.
    }

    @Override
    public String label() {
        return "Set " + words(param) + " of " + node + " to " + shown(rawValue);
    }

    @Override
    public Project apply(Project current) {
        LayerNode target = ExistingNode.in(current.graph(), node);
        return current.withGraph(current.graph().withNode(target.withParam(param, checkedValue(target))));
    }

    /** The value as the spec wants it. */
    Object checkedValue(LayerNode target) {
        ParamSpec spec = target.kind().param(param).orElseThrow(() -> new EditRefusedException(
                target.kind().displayName() + " layers have no setting called " + param));
        ParamSpec.Coerced coerced = spec.coerce(rawValue);
        if (!coerced.ok()) {
            throw new EditRefusedException(coerced.problem());
        }
        spec.check(coerced.value()).ifPresent(problem -> {
            throw new EditRefusedException(problem);
        });
        return coerced.value();
    }

    /** Typing in one field replaces the previous keystroke's step: the merged step is simply the latest value. */
    @Override
    public Optional<Edit> mergeWith(Edit next) {
        return next instanceof SetParam n && n.node.equals(node) && n.param.equals(param)
                ? Optional.of(next) : Optional.empty();
    }

    /** "kernelSize" reads as "kernel size" in a menu. */
    static String words(String camelCase) {
        return camelCase.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }

    private static String shown(Object raw) {
        if (raw instanceof String s) {
            return s.trim();
        }
        return raw instanceof List<?> l ? l.toString() : String.valueOf(raw);
    }
}
