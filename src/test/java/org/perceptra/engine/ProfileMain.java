package org.perceptra.engine;

import java.util.List;
import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.perceptra.engine.bench.TrainingBenchmark;
import org.perceptra.engine.bench.TwoSpirals;
import org.perceptra.model.Shape;
import org.perceptra.model.TrainingSettings;

public class ProfileMain {
    public static void main(String[] a) {
        TwoSpirals d = TwoSpirals.generate(400, 0, 1);
        TrainingSettings s = TrainingSettings.defaults().withOptimizer(TrainingSettings.Optimizer.SGD).withLearningRate(0.03);
        CompiledNetwork net = GraphCompiler.compile(TrainingBenchmark.spiralNet(new int[] {8, 8}, "tanh"), s);
        TrainingArrays arr = new TrainingArrays(d.features(), Shape.of(2), d.labels(), Shape.of(2), d.size());
        List<int[]> batches = TrainingBenchmark.batches(400, 10, 1);
        int n = 4000;
        for (int rep = 0; rep < 3; rep++) {
            long t0 = System.nanoTime();
            for (int i = 0; i < n; i++) net.fitBatch(arr, batches.get(i % batches.size()));
            long t1 = System.nanoTime();
            INDArray x = arr.features(batches.get(0)), y = arr.labels(batches.get(0));
            for (int i = 0; i < n; i++) net.gradients(x, y);
            long t2 = System.nanoTime();
            for (int i = 0; i < n; i++) arr.features(batches.get(i % batches.size()));
            long t3 = System.nanoTime();
            for (int i = 0; i < n; i++) net.predict(x);
            long t4 = System.nanoTime();
            System.out.printf("fit %.0f us, grads only %.0f us, pullRows %.1f us, predict %.0f us%n",
                (t1 - t0) / 1e3 / n, (t2 - t1) / 1e3 / n, (t3 - t2) / 1e3 / n, (t4 - t3) / 1e3 / n);
        }
        System.out.println(net.sameDiff().getFunction("grad").getOps().size() + " ops in grad fn; forward ops " + net.sameDiff().getOps().size());
    }
}
