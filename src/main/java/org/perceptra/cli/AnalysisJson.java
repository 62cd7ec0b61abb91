package org.perceptra.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.perceptra.model.Diagnostic;
import org.perceptra.model.FrozenLayers;
import org.perceptra.model.GraphAnalysis;
import org.perceptra.model.LayerNode;
import org.perceptra.model.NodeAnalysis;
import org.perceptra.project.Project;

/** The JSON form of {@code summary --json}, for scripts and other tools. */
final class AnalysisJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private AnalysisJson() {
    }

    static String render(Project project, GraphAnalysis analysis) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("name", project.name());
        root.put("valid", !analysis.hasErrors());
        ArrayNode layers = root.putArray("layers");
        for (LayerNode node : project.graph().nodes()) {
            NodeAnalysis a = analysis.node(node.id()).orElseThrow();
            ObjectNode l = layers.addObject();
            l.put("id", node.id().value());
            l.put("name", node.name());
            l.put("kind", node.kind().id());
            if (a.hasOutput()) {
                ArrayNode shape = l.putArray("outputShape");
                a.output().toList().forEach(shape::add);
            } else {
                l.putNull("outputShape");
            }
            l.put("params", a.params());
            l.put("nonTrainableParams", a.nonTrainableParams());
            l.put("multiplyAdds", a.macs());
            if (node.frozen()) {
                l.put("frozen", true);
            }
        }
        ObjectNode totals = root.putObject("totals");
        totals.put("params", analysis.totalParams());
        totals.put("nonTrainableParams", analysis.totalNonTrainableParams());
        totals.put("multiplyAdds", analysis.totalMacs());
        totals.put("frozenParams", FrozenLayers.frozenParams(project.graph(), analysis));
        ArrayNode diags = root.putArray("diagnostics");
        for (Diagnostic d : analysis.diagnostics()) {
            ObjectNode o = diags.addObject();
            o.put("severity", d.severity().label());
            if (d.node() == null) {
                o.putNull("node");
            } else {
                o.put("node", d.node().value());
            }
            o.put("code", d.code());
            o.put("message", d.message());
            o.put("fix", d.fix());
        }
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON for a tree we built", e);
        }
    }
}
