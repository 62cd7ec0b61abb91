package org.perceptra.data;

import java.util.List;

/**
 * Names and text that travel with a {@link Dataset}'s arrays, kept in one record so that derived datasets share
 * one reference and a rename copies no array.
 */
record DatasetLabels(List<String> featureNames, String targetName, String description, List<String> notes) {
    DatasetLabels {
        featureNames = List.copyOf(featureNames);
        notes = List.copyOf(notes);
    }

    static DatasetLabels named(String targetName) {
        return new DatasetLabels(List.of(), targetName, "", List.of());
    }

    DatasetLabels withFeatureNames(List<String> names) {
        return new DatasetLabels(names, targetName, description, notes);
    }

    DatasetLabels withTargetName(String name) {
        return new DatasetLabels(featureNames, name, description, notes);
    }

    DatasetLabels withDescription(String text) {
        return new DatasetLabels(featureNames, targetName, text, notes);
    }

    DatasetLabels withNotes(List<String> lines) {
        return new DatasetLabels(featureNames, targetName, description, lines);
    }
}
