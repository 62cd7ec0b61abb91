package org.perceptra.model.layers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.perceptra.model.LayerInference;
import org.perceptra.model.LayerKind;
import org.perceptra.model.ParamSpec;
import org.perceptra.model.Params;
import org.perceptra.model.Shape;

/** No kind may throw, whatever valid parameters and input shapes it gets; counts are never negative. */
class InferenceProperties {
    @Property(tries = 2000)
    void inferNeverThrowsAndNeverCountsBelowZero(@ForAll long seed) {
        Random random = new Random(seed);
        List<LayerKind> kinds = StandardLayers.all();
        LayerKind kind = kinds.get(random.nextInt(kinds.size()));
        Params params = randomParams(kind, random);
        List<Shape> inputs = randomInputs(kind, random);

        assertThatCode(() -> kind.infer(inputs, params)).as(kind + " " + params + " on " + inputs)
                .doesNotThrowAnyException();
        LayerInference r = kind.infer(inputs, params);
        assertThat(r.params()).isNotNegative();
        assertThat(r.nonTrainableParams()).isNotNegative();
        assertThat(r.macs()).isNotNegative();
        assertThat(r.hasOutput() || r.issues().stream().anyMatch(d -> d.isError()))
                .as("no output means an error says why").isTrue();
    }

    private static List<Shape> randomInputs(LayerKind kind, Random random) {
        int count = Math.min(kind.maxInputs(), kind.minInputs() + random.nextInt(3));
        int rank = 1 + random.nextInt(3);
        List<Shape> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int[] dims = new int[random.nextInt(4) == 0 ? 1 + random.nextInt(3) : rank];
            for (int d = 0; d < dims.length; d++) {
                dims[d] = 1 + random.nextInt(random.nextBoolean() ? 4 : 64);
            }
            out.add(Shape.of(dims));
        }
        return out;
    }

    /** Each parameter at a random allowed value, leaning towards the small end where shapes break. */
    private static Params randomParams(LayerKind kind, Random random) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (ParamSpec spec : kind.params()) {
            values.put(spec.name(), randomValue(spec, random));
        }
        return Params.of(values);
    }

    private static Object randomValue(ParamSpec spec, Random random) {
        if (spec instanceof ParamSpec.IntParam i) {
            long span = Math.min((long) i.max() - i.min(), random.nextBoolean() ? 4 : 40);
            return i.min() + random.nextInt((int) span + 1);
        }
        if (spec instanceof ParamSpec.DoubleParam d) {
            return d.max();
        }
        if (spec instanceof ParamSpec.BoolParam) {
            return random.nextBoolean();
        }
        if (spec instanceof ParamSpec.ChoiceParam c) {
            return c.choices().get(random.nextInt(c.choices().size()));
        }
        if (spec instanceof ParamSpec.ShapeParam s) {
            List<Integer> dims = new ArrayList<>();
            int rank = s.minRank() + random.nextInt(s.maxRank() - s.minRank() + 1);
            for (int k = 0; k < rank; k++) {
                dims.add(s.allowInferred() && k == 0 && random.nextBoolean() ? -1 : 1 + random.nextInt(8));
            }
            return dims;
        }
        return spec.defaultValue();
    }
}
