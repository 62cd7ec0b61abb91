package org.perceptra.edit;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.perceptra.model.LayerNode;
import org.perceptra.model.NodeId;
import org.perceptra.model.Params;
import org.perceptra.project.Project;

/**
 * Sets several parameters of one layer in one step (a preset such as "softmax + cross-entropy"). All values
 * are checked before any is kept, so the layer never holds half a preset.
 */
public record SetParams(NodeId node, Map<String, Object> rawValues) implements Edit {
    public SetParams {
        Objects.requireNonNull(node, "node");
        // LinkedHashMap keeps the caller's order (for the label and for which refusal is reported) and allows null.
        rawValues = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(rawValues, "rawValues")));
    }

    @Override
    public String label() {
        if (rawValues.size() == 1) {
            Map.Entry<String, Object> only = rawValues.entrySet().iterator().next();
            return new SetParam(node, only.getKey(), only.getValue()).label();
        }
        return "Set " + rawValues.size() + " parameters of " + node;
    }

    @Override
    public Project apply(Project current) {
        LayerNode target = ExistingNode.in(current.graph(), node);
        Params params = target.params();
        for (Map.Entry<String, Object> e : rawValues.entrySet()) {
            params = params.with(e.getKey(), new SetParam(node, e.getKey(), e.getValue()).checkedValue(target));
        }
        return current.withGraph(current.graph().withNode(target.withParams(params)));
    }
}
