package org.perceptra.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.internal.SameDiffOp;
import org.nd4j.autodiff.samediff.internal.Variable;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A pass over a plan's steps that replaces chains of ND4J ops by one Java step. It knows the graph (who reads
 * and who writes each variable), the plan's arrays and steps; each subclass decides which chains it fuses.
 */
abstract class PlanFusion {
    protected final SameDiff sd;
    protected final List<String> order;
    protected final List<String> outputs;
    protected final Map<String, INDArray> arrays;
    protected final List<OpPlan.Step> steps;
    protected final Map<String, OpPlan.Step> stepOf;
    /** The ops reading each variable. */
    protected final Map<String, List<SameDiffOp>> consumers = new HashMap<>();

    PlanFusion(SameDiff sd, List<String> order, List<String> outputs, Map<String, INDArray> arrays,
               List<OpPlan.Step> steps, Map<String, OpPlan.Step> stepOf) {
        this.sd = sd;
        this.order = order;
        this.outputs = outputs;
        this.arrays = arrays;
        this.steps = steps;
        this.stepOf = stepOf;
        for (String name : order) {
            SameDiffOp op = sd.getOps().get(name);
            for (String in : inputs(op)) {
                consumers.computeIfAbsent(in, k -> new ArrayList<>()).add(op);
            }
        }
    }

    /** Offers every op of the plan, in order, to {@link #fuse}. */
    final void apply() {
        for (String name : order) {
            SameDiffOp op = sd.getOps().get(name);
            fuse(op, op.getOp().opName());
        }
    }

    /** Fuses the chain starting or ending at {@code op} if it is one this pass knows; else leaves it. */
    abstract void fuse(SameDiffOp op, String kind);

    /** Puts {@code with} in place of {@code old}, run once so that its arrays are ready. */
    protected final void replace(OpPlan.Step old, OpPlan.Step with) {
        with.run(null);
        steps.set(steps.indexOf(old), with);
    }

    /** The op that writes {@code variable}; null when none does (a placeholder, a constant). */
    protected final SameDiffOp writer(String variable) {
        Variable v = variable == null ? null : sd.getVariables().get(variable);
        String op = v == null ? null : v.getOutputOfOp();
        return op == null ? null : sd.getOps().get(op);
    }

    protected static List<String> inputs(SameDiffOp op) {
        return op.getInputsToOp() == null ? List.of() : op.getInputsToOp();
    }
}
