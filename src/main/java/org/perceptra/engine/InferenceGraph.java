package org.perceptra.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nd4j.autodiff.samediff.NameScope;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.perceptra.data.DatasetSpec.Normalization;
import org.perceptra.data.FeatureScaler;
import org.perceptra.data.TargetScaler;
import org.perceptra.model.GraphAnalysis;
import org.perceptra.model.LayerNode;
import org.perceptra.model.NetworkGraph;
import org.perceptra.model.NodeId;
import org.perceptra.model.Shape;
import org.perceptra.model.Validator;

/**
 * A trained network's inference path alone, as a fresh SameDiff graph that plain ND4J runs: no labels, loss,
 * dropout masks or gradient function, and the trained tensors as its variables. Built by the same layer
 * compilers as training (in {@link Mode#INFERENCE}, so Dropout is the identity and BatchNorm uses its running
 * statistics), from ND4J's standard ops only: the engine's {@link OpPlan}s and fused Java passes are ways of
 * running such a graph fast, not part of it. With scalers, the graph takes raw features (the scaling fitted in
 * training is its first subtraction and division) and answers in the data's units.
 *
 * @param sd     the graph, its variables holding the trained values
 * @param input  the placeholder's name: the Input node's id, shaped {@code [batch, ...input shape]}
 * @param output the result's name: the Output node's id, {@code [batch, ...output shape]}
 */
public record InferenceGraph(SameDiff sd, String input, String output) {
    /** The names given to the scaling and unscaling constants and results. */
    public static final String SCALING = "scaling";
    public static final String UNSCALING = "unscaling";

    /** @param scalers the scalings trained with; empty: the graph takes features already scaled */
    public static InferenceGraph of(CompiledNetwork network, Optional<Scalers> scalers) {
        NetworkGraph graph = network.graph();
        GraphAnalysis analysis = Validator.analyze(graph);
        SameDiff sd = SameDiff.create();
        DataType type = network.precision().dataType();
        BuildContext ctx = new BuildContext(sd, type, 0, java.util.Set.of()); // inference: nothing trains
        Map<NodeId, SDVariable> out = new HashMap<>();
        String inputName = null;
        String outputName = null;
        for (NodeId id : graph.topologicalOrder().orElseThrow()) { // a compiled network has no cycle
            LayerNode node = graph.node(id);
            Shape shape = analysis.node(id).orElseThrow().output();
            String kind = node.kind().id();
            if (kind.equals(GraphCompiler.INPUT_KIND)) {
                inputName = id.value();
                SDVariable x = sd.placeHolder(inputName, type, CoreCompilers.batchShape(shape));
                out.put(id, scaled(sd, x, shape, scalers.map(Scalers::features)));
                continue;
            }
            List<NodeId> from = graph.inputsOf(id);
            LayerBuild b = new LayerBuild(ctx, node, from.stream().map(out::get).toList(),
                    from.stream().map(i -> analysis.node(i).orElseThrow().output()).toList(), shape, Mode.INFERENCE);
            SDVariable y;
            try (NameScope ignored = sd.withNameScope(id.value())) {
                y = kind.equals(GraphCompiler.OUTPUT_KIND)
                        ? Activations.apply(b, CoreCompilers.affine(b, b.input(), b.inShape(), b.params().getInt("units")))
                        : GraphCompiler.compiler(kind).build(b);
            } catch (RuntimeException e) {
                throw CompileException.atNode(id, node.name(), e);
            }
            if (kind.equals(GraphCompiler.OUTPUT_KIND)) {
                outputName = id.value();
                y = unscaled(sd, y, scalers.flatMap(Scalers::targetScaler)).rename(outputName);
            }
            out.put(id, y);
        }
        Map<String, float[]> trained = network.parameters();
        for (BuildContext.StoredTensor t : ctx.stored()) {
            INDArray target = sd.getVariable(t.name()).getArr();
            target.assign(Nd4j.createFromArray(trained.get(t.name())).reshape(target.shape()).castTo(type));
        }
        return new InferenceGraph(sd, inputName, outputName);
    }

    /** {@code (x - centre) / spread}, per feature or per channel, as {@link FeatureScaler} applies it. */
    private static SDVariable scaled(SameDiff sd, SDVariable x, Shape shape, Optional<FeatureScaler> scaler) {
        if (scaler.isEmpty() || scaler.get().method() == Normalization.NONE) {
            return x;
        }
        float[] centre = scaler.get().centre();
        long[] dims = shape.isImage() ? new long[] {centre.length, 1, 1} : new long[] {centre.length};
        SDVariable c = sd.constant(SCALING + "/centre", constant(centre, dims, x.dataType()));
        SDVariable d = sd.constant(SCALING + "/spread", constant(divisors(scaler.get().spread()), dims, x.dataType()));
        return x.sub(SCALING + "/centred", c).div(SCALING + "/scaled", d);
    }

    /** {@code y * spread + mean}: regression values in the data's units, as {@link TargetScaler#unscale}. */
    private static SDVariable unscaled(SameDiff sd, SDVariable y, Optional<TargetScaler> scaler) {
        if (scaler.isEmpty() || scaler.get().isIdentity()) {
            return y;
        }
        long[] dims = {scaler.get().size()};
        SDVariable spread = sd.constant(UNSCALING + "/spread", constant(divisors(scaler.get().spread()), dims,
                y.dataType()));
        SDVariable mean = sd.constant(UNSCALING + "/mean", constant(scaler.get().mean(), dims, y.dataType()));
        return y.mul(UNSCALING + "/spread_times", spread).add(UNSCALING + "/values", mean);
    }

    private static INDArray constant(float[] values, long[] dims, DataType type) {
        return Nd4j.createFromArray(values).reshape(dims).castTo(type);
    }

    /** A spread of 0 (a constant feature) or a non-finite one divides by 1, as the scalers do. */
    static float[] divisors(float[] spread) {
        float[] d = spread.clone();
        for (int i = 0; i < d.length; i++) {
            d[i] = d[i] > 0 && Float.isFinite(d[i]) ? d[i] : 1f;
        }
        return d;
    }
}
