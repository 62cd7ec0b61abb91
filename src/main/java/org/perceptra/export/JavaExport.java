package org.perceptra.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.SourceVersion;
import org.perceptra.engine.CompiledNetwork;
import org.perceptra.engine.Scalers;
import org.perceptra.model.GraphAnalysis;
import org.perceptra.model.LayerNode;
import org.perceptra.model.NetworkGraph;
import org.perceptra.model.NodeId;
import org.perceptra.model.Validator;
import org.perceptra.project.AtomicFiles;

/**
 * A trained network as one generated Java class, {@code <Project>Network.java}, that needs nothing but ND4J: it
 * rebuilds the network from plain ND4J array ops, one statement per Perceptra node with a comment naming it, and
 * reads the trained tensors from a NumPy archive beside it ({@code <Project>Network.npz}; inline they would make
 * a class of megabytes that no one reads). {@code predict(float[][])} takes the features as the data gives them
 * (the scaling fitted in training is inside) and gives what Perceptra predicts; {@code main} reads a CSV.
 */
public final class JavaExport {
    static final String FORMAT = "Java";
    /** Settings that only shape training, left out of the comments. */
    private static final Set<String> TRAINING_ONLY = Set.of("weightInit", "initValue", "l1", "l2", "momentum");
    private static final Set<String> RESERVED = Set.of("features", "weights", "w", "x", "y", "n", "in", "out");

    /** The files written: the class's source and its weights, and the class's name. */
    public record Written(Path source, Path weights, String className) {
    }

    private JavaExport() {
    }

    /** The layers the generator has no translation for, each as a sentence naming it; empty when all export. */
    public static List<String> refusals(NetworkGraph graph) {
        List<String> out = new ArrayList<>();
        for (LayerNode n : graph.nodes()) {
            if (!n.kind().id().equals("Input") && !JavaLayers.supports(n.kind().id())) {
                out.add(refusal(n).getMessage());
            }
        }
        return out;
    }

    private static ExportRefusedException refusal(LayerNode n) {
        return ExportRefusedException.atNode(n, FORMAT, "the Java export covers " + String.join(", ",
                JavaLayers.kinds()) + " so far");
    }

    /** {@code XorNetwork} for "XOR" and {@code TwoMoonsNetwork} for "two moons": a valid Java class name. */
    public static String className(String projectName) {
        StringBuilder out = new StringBuilder();
        for (String word : projectName.split("[^A-Za-z0-9]+")) {
            if (!word.isEmpty()) {
                out.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        if (out.length() > 0 && Character.isDigit(out.charAt(0))) {
            out.insert(0, "Model");
        }
        return (out.length() == 0 ? "Perceptra" : out.toString()) + "Network";
    }

    /**
     * Writes the class and its weights. {@code target} is a folder (made when missing; the files take the
     * project's class name) or a {@code .java} file (the class is then named after it).
     *
     * @throws ExportRefusedException naming the first layer without a translation, or a {@code .java} name that
     *                                is no Java class name
     */
    public static Written write(CompiledNetwork network, Optional<Scalers> scalers, String projectName, Path target)
            throws IOException {
        Path folder;
        String name;
        String file = target.getFileName() == null ? "" : target.getFileName().toString();
        if (file.endsWith(".java")) {
            name = file.substring(0, file.length() - ".java".length());
            if (!SourceVersion.isName(name) || name.contains(".")) {
                throw new ExportRefusedException("'" + file + "' cannot hold a Java class: a class name starts with"
                        + " a letter and holds only letters, digits and _ (for example " + className(projectName)
                        + ".java).");
            }
            folder = target.toAbsolutePath().getParent();
        } else {
            name = className(projectName);
            folder = target;
            Files.createDirectories(folder);
        }
        String source = source(network, scalers, projectName, name);
        Path weights = folder.resolve(name + ".npz");
        AtomicFiles.write(weights, out -> NpzArchive.write(network.parameters(), network.parameterShapes(), out));
        Path java = folder.resolve(name + ".java");
        AtomicFiles.writeText(java, source);
        return new Written(java, weights, name);
    }

    /** The class's source text, reading its weights from {@code <className>.npz}. */
    public static String source(CompiledNetwork network, Optional<Scalers> scalers, String projectName,
                                String className) {
        NetworkGraph graph = network.graph();
        GraphAnalysis analysis = Validator.analyze(graph);
        Map<NodeId, String> vars = new HashMap<>();
        Set<String> taken = new HashSet<>(RESERVED);
        Set<String> helpers = new LinkedHashSet<>();
        StringBuilder body = new StringBuilder();
        String result = null;
        for (NodeId id : graph.topologicalOrder().orElseThrow()) { // a compiled network has no cycle
            LayerNode n = graph.node(id);
            String var = variable(id, taken);
            vars.put(id, var);
            body.append("        // ").append(describe(n)).append('\n');
            if (n.kind().id().equals("Input")) {
                body.append("        INDArray ").append(var).append(" = ").append(JavaClassText.SCALE_CALL).append(";\n\n");
                continue;
            }
            if (!JavaLayers.supports(n.kind().id())) {
                throw refusal(n);
            }
            List<NodeId> from = graph.inputsOf(id);
            var layer = new JavaLayers.Layer(n, var, from.stream().map(vars::get).toList(),
                    from.stream().map(i -> analysis.node(i).orElseThrow().output()).toList(),
                    analysis.node(id).orElseThrow().output(), helpers);
            body.append("        ").append(JavaLayers.statement(layer)).append("\n\n");
            if (n.kind().id().equals("Output")) {
                result = var;
            }
        }
        return new JavaClassText(className, projectName, network, scalers, helpers).render(body.toString(), result);
    }

    /** "dense_1 'Hidden': Dense, units 8, activation relu" — the node as the student named and set it. */
    private static String describe(LayerNode n) {
        StringBuilder s = new StringBuilder(n.id().value());
        if (!n.name().equals(n.id().value())) {
            s.append(" '").append(n.name().replaceAll("[\\r\\n]", " ")).append('\'');
        }
        s.append(": ").append(n.kind().displayName());
        List<String> settings = new ArrayList<>();
        n.kind().params().forEach(p -> {
            if (n.params().has(p.name()) && !TRAINING_ONLY.contains(p.name()) && !unused(n, p.name())) {
                settings.add(p.name() + " " + n.params().get(p.name()));
            }
        });
        if (!settings.isEmpty()) {
            s.append(", ").append(String.join(", ", settings));
        }
        // javac reads unicode escapes even in comments: a name holding one must not end the comment's line.
        return s.toString().replace("\\u", "\\ u");
    }

    /** A setting that does not act here: a slope without leaky ReLU, a focal gamma without focal loss. */
    private static boolean unused(LayerNode n, String param) {
        return param.equals("negativeSlope") && !"leaky_relu".equals(n.params().get("activation"))
                || param.equals("focalGamma") && !String.valueOf(n.params().get("loss")).contains("focal");
    }

    /** The node's id as a Java variable name, unique in the method and never a keyword. */
    private static String variable(NodeId id, Set<String> taken) {
        String base = id.value().replaceAll("[^A-Za-z0-9_]", "_");
        if (base.isEmpty() || !Character.isJavaIdentifierStart(base.charAt(0))) {
            base = "n_" + base;
        }
        if (SourceVersion.isKeyword(base)) {
            base = base + "_";
        }
        String name = base;
        for (int i = 2; !taken.add(name); i++) {
            name = base + "_" + i;
        }
        return name;
    }
}
