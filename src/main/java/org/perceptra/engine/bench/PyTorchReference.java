package org.perceptra.engine.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * The PyTorch reference ({@code bench/pytorch_reference.py}, shipped on the class path) run as a separate
 * Python process that trains on command, so that its runs interleave with the engine's and both meet the same
 * load on a shared machine. The data is exported to a folder first; {@link #export} alone writes a folder for
 * running the script by hand.
 */
final class PyTorchReference implements AutoCloseable {
    static final String SCRIPT_RESOURCE = "/bench/pytorch_reference.py";
    static final String SCRIPT_NAME = "pytorch_reference.py";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final PrintWriter commands;
    private final BufferedReader replies;
    private final JsonNode banner;

    private PyTorchReference(Process process) throws IOException {
        this.process = process;
        this.commands = new PrintWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8), true);
        this.replies = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        this.banner = reply("start-up");
    }

    /**
     * Starts the script on the exported data with one thread, as the engine runs.
     *
     * @throws IOException when Python cannot start or torch does not load (the message says what it printed)
     */
    static PyTorchReference start(String python, Path dataDir) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(python, dataDir.resolve(SCRIPT_NAME).toString(), "--data",
                dataDir.toString(), "--serve");
        pb.environment().put("OMP_NUM_THREADS", "1");
        pb.environment().put("OPENBLAS_NUM_THREADS", "1");
        pb.environment().put("MKL_NUM_THREADS", "1");
        pb.redirectError(dataDir.resolve("python-stderr.txt").toFile());
        try {
            return new PyTorchReference(pb.start());
        } catch (IOException e) {
            String err = Files.exists(dataDir.resolve("python-stderr.txt"))
                    ? Files.readString(dataDir.resolve("python-stderr.txt")).strip() : "";
            throw new IOException("The PyTorch reference did not start with " + python + " (" + e.getMessage() + ")"
                    + (err.isEmpty() ? "" : ":\n" + err) + "\nInstall it with: apt-get install python3-torch", e);
        }
    }

    /** Writes the configurations' data, a {@code bench.json} describing them, and the script into {@code dir}. */
    static void export(List<BenchConfig> configs, Path dir) throws IOException {
        Files.createDirectories(dir);
        ArrayNode list = JSON.createArrayNode();
        for (BenchConfig c : configs) {
            c.data().export(dir, c.name());
            ObjectNode spec = list.addObject();
            spec.put("name", c.name());
            spec.put("network", c.reference());
            spec.put("batch", c.batch());
            spec.put("optimizer", c.settings().optimizer().name().toLowerCase(Locale.ROOT));
            spec.put("learningRate", c.settings().learningRate());
            spec.put("seed", c.settings().seed());
            spec.put("samples", c.data().size());
            ArrayNode shape = spec.putArray("featureShape");
            c.data().featureShape().toList().forEach(shape::add);
            spec.put("features", c.name() + ".x.f32");
            spec.put("classes", c.name() + ".y.i32");
            spec.put("order", c.name() + ".order.i32");
        }
        ObjectNode root = JSON.createObjectNode();
        root.set("configs", list);
        JSON.writerWithDefaultPrettyPrinter().writeValue(dir.resolve("bench.json").toFile(), root);
        try (InputStream script = PyTorchReference.class.getResourceAsStream(SCRIPT_RESOURCE)) {
            if (script == null) {
                throw new IOException(SCRIPT_RESOURCE + " is missing from the installation");
            }
            Files.copy(script, dir.resolve(SCRIPT_NAME), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Torch's version, threads and the BLAS library it mapped, as the script reported them. */
    String describe() {
        List<String> blas = new ArrayList<>();
        banner.path("blas").forEach(b -> blas.add(b.asText()));
        return "PyTorch " + banner.path("torch").asText() + ", " + banner.path("threads").asInt() + " thread(s), BLAS "
                + String.join(", ", blas);
    }

    /** Trains the named configuration for at least {@code seconds} (the first call builds it). */
    Timed run(String config, double seconds) throws IOException {
        commands.printf(Locale.ROOT, "run %s %.3f%n", config, seconds);
        JsonNode r = reply(config);
        if (r.has("error")) {
            throw new IOException("The PyTorch reference refused: " + r.get("error").asText());
        }
        return new Timed(r.get("steps").asInt(), r.get("seconds").asDouble());
    }

    private JsonNode reply(String what) throws IOException {
        String line = replies.readLine();
        if (line == null) {
            throw new IOException("The PyTorch reference stopped during " + what + "; see python-stderr.txt in the"
                    + " data folder (is python3-torch installed?)");
        }
        return JSON.readTree(line);
    }

    @Override
    public void close() {
        commands.println("quit");
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroy();
            }
        } catch (InterruptedException e) {
            process.destroy();
            Thread.currentThread().interrupt();
        }
    }
}
