package org.perceptra.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.random.impl.BernoulliDistribution;
import org.nd4j.linalg.api.rng.Random;
import org.nd4j.linalg.factory.Nd4j;
import org.perceptra.model.Shape;

/**
 * Dropout masks, drawn here and fed to the graph as placeholders ({@code dropout_1/mask}). SameDiff's own
 * random ops draw from a generator kept per op inside its execution session, which {@code Nd4j.getRandom()}
 * does not seed, so two networks built with the same seed dropped different units. Drawing from one
 * generator per network, seeded from the run's seed, makes a run repeat exactly.
 */
final class DropoutMasks {
    /** One place that drops values: the placeholder's name, the per-sample shape, and the rate. */
    record Site(String name, Shape shape, double rate) {
    }

    private List<Site> sites;
    private final DataType dataType;
    private Random rng;

    DropoutMasks(List<Site> sites, DataType dataType, long seed) {
        this.sites = List.copyOf(sites);
        this.dataType = dataType;
        reseed(seed);
    }

    void reseed(long seed) {
        rng = Nd4j.getRandomFactory().getNewRandomInstance(seed);
    }

    /** Where the generator stands (its two native state words), so that a resumed run draws the masks it would have. */
    long[] randomState() {
        return new long[] {rng.rootState(), rng.nodeState()};
    }

    void restoreRandomState(long root, long node) {
        rng.setStates(root, node);
    }

    /** Every dropout layer drops this share of units from the next draw on (an adjustment while paused). */
    void setRate(double rate) {
        sites = sites.stream().map(s -> new Site(s.name(), s.shape(), rate)).toList();
    }

    /** The rate of each site, in the order they were compiled. */
    List<Double> rates() {
        return sites.stream().map(Site::rate).toList();
    }

    boolean isEmpty() {
        return sites.isEmpty();
    }

    /** Fresh masks for a batch: each value 0 with probability rate, else 1 / (1 - rate) (inverted dropout). */
    Map<String, INDArray> draw(long batch) {
        Map<String, INDArray> out = new HashMap<>();
        for (Site s : sites) {
            List<Long> dims = new ArrayList<>(List.of(batch));
            s.shape().toList().forEach(d -> dims.add((long) d));
            INDArray mask = Nd4j.createUninitialized(dataType, dims.stream().mapToLong(Long::longValue).toArray());
            out.put(s.name(), fill(mask, s.rate()));
        }
        return out;
    }

    /**
     * As {@link #draw}, into arrays that exist already (a plan's placeholders, of the batch's mask shapes and this
     * number type): the same values as {@link #draw} would give, without a new array each step.
     */
    void drawInto(Function<String, INDArray> masks) {
        for (Site s : sites) {
            fill(masks.apply(s.name()), s.rate());
        }
    }

    private INDArray fill(INDArray mask, double rate) {
        Nd4j.getExecutioner().exec(new BernoulliDistribution(mask, 1.0 - rate), rng);
        return mask.divi(1.0 - rate);
    }
}
