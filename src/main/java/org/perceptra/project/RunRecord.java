package org.perceptra.project;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.perceptra.model.NetworkGraph;
import org.perceptra.model.TrainingSettings;

/**
 * One training run as the project remembers it: what was trained (the graph as it was, the settings), how it
 * went (every epoch's figures, every step's loss, changes made while paused) and how it ended. Runs written by
 * older versions or by the command line may lack the graph, the name or the settings: those are then null or
 * empty, never invented.
 *
 * @param id          stable within the project, so that renaming or deleting names the right run
 * @param settings    null when the stored settings could not be read
 * @param ending      "completed", "stopped", "early-stopped", "failed" (free text for runs from elsewhere)
 * @param epochs      one row per completed epoch, oldest first
 * @param stepLosses  the training loss of every step (NaN where it was not finite)
 * @param finals      figures by part ("train", "validation", "test") and name ("loss", "accuracy", …)
 * @param graph       the network as it was trained, or null when not recorded
 */
public record RunRecord(String id, String name, Instant started, TrainingSettings settings, String ending,
                        int epochsCompleted, long steps, double seconds, List<EpochFigures> epochs,
                        float[] stepLosses, Map<String, Map<String, Double>> finals, List<Adjustment> adjustments,
                        NetworkGraph graph) {
    public RunRecord {
        Objects.requireNonNull(id, "id");
        name = name == null ? "" : name;
        ending = ending == null ? "" : ending;
        epochs = List.copyOf(epochs);
        stepLosses = stepLosses == null ? new float[0] : stepLosses;
        finals = Map.copyOf(finals);
        adjustments = List.copyOf(adjustments);
    }

    /** One epoch's figures: "loss", "val_loss", and each metric with and without the "val_" prefix. */
    public record EpochFigures(int epoch, Map<String, Double> values) {
        public EpochFigures {
            values = Map.copyOf(values);
        }

        public Optional<Double> get(String name) {
            return Optional.ofNullable(values.get(name)).filter(v -> !v.isNaN());
        }
    }

    /**
     * A change made while the run was paused: "learning rate 0.1 → 0.01", taking effect with step
     * {@code step + 1}; {@code epoch} places it on an epoch axis (2.5: half-way through the third epoch).
     */
    public record Adjustment(long step, double epoch, String description) {
        public Adjustment {
            Objects.requireNonNull(description, "description");
        }
    }

    public RunRecord withName(String newName) {
        return new RunRecord(id, newName, started, settings, ending, epochsCompleted, steps, seconds, epochs,
                stepLosses, finals, adjustments, graph);
    }

    /** The last value of {@code name} over the epochs ("val_loss", "accuracy"…), if any epoch had it. */
    public Optional<Double> lastEpochValue(String name) {
        for (int i = epochs.size() - 1; i >= 0; i--) {
            Optional<Double> v = epochs.get(i).get(name);
            if (v.isPresent()) {
                return v;
            }
        }
        return Optional.empty();
    }

    /** A final figure of one part ("validation", "accuracy"), if recorded and finite. */
    public Optional<Double> finalValue(String part, String name) {
        return Optional.ofNullable(finals.getOrDefault(part, Map.of()).get(name)).filter(Double::isFinite);
    }
}
