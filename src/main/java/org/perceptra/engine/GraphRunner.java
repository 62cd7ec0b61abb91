package org.perceptra.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.api.OutAndGrad;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Runs the compiled SameDiff graph: feeds the placeholders (with fresh dropout masks on the training path)
 * and turns ND4J's failures into {@link EngineException}s that name the layer. Training steps run through an
 * {@link OpPlan} per batch size (SameDiff's executor costs more than the arithmetic on small networks), and
 * so does inference, per input shape; the training path's other calls, and graphs a plan cannot run, go
 * through SameDiff.
 */
final class GraphRunner {
    /** Plans kept: the full batch size, the last short batch of an epoch, and one to spare. */
    private static final int MAX_PLANS = 3;

    private final SameDiff sd;
    private final CompiledNetwork.Names names;
    private final DropoutMasks masks;
    private final ErrorLocator errors;
    private final Map<Long, OpPlan> stepPlans = new LinkedHashMap<>(4, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, OpPlan> eldest) {
            return size() > MAX_PLANS;
        }
    };
    /** Inference plans by input shape, label shape and results wanted; used under their own lock. */
    private final Map<List<Object>, OpPlan> inferencePlans = new LinkedHashMap<>(4, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<List<Object>, OpPlan> eldest) {
            return size() > MAX_PLANS + 1;
        }
    };
    private final Map<String, INDArray> gradientTargets;
    private boolean plansUnavailable;
    private volatile boolean inferencePlansUnavailable;
    private OpTimes times;

    /**
     * @param gradientTargets where a planned step writes each parameter's gradient, by parameter name (views
     *                        into {@link FlatParameters}' gradient vector); parameters not named get arrays of
     *                        their own
     */
    GraphRunner(SameDiff sd, CompiledNetwork.Names names, DropoutMasks masks, ErrorLocator errors,
                Map<String, INDArray> gradientTargets) {
        this.sd = sd;
        this.names = names;
        this.masks = masks;
        this.errors = errors;
        this.gradientTargets = Map.copyOf(gradientTargets);
    }

    /** The named results and the gradients of the training loss for {@code params}, in one pass, by SameDiff. */
    OutAndGrad train(INDArray x, INDArray y, List<String> outputs, List<String> params) {
        return run(() -> sd.calculateGradientsAndOutputs(feed(x, y, Mode.TRAINING), outputs, params));
    }

    /**
     * As {@link #train}, through a plan for this batch size when the graph allows one. The arrays returned are
     * the plan's own: valid until the next step. {@code outputs} and {@code params} must be the same every call.
     */
    OutAndGrad step(Batch batch, List<String> outputs, List<String> params) {
        if (plansUnavailable) {
            return train(batch.inputs(), batch.labels(), outputs, params);
        }
        OpPlan plan = stepPlans.get(batch.size());
        if (plan == null) {
            INDArray x = batch.inputs();
            INDArray y = batch.labels();
            Optional<OpPlan> built = run(() -> buildStepPlan(x, y, outputs, params));
            if (built.isEmpty()) {
                plansUnavailable = true;
                return train(x, y, outputs, params);
            }
            stepPlans.put(batch.size(), built.get());
            return results(built.get(), outputs, params);
        }
        long start = System.nanoTime();
        batch.copyInto(plan.placeholder(names.input()), plan.placeholder(names.labels()));
        if (!masks.isEmpty()) {
            masks.drawInto(plan::placeholder);
        }
        if (times != null) {
            times.add("(feed placeholders)", System.nanoTime() - start);
        }
        run(() -> {
            if (times == null) {
                plan.run();
            } else {
                plan.run(times);
            }
            return null;
        });
        return results(plan, outputs, params);
    }

    private Optional<OpPlan> buildStepPlan(INDArray x, INDArray y, List<String> outputs, List<String> params) {
        SameDiff grad = sd.getFunction("grad");
        Map<String, INDArray> feed = new HashMap<>();
        feed(x, y, Mode.TRAINING).forEach((name, value) -> feed.put(name, value.dup()));
        List<String> wanted = new ArrayList<>(outputs);
        Map<String, INDArray> targets = new HashMap<>();
        for (String p : params) {
            SDVariable g = sd.getVariable(p).getGradient();
            if (g != null) {
                wanted.add(g.name());
                if (gradientTargets.containsKey(p)) {
                    targets.put(g.name(), gradientTargets.get(p));
                }
            }
        }
        return OpPlan.build(grad, feed, wanted, targets);
    }

    private OutAndGrad results(OpPlan plan, List<String> outputs, List<String> params) {
        Map<String, INDArray> out = new HashMap<>();
        outputs.forEach(name -> out.put(name, plan.result(name)));
        Map<String, INDArray> grads = new HashMap<>();
        for (String p : params) {
            SDVariable g = sd.getVariable(p).getGradient();
            if (g != null) {
                grads.put(p, plan.result(g.name()));
            }
        }
        return new OutAndGrad(out, grads);
    }

    /** Collects the time of each op of planned steps into {@code t}; null stops. */
    void profile(OpTimes t) {
        this.times = t;
    }

    /** Turns plans off (every step through SameDiff's executor, as tests compare) or back on. */
    void usePlans(boolean use) {
        plansUnavailable = !use;
        stepPlans.clear();
        synchronized (inferencePlans) {
            inferencePlansUnavailable = !use;
            inferencePlans.clear();
        }
    }

    /** Whether training steps run through plans (false once a graph turned out not to allow one). */
    boolean planned() {
        return !plansUnavailable && !stepPlans.isEmpty();
    }

    /** The steps of the plan for this batch size (empty when there is none), for tests. */
    List<String> plannedSteps(long batchSize) {
        OpPlan plan = stepPlans.get(batchSize);
        return plan == null ? List.of() : plan.stepNames();
    }

    /**
     * Results computed on one path; {@code y} may be null when no label is needed. The inference path runs
     * through a plan per input shape and results wanted (evaluation repeats the same few calls every epoch);
     * the results are copies, and calls from other threads (the decision boundary) wait for each other.
     */
    Map<String, INDArray> output(INDArray x, INDArray y, Mode path, List<String> outputs) {
        if (path == Mode.INFERENCE && !inferencePlansUnavailable) {
            Optional<Map<String, INDArray>> planned = inferThroughPlan(x, y, outputs);
            if (planned.isPresent()) {
                return planned.get();
            }
        }
        return run(() -> sd.output(feed(x, y, path), outputs));
    }

    private Optional<Map<String, INDArray>> inferThroughPlan(INDArray x, INDArray y, List<String> outputs) {
        List<Object> key = List.of(List.of(x.dataType(), Arrays.toString(x.shape())),
                y == null ? List.of() : List.of(y.dataType(), Arrays.toString(y.shape())), List.copyOf(outputs));
        synchronized (inferencePlans) {
            OpPlan plan = inferencePlans.get(key);
            if (plan == null) {
                if (inferencePlansUnavailable) {
                    return Optional.empty();
                }
                Map<String, INDArray> feed = new HashMap<>();
                feed(x, y, Mode.INFERENCE).forEach((name, value) -> feed.put(name, value.dup()));
                Optional<OpPlan> built = buildInferencePlan(feed, outputs);
                if (built.isEmpty() || outputs.stream().anyMatch(name -> built.get().result(name) == null)) {
                    inferencePlansUnavailable = true;
                    return Optional.empty();
                }
                plan = built.get();
                inferencePlans.put(key, plan);
            } else {
                OpPlan p = plan;
                p.placeholder(names.input()).assign(x);
                if (y != null) {
                    p.placeholder(names.labels()).assign(y);
                }
                run(() -> {
                    p.run();
                    return null;
                });
            }
            Map<String, INDArray> results = new HashMap<>();
            for (String name : outputs) {
                results.put(name, plan.result(name).dup());
            }
            return Optional.of(results);
        }
    }

    private Optional<OpPlan> buildInferencePlan(Map<String, INDArray> feed, List<String> outputs) {
        try {
            return OpPlan.build(sd, feed, outputs, Map.of());
        } catch (RuntimeException e) {
            return Optional.empty(); // SameDiff's executor runs it, and reports any fault in its own words
        }
    }

    /** Whether some inference ran through a plan, for tests. */
    boolean inferencePlanned() {
        synchronized (inferencePlans) {
            return !inferencePlans.isEmpty();
        }
    }

    private Map<String, INDArray> feed(INDArray x, INDArray y, Mode path) {
        Map<String, INDArray> feed = new HashMap<>();
        feed.put(names.input(), x);
        if (y != null) {
            feed.put(names.labels(), y);
        }
        if (path == Mode.TRAINING && !masks.isEmpty()) {
            feed.putAll(masks.draw(x.size(0)));
        }
        return feed;
    }

    private <T> T run(Supplier<T> call) {
        EngineThreads.forThisThread();
        try {
            return call.get();
        } catch (RuntimeException e) {
            throw errors.translate(e);
        }
    }
}
