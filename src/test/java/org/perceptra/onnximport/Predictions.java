package org.perceptra.onnximport;

import org.perceptra.engine.CompiledNetwork;
import org.perceptra.engine.GraphCompiler;
import org.perceptra.engine.Mode;
import org.perceptra.engine.Scalers;
import org.perceptra.engine.WeightsJson;
import org.perceptra.project.Project;

/** What a project with stored weights predicts for raw samples, as predict does: scaled in, unscaled out. */
final class Predictions {
    private Predictions() {
    }

    static float[] of(Project project, float[] raw, int count) {
        CompiledNetwork network = GraphCompiler.compile(project.graph(), project.training());
        String weights = project.results().weightsJson();
        WeightsJson.load(weights, network);
        Scalers scalers = WeightsJson.scalers(weights).orElseThrow();
        float[] x = raw.clone();
        scalers.features().applyInPlace(x, 0, count);
        network.setMode(Mode.INFERENCE);
        float[] y = network.predict(x, count);
        scalers.targetScaler().ifPresent(t -> t.unscaleInPlace(y));
        return y;
    }

    static double maxAbsDiff(float[] a, float[] b) {
        if (a.length != b.length) {
            return Double.POSITIVE_INFINITY;
        }
        double m = 0;
        for (int i = 0; i < a.length; i++) {
            m = Math.max(m, Math.abs((double) a[i] - b[i]));
        }
        return m;
    }
}
