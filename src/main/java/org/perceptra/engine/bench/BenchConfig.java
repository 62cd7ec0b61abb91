package org.perceptra.engine.bench;

import org.perceptra.model.NetworkGraph;
import org.perceptra.model.TrainingSettings;

/**
 * One benchmarked training configuration.
 *
 * @param name      short id, used on the command line and by the PyTorch reference ({@code spiral})
 * @param title     what a reader sees in the table
 * @param reference the network's name in {@code pytorch_reference.py}
 */
public record BenchConfig(String name, String title, String reference, NetworkGraph graph, TrainingSettings settings,
                          BenchData data) {
    public int batch() {
        return settings.batchSize();
    }
}
