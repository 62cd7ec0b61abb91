/**
 * The training engine: compiles a validated {@link org.perceptra.model.NetworkGraph} into an ND4J SameDiff
 * graph ({@link org.perceptra.engine.GraphCompiler}) and trains it one minibatch at a time
 * ({@link org.perceptra.engine.CompiledNetwork}). Every SameDiff variable and op is named after the node it
 * came from ({@code dense_1/W}), so an engine error can be reported on the right layer. The training step is
 * our own loop (gradients from SameDiff, updates applied here) rather than {@code SameDiff.fit}: it gives
 * AdamW, clipping and BatchNorm statistics one place, and avoids updates that {@code fit} gets wrong for some
 * ops (see ARCHITECTURE.md's ND4J pitfalls). Steps run the graph's ops through an {@link
 * org.perceptra.engine.OpPlan} (planned once per batch size; inference too, once per input shape) and update all parameters as one vector
 * ({@link org.perceptra.engine.FlatParameters}): on small networks SameDiff's per-call bookkeeping and
 * per-tensor updates cost more than the arithmetic. Adam runs as {@link org.perceptra.engine.FusedAdam} (ND4J's
 * arithmetic in one Java pass) and Conv2D as im2col and a matrix product, where ND4J's own ops are slow; plans
 * run its im2col and col2im with the permutes around the product as one Java pass each
 * ({@link org.perceptra.engine.ColumnFusion}, {@link org.perceptra.engine.PatchColumns}); on 32-bit arrays
 * they also run large tanh ops, and the average pooling and gradients around them, as Java passes
 * ({@link org.perceptra.engine.FloatTanh}, {@link org.perceptra.engine.TanhPoolFusion}).
 * Learning-rate schedules and metrics come from ND4J
 * ({@code org.nd4j.linalg.schedule}, {@code org.nd4j.evaluation}) where it has them; an
 * {@link org.perceptra.engine.EvaluationReport} carries a part's figures to the CLI and UI. Uses model, data,
 * ND4J and Jackson (stored weights and run history); never JavaFX.
 */
package org.perceptra.engine;
