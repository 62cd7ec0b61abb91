package org.perceptra.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.nd4j.autodiff.functions.DifferentialFunction;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.VariableType;
import org.nd4j.autodiff.samediff.internal.SameDiffOp;
import org.nd4j.autodiff.samediff.internal.Variable;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.BaseOp;
import org.nd4j.linalg.api.ops.BaseReduceOp;
import org.nd4j.linalg.api.ops.CustomOp;
import org.nd4j.linalg.api.ops.DynamicCustomOp;
import org.nd4j.linalg.api.ops.Op;
import org.nd4j.linalg.api.ops.OpContext;
import org.nd4j.linalg.api.ops.ReduceOp;
import org.nd4j.linalg.api.ops.ScalarOp;
import org.nd4j.linalg.api.ops.executioner.OpExecutioner;
import org.nd4j.linalg.api.ops.impl.shape.tensorops.BaseTensorOp;
import org.nd4j.linalg.api.ops.impl.transforms.gradient.TanhDerivative;
import org.nd4j.linalg.api.ops.impl.transforms.pairwise.arithmetic.MulOp;
import org.nd4j.linalg.api.ops.impl.transforms.same.Identity;
import org.nd4j.linalg.api.ops.impl.transforms.strict.Tanh;
import org.nd4j.linalg.api.shape.LongShapeDescriptor;
import org.nd4j.linalg.api.shape.Shape;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The ops a SameDiff graph needs for some results, in order, each with its input and output arrays fixed once
 * (for one batch size). SameDiff's own executor re-plans every call: it resolves dependencies through hash maps,
 * asks the native library for every output shape, and allocates every output anew; on small networks that
 * bookkeeping costs more than the arithmetic. A plan does all that once, while it runs the ops the first
 * time, and afterwards only executes them: the placeholders are filled in place, and the results are
 * overwritten by the next run.
 *
 * <p>Plans cover graphs without control flow (everything this engine compiles); {@link #build} answers empty
 * for anything else, and the caller keeps SameDiff's executor. Parameters are read in place, so updating them
 * in place (as the optimisers do) is seen by the next run; replacing a variable's array is not.
 */
final class OpPlan {
    /** One op with its fixed context, or what the plan runs in its place. */
    interface Step {
        void run(OpExecutioner executioner);

        String name();
    }

    private record OpStep(DifferentialFunction op, OpContext context) implements Step {
        @Override
        public void run(OpExecutioner executioner) {
            if (op instanceof CustomOp c) {
                executioner.exec(c, context);
            } else {
                executioner.exec((Op) op, context);
            }
        }

        @Override
        public String name() {
            return op.opName();
        }
    }

    /**
     * The gradient of tanh from its output y, {@code dL/dx = dL/dy * (1 - y * y)}: the arithmetic of ND4J's
     * {@code tanh_bp} in the same order (so the same numbers), without computing tanh again, which costs that op
     * several times more than three plain elementwise ops on large arrays (convolution outputs).
     */
    record TanhGradientStep(INDArray y, INDArray gradient, INDArray out) implements Step {
        @Override
        public void run(OpExecutioner executioner) {
            executioner.exec(new MulOp(y, y, out));
            out.rsubi(1.0);
            out.muli(gradient);
        }

        @Override
        public String name() {
            return "tanh_bp (from output)";
        }
    }

    /** Below this size one tanh_bp costs less than the three ops of {@link TanhGradientStep}. */
    private static final long TANH_GRADIENT_FROM_OUTPUT_MIN = 1 << 14;

    private record CopyStep(INDArray from, INDArray to) implements Step {
        @Override
        public void run(OpExecutioner executioner) {
            to.assign(from);
        }

        @Override
        public String name() {
            return "(copy result)";
        }
    }

    /** The smallest input, in elements, for which an op may use platform helpers (see {@link #worthHelpers}). */
    static final long HELPER_MIN_LENGTH = 16_384;

    private final Step[] steps;
    private final Map<String, INDArray> placeholders;
    private final Map<String, INDArray> results;

    private OpPlan(List<Step> steps, Map<String, INDArray> placeholders, Map<String, INDArray> results) {
        this.steps = steps.toArray(new Step[0]);
        this.placeholders = placeholders;
        this.results = results;
    }

    /**
     * Plans (and runs once) the ops that compute {@code outputs} from these placeholder values, which the plan
     * keeps as its own placeholder arrays.
     *
     * @param targets arrays chosen by the caller for some results (views into a gradient vector): the op writes
     *                there directly when the shapes allow, else the plan copies the result there after each run
     * @return empty when the graph holds an op a plan cannot run (the caller then uses SameDiff)
     */
    static Optional<OpPlan> build(SameDiff sd, Map<String, INDArray> placeholders, List<String> outputs,
                                  Map<String, INDArray> targets) {
        List<String> order = new ArrayList<>();
        if (!collect(sd, outputs, order)) {
            return Optional.empty();
        }
        Set<String> used = new HashSet<>(outputs);
        order.forEach(op -> used.addAll(inputNames(sd.getOps().get(op))));
        Map<String, INDArray> arrays = new HashMap<>(placeholders);
        Map<String, String> tanhOutputs = new HashMap<>();
        List<Step> steps = new ArrayList<>();
        Map<String, Step> stepOf = new HashMap<>();
        for (String opName : order) {
            SameDiffOp sdo = sd.getOps().get(opName);
            INDArray[] args = inputs(sd, sdo, arrays);
            DifferentialFunction df = sdo.getOp();
            List<String> outNames = sdo.getOutputsOfOp();
            if (df instanceof Identity) {
                arrays.put(outNames.get(0), args[0]);
                continue;
            }
            if (df instanceof Tanh && outNames.size() == 1) {
                tanhOutputs.put(inputNames(sdo).get(0), outNames.get(0));
            }
            Optional<Step> javaTanh = floatTanh(df, args, outNames, targets, arrays);
            if (javaTanh.isPresent()) {
                javaTanh.get().run(Nd4j.getExecutioner());
                steps.add(javaTanh.get());
                stepOf.put(opName, javaTanh.get());
                continue;
            }
            Optional<Step> tanhGradient = tanhGradientFromOutput(sd, df, sdo, args, outNames, arrays, tanhOutputs,
                    targets);
            if (tanhGradient.isPresent()) {
                tanhGradient.get().run(Nd4j.getExecutioner());
                steps.add(tanhGradient.get());
                stepOf.put(opName, tanhGradient.get());
                continue;
            }
            Optional<INDArray> view = reshapeView(df, args, outNames, targets);
            if (view.isPresent()) {
                arrays.put(outNames.get(0), view.get());
                continue;
            }
            int wanted = plainMatmulBpGradients(df, args, outNames, used);
            if (wanted == 2) {
                // Both gradients as two plain products: matmul_bp runs its products as inner ops, which take
                // platform helpers whatever the plan's context says (worthHelpers), 15 us a call more on tiny ones.
                DynamicCustomOp left = DynamicCustomOp.builder("matmul").addIntegerArguments(0, 1, 0).build();
                DynamicCustomOp right = DynamicCustomOp.builder("matmul").addIntegerArguments(1, 0, 0).build();
                Optional<OpContext> l = custom(sd, left, new INDArray[] {args[2], args[1]},
                        List.of(outNames.get(0)), arrays, targets);
                Optional<OpContext> r = custom(sd, right, new INDArray[] {args[0], args[2]},
                        List.of(outNames.get(1)), arrays, targets);
                if (l.isEmpty() || r.isEmpty()) {
                    return Optional.empty();
                }
                steps.add(new OpStep(left, l.get()));
                Step second = new OpStep(right, r.get());
                steps.add(second);
                stepOf.put(opName, second);
                continue;
            }
            if (wanted == 1) {
                // dL/dx of x W is wanted by nobody when x is the input: compute only dL/dW = x^T dL/dz.
                df = DynamicCustomOp.builder("matmul").addIntegerArguments(1, 0, 0).build();
                args = new INDArray[] {args[0], args[2]};
                outNames = List.of(outNames.get(1));
            } else if (wanted == 0) {
                // W x with x the input (a convolution's patches): compute only dL/dW = dL/dz x^T.
                df = DynamicCustomOp.builder("matmul").addIntegerArguments(0, 1, 0).build();
                args = new INDArray[] {args[2], args[1]};
                outNames = List.of(outNames.get(0));
            }
            Optional<OpContext> context = df instanceof CustomOp
                    ? custom(sd, (DynamicCustomOp) df, args, outNames, arrays, targets)
                    : legacy(sd, (Op) df, args, outNames, arrays, targets);
            if (context.isEmpty()) {
                return Optional.empty();
            }
            if (df.opName().equals("shape_of")) {
                continue; // the plan's shapes are fixed: the value computed now stays right
            }
            Step step = new OpStep(df, context.get());
            steps.add(step);
            stepOf.put(opName, step);
        }
        new ColumnFusion(sd, order, outputs, arrays, steps, stepOf).apply();
        new TanhPoolFusion(sd, order, outputs, arrays, steps, stepOf).apply();
        new WeightGradientFusion(sd, order, outputs, arrays, steps, stepOf).apply();
        Map<String, INDArray> results = new LinkedHashMap<>();
        for (String name : outputs) {
            INDArray target = targets.get(name);
            if (target != null && arrays.get(name) != target) {
                CopyStep copy = new CopyStep(arrays.get(name), target);
                copy.run(null);
                steps.add(copy);
            }
            results.put(name, target != null ? target : arrays.get(name));
        }
        return Optional.of(new OpPlan(steps, Map.copyOf(placeholders), results));
    }

    /** Runs every op again on the current placeholder and parameter values. */
    void run() {
        OpExecutioner executioner = Nd4j.getExecutioner();
        for (Step s : steps) {
            s.run(executioner);
        }
    }

    /** As {@link #run}, adding each op's time to {@code times} under the op's kind ({@code matmul_bp}). */
    void run(OpTimes times) {
        OpExecutioner executioner = Nd4j.getExecutioner();
        for (Step s : steps) {
            long start = System.nanoTime();
            s.run(executioner);
            times.add(s.name(), System.nanoTime() - start);
        }
    }

    /** The plan's own array for a placeholder: write the next batch into it before {@link #run}. */
    INDArray placeholder(String name) {
        return placeholders.get(name);
    }

    /** A result of the last run (overwritten by the next). */
    INDArray result(String name) {
        return results.get(name);
    }

    int size() {
        return steps.length;
    }

    /** What each step runs, in order: the op's kind, or what the plan does in its place. */
    List<String> stepNames() {
        List<String> names = new ArrayList<>();
        for (Step s : steps) {
            names.add(s.name());
        }
        return names;
    }

    /**
     * The ops the outputs depend on, each after its inputs; false when one cannot be planned (control flow,
     * tensor lists, ops without a native implementation, control dependencies).
     */
    private static boolean collect(SameDiff sd, List<String> outputs, List<String> order) {
        Set<String> done = new LinkedHashSet<>();
        for (String out : outputs) {
            if (!visit(sd, out, done)) {
                return false;
            }
        }
        order.addAll(done);
        return true;
    }

    private static boolean visit(SameDiff sd, String variable, Set<String> done) {
        Variable v = sd.getVariables().get(variable);
        if (v == null) {
            return false;
        }
        String opName = v.getOutputOfOp();
        if (opName == null || done.contains(opName)) {
            return true;
        }
        SameDiffOp sdo = sd.getOps().get(opName);
        DifferentialFunction df = sdo.getOp();
        boolean runnable = (df instanceof DynamicCustomOp || (df instanceof Op && !(df instanceof CustomOp)))
                && !(df instanceof BaseTensorOp) && isEmpty(sdo.getControlDeps()) && isEmpty(sdo.getVarControlDeps());
        if (!runnable || df.getClass().getPackageName().contains("controlflow")) {
            return false;
        }
        for (String in : sdo.getInputsToOp() == null ? List.<String>of() : sdo.getInputsToOp()) {
            if (!visit(sd, in, done)) {
                return false;
            }
        }
        done.add(opName);
        return true;
    }

    /**
     * A {@link TanhGradientStep} for a large {@code tanh_bp} whose input's tanh the plan computes already (its
     * name in {@code tanhOutputs}, by input name); empty otherwise.
     */
    private static Optional<Step> tanhGradientFromOutput(SameDiff sd, DifferentialFunction df, SameDiffOp sdo,
                                                         INDArray[] args, List<String> outNames,
                                                         Map<String, INDArray> arrays, Map<String, String> tanhOutputs,
                                                         Map<String, INDArray> targets) {
        if (!(df instanceof TanhDerivative) || args.length != 2 || outNames.size() != 1
                || targets.containsKey(outNames.get(0))) {
            return Optional.empty();
        }
        String y = tanhOutputs.get(inputNames(sdo).get(0));
        INDArray out = y == null ? null : arrays.get(y);
        if (out == null || args[0].length() < TANH_GRADIENT_FROM_OUTPUT_MIN
                || !java.util.Arrays.equals(out.shape(), args[1].shape()) || out.dataType() != args[1].dataType()
                || sd.getVariable(outNames.get(0)).dataType() != out.dataType()) {
            return Optional.empty();
        }
        INDArray result = Nd4j.create(out.dataType(), out.shape());
        arrays.put(outNames.get(0), result);
        return Optional.of(new TanhGradientStep(out, args[1], result));
    }

    /**
     * A {@link FloatTanh} pass for a large tanh on a dense float array (a convolution's output), where
     * libnd4j's takes several times longer; empty otherwise (64-bit arrays keep ND4J's op and its numbers).
     */
    private static Optional<Step> floatTanh(DifferentialFunction df, INDArray[] args, List<String> outNames,
                                            Map<String, INDArray> targets, Map<String, INDArray> arrays) {
        if (!(df instanceof Tanh) || args.length != 1 || outNames.size() != 1 || targets.containsKey(outNames.get(0))
                || args[0].length() < TANH_GRADIENT_FROM_OUTPUT_MIN || !PatchColumns.fits(args[0], DataType.FLOAT)) {
            return Optional.empty();
        }
        INDArray out = Nd4j.create(DataType.FLOAT, args[0].shape());
        arrays.put(outNames.get(0), out);
        return Optional.of(new FloatTanh.Step(args[0], out));
    }

    /**
     * For a plain 2-D {@code matmul_bp} (no transposes): the index of its one used result (0: the gradient of
     * the left input, 1: of the right), or 2 when both are used; else -1.
     */
    private static int plainMatmulBpGradients(DifferentialFunction df, INDArray[] args, List<String> outNames,
                                                    Set<String> used) {
        if (!(df instanceof DynamicCustomOp op) || !op.opName().equals("matmul_bp") || args.length != 3
                || outNames.size() != 2 || op.tArgs().length != 0 || args[0].rank() != 2 || args[1].rank() != 2
                || args[2].rank() != 2) {
            return -1;
        }
        for (long flag : op.iArgs()) {
            if (flag != 0) {
                return -1;
            }
        }
        boolean left = used.contains(outNames.get(0));
        boolean right = used.contains(outNames.get(1));
        return left && right ? 2 : left == right ? -1 : left ? 0 : 1;
    }

    /**
     * A reshape of a C-ordered array needs no copy: the plan hands on a view of it. Each array of a plan is
     * written once per run, by the op that produces it, so the view always shows the current values. Empty
     * when the op is not such a reshape, or its result must land in a caller's array.
     */
    private static Optional<INDArray> reshapeView(DifferentialFunction df, INDArray[] args, List<String> outNames,
                                                  Map<String, INDArray> targets) {
        if (!(df instanceof DynamicCustomOp op) || !op.opName().equals("reshape") || outNames.size() != 1
                || targets.containsKey(outNames.get(0)) || args.length == 0 || args[0].isEmpty()
                || !isCContiguous(args[0])) {
            return Optional.empty();
        }
        OpContext oc = Nd4j.getExecutioner().buildContext();
        oc.setArgs(args, op.iArgs(), op.dArgs(), op.tArgs(), op.bArgs());
        List<LongShapeDescriptor> shapes = op.calculateOutputShape(oc);
        if (shapes == null || shapes.size() != 1 || shapes.get(0).isEmpty() || shapes.get(0).getOrder() != 'c'
                || shapes.get(0).dataType() != args[0].dataType()) {
            return Optional.empty();
        }
        INDArray view = args[0].reshape('c', shapes.get(0).getShape());
        boolean shared = view.data().addressPointer().address() == args[0].data().addressPointer().address()
                && view.offset() == args[0].offset();
        return shared ? Optional.of(view) : Optional.empty();
    }

    /** Whether the array's elements lie in C order without gaps (size-1 axes may have any stride). */
    private static boolean isCContiguous(INDArray a) {
        long expected = 1;
        for (int i = a.rank() - 1; i >= 0; i--) {
            if (a.size(i) != 1 && a.stride(i) != expected) {
                return false;
            }
            expected *= a.size(i);
        }
        return true;
    }

    private static List<String> inputNames(SameDiffOp sdo) {
        return sdo.getInputsToOp() == null ? List.of() : sdo.getInputsToOp();
    }

    private static boolean isEmpty(List<String> list) {
        return list == null || list.isEmpty();
    }

    private static INDArray[] inputs(SameDiff sd, SameDiffOp sdo, Map<String, INDArray> arrays) {
        List<String> names = sdo.getInputsToOp() == null ? List.of() : sdo.getInputsToOp();
        INDArray[] args = new INDArray[names.size()];
        for (int i = 0; i < args.length; i++) {
            String name = names.get(i);
            SDVariable v = sd.getVariable(name);
            VariableType type = v.getVariableType();
            args[i] = type == VariableType.VARIABLE || type == VariableType.CONSTANT ? v.getArr() : arrays.get(name);
            if (args[i] == null) {
                throw new IllegalStateException("no array for '" + name + "', input of " + sdo.getName());
            }
        }
        return args;
    }

    private static Optional<OpContext> custom(SameDiff sd, DynamicCustomOp op, INDArray[] args, List<String> outNames,
                                              Map<String, INDArray> arrays, Map<String, INDArray> targets) {
        if (op.opName().equals("assign")) {
            return Optional.empty(); // SameDiff runs it in place on its input; not worth a special case
        }
        OpContext oc = Nd4j.getExecutioner().buildContext();
        oc.allowHelpers(worthHelpers(args));
        oc.setArgs(args, op.iArgs(), op.dArgs(), op.tArgs(), op.bArgs());
        List<LongShapeDescriptor> shapes = op.calculateOutputShape(oc);
        if (shapes == null || shapes.size() != outNames.size()) {
            return Optional.empty();
        }
        for (int i = 0; i < shapes.size(); i++) {
            INDArray out = allocate(sd, shapes.get(i), outNames.get(i), targets);
            if (out == null) {
                return Optional.empty();
            }
            oc.setOutputArray(i, out);
            arrays.put(outNames.get(i), out);
        }
        Nd4j.getExecutioner().exec(op, oc);
        return Optional.of(oc);
    }

    /**
     * Whether an op may run on libnd4j's platform helpers (oneDNN, decision 0018): they pay off on large arrays
     * (a convolution, LeNet-5's or the MNIST MLP's products) but cost 3 to 10 us a call more than the plain
     * loops, which tripled the time of the spiral's 10 x 8 products and tanh gradients.
     */
    static boolean worthHelpers(INDArray[] args) {
        for (INDArray a : args) {
            if (a != null && a.length() >= HELPER_MIN_LENGTH) {
                return true;
            }
        }
        return false;
    }

    /** Legacy (non-custom) ops, with SameDiff's two special cases: an axis input and a scalar input. */
    private static Optional<OpContext> legacy(SameDiff sd, Op op, INDArray[] args, List<String> outNames,
                                              Map<String, INDArray> arrays, Map<String, INDArray> targets) {
        if (outNames.size() != 1 || args.length == 0) {
            return Optional.empty();
        }
        DifferentialFunction df = (DifferentialFunction) op;
        boolean axisArg = false;
        if (op instanceof ReduceOp r && r.getOpType() != Op.Type.REDUCE3 && args.length == 2) {
            if (args[1].isEmpty()) {
                return Optional.empty(); // SameDiff's "reduce over nothing" edge case
            }
            df.setDimensions(Shape.normalizeAxis(args[0].rank(), args[1].toIntVector()));
            ((BaseReduceOp) op).setEmptyReduce(false);
            axisArg = true;
        } else if (op instanceof ScalarOp s && args.length == 2) {
            s.setScalar(args[1]);
        }
        OpContext oc = Nd4j.getExecutioner().buildContext();
        oc.allowHelpers(worthHelpers(args));
        oc.setInputArray(0, args[0]);
        if (args.length == 2 && !axisArg) {
            oc.setInputArray(1, args[1]);
        }
        List<LongShapeDescriptor> shapes = ((BaseOp) op).calculateOutputShape(oc);
        if (shapes == null || shapes.size() != 1) {
            return Optional.empty();
        }
        INDArray out = allocate(sd, shapes.get(0), outNames.get(0), targets);
        if (out == null) {
            return Optional.empty();
        }
        oc.setOutputArray(0, out);
        arrays.put(outNames.get(0), out);
        Nd4j.getExecutioner().exec(op, oc);
        return Optional.of(oc);
    }

    /**
     * An output array: the caller's target when it has exactly the shape, else a new one. Its type is the
     * variable's (shape functions cannot always tell); null when the shape is empty.
     */
    private static INDArray allocate(SameDiff sd, LongShapeDescriptor shape, String name,
                                     Map<String, INDArray> targets) {
        DataType type = sd.getVariable(name).dataType();
        LongShapeDescriptor s = shape.dataType() == type ? shape : shape.asDataType(type);
        if (s.isEmpty()) {
            return null;
        }
        INDArray target = targets.get(name);
        if (target != null && target.dataType() == type && java.util.Arrays.equals(target.shape(), s.getShape())
                && target.ordering() == s.getOrder()) {
            return target;
        }
        return Nd4j.create(s, false);
    }
}
