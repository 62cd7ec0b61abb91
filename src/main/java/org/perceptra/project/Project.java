package org.perceptra.project;

import java.util.Objects;
import org.perceptra.data.DatasetSpec;
import org.perceptra.model.NetworkGraph;
import org.perceptra.model.TrainingSettings;

/**
 * Everything one {@code .perceptra} file holds: the design (graph with positions), the data, the training
 * settings, and whatever training produced. Immutable: edits make new projects, undo returns old ones.
 *
 * @param results trained weights and run history, kept opaque here and preserved as they were
 *                (issues 3 and 6 give them structure)
 */
public record Project(String name, String description, NetworkGraph graph, DatasetSpec dataset,
                      TrainingSettings training, StoredResults results) {
    public Project {
        name = name == null ? "" : name;
        description = description == null ? "" : description;
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(training, "training");
        results = results == null ? StoredResults.NONE : results;
    }

    public static Project empty(String name) {
        return new Project(name, "", NetworkGraph.empty(), DatasetSpec.none(), TrainingSettings.defaults(),
                StoredResults.NONE);
    }

    public Project withGraph(NetworkGraph g) {
        return new Project(name, description, g, dataset, training, results);
    }

    public Project withDataset(DatasetSpec d) {
        return new Project(name, description, graph, d, training, results);
    }

    public Project withTraining(TrainingSettings t) {
        return new Project(name, description, graph, dataset, t, results);
    }

    public Project withInfo(String newName, String newDescription) {
        return new Project(newName, newDescription, graph, dataset, training, results);
    }

    public Project withResults(StoredResults r) {
        return new Project(name, description, graph, dataset, training, r);
    }
}
