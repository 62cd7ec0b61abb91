package org.perceptra.onnximport;

import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.OperatorSetIdProto;
import ai.onnx.proto.OnnxMl.StringStringEntryProto;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.protobuf.InvalidProtocolBufferException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.perceptra.data.DatasetSpec;
import org.perceptra.data.DatasetSpec.Normalization;
import org.perceptra.data.FeatureScaler;
import org.perceptra.engine.Scalers;
import org.perceptra.export.OnnxExport;
import org.perceptra.model.Diagnostic;
import org.perceptra.model.GraphAnalysis;
import org.perceptra.model.NetworkGraph;
import org.perceptra.model.TrainingSettings;
import org.perceptra.model.Validator;
import org.perceptra.project.Project;
import org.perceptra.project.StoredResults;

/**
 * Opens an ONNX model (Perceptra's own exports, PyTorch's {@code torch.onnx.export} at opset 13) as a project:
 * the graph as catalogue layers, placed on the canvas, and the weights as the trained results, so that the
 * project predicts what the file predicts and can be edited and trained on. No dataset travels in an ONNX file:
 * the project has none until the student chooses one.
 */
public final class OnnxImport {
    private static final ObjectMapper JSON = new ObjectMapper();

    private OnnxImport() {
    }

    /** @throws OnnxImportException naming what is wrong: the file, its content, or an operator (with its node) */
    public static ImportedModel read(Path file) throws OnnxImportException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new OnnxImportException(file + " does not exist.");
        } catch (AccessDeniedException e) {
            throw new OnnxImportException(file + " cannot be read: permission denied.");
        } catch (IOException | OutOfMemoryError e) {
            throw new OnnxImportException(file + " cannot be read: " + e.getMessage());
        }
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        return read(bytes, name);
    }

    /** @param fileName the file's name, for the project's name and messages */
    public static ImportedModel read(byte[] bytes, String fileName) throws OnnxImportException {
        try {
            return translate(parse(bytes, fileName), fileName);
        } catch (RuntimeException e) {
            // A file that parses yet holds something no check above foresaw: still a sentence, not a stack trace.
            throw new OnnxImportException(fileName + " could not be imported: " + e.getMessage());
        }
    }

    private static ImportedModel translate(ModelProto model, String fileName) throws OnnxImportException {
        GraphReader reader = new GraphReader(model.getGraph());
        Translation t = reader.read();
        NetworkGraph graph = Arrangement.arrange(t.graph());
        GraphAnalysis analysis = Validator.analyze(graph);
        if (analysis.hasErrors()) {
            throw new OnnxImportException("The network read from " + fileName + " does not hold together in "
                    + "Perceptra: " + String.join(" ", analysis.errors().stream().map(Diagnostic::message).toList()));
        }
        Normalization method = metadata(model, OnnxExport.SCALING_KEY).flatMap(Normalization::byId)
                .orElse(Normalization.ZSCORE);
        FeatureScaler features = reader.scalings().features(reader.inputShape(), method);
        int units = graph.nodes().stream().filter(n -> n.kind().id().equals("Output")).findFirst().orElseThrow()
                .params().getInt("units");
        var targets = reader.scalings().targets(units);
        if (reader.scalings().hasTarget() && targets.isEmpty()) {
            throw new OnnxImportException("The scaling after the output of " + fileName + " does not fit its "
                    + units + " values.");
        }
        Scalers scalers = new Scalers(features, targets.orElse(null));
        String weights = ImportedWeights.json(graph, t.tensors(), scalers);
        List<String> classes = list(model, OnnxExport.CLASSES_KEY);
        List<String> featureNames = list(model, OnnxExport.FEATURES_KEY);
        List<String> notes = new ArrayList<>();
        notes.add("No dataset came with the model: choose one under Data before training it further; it predicts "
                + "with the imported weights as it is.");
        boolean perceptra = model.getProducerName().equals("Perceptra");
        String projectName = perceptra && !model.getGraph().getName().isBlank() ? model.getGraph().getName()
                : fileName.replaceFirst("(?i)\\.onnx$", "");
        String producer = model.getProducerName().isBlank() ? "an unnamed tool"
                : (model.getProducerName() + " " + model.getProducerVersion()).trim();
        String description = "Imported from " + fileName + " (made by " + producer + "). " + notes.get(0);
        DatasetSpec dataset = DatasetSpec.none().withNormalization(features.method());
        Project project = new Project(projectName, description, graph, dataset, TrainingSettings.defaults(),
                new StoredResults(weights, null));
        return new ImportedModel(project, classes, featureNames, notes);
    }

    private static ModelProto parse(byte[] bytes, String fileName) throws OnnxImportException {
        ModelProto model;
        try {
            model = ModelProto.parseFrom(bytes);
        } catch (InvalidProtocolBufferException e) {
            throw new OnnxImportException(fileName + " is not an ONNX model, or it is damaged (cut short?): "
                    + e.getMessage());
        }
        if (model.getIrVersion() < 1 || !model.hasGraph() || model.getGraph().getNodeCount() == 0) {
            throw new OnnxImportException(fileName + " is not an ONNX model: it holds no graph of operators.");
        }
        Optional<Long> opset = model.getOpsetImportList().stream()
                .filter(o -> o.getDomain().isEmpty() || o.getDomain().equals("ai.onnx"))
                .map(OperatorSetIdProto::getVersion).findFirst();
        if (opset.isPresent() && opset.get() < 7) {
            throw new OnnxImportException(fileName + " uses ONNX operator set " + opset.get() + "; Perceptra reads "
                    + "7 and later (13 is what it and PyTorch write).");
        }
        return model;
    }

    private static Optional<String> metadata(ModelProto model, String key) {
        return model.getMetadataPropsList().stream().filter(e -> e.getKey().equals(key))
                .map(StringStringEntryProto::getValue).findFirst();
    }

    /** A JSON list of strings in the metadata; empty when absent or not such a list (it only names things). */
    private static List<String> list(ModelProto model, String key) {
        return metadata(model, key).flatMap(text -> {
            try {
                return Optional.of(JSON.readValue(text, new TypeReference<List<String>>() { }));
            } catch (JsonProcessingException e) {
                return Optional.empty();
            }
        }).orElse(List.of());
    }
}
