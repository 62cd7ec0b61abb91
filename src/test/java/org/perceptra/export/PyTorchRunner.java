package org.perceptra.export;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs PyTorch exports in {@code /usr/bin/python3} with Debian's python3-torch and python3-numpy, all of them in
 * one process (importing torch costs a second or two). Where Python or a module is missing, the calling test is
 * skipped with a message naming what is missing, printed too so that it shows in the build's output.
 */
public final class PyTorchRunner {
    static final Path PYTHON = Path.of("/usr/bin/python3");
    private static final int EXIT_MISSING = 3;

    /**
     * @param mode {@code csv}: predict.py's main on a CSV, writing a CSV; {@code f32}: load_model and predict on
     *             raw little-endian float32 samples, writing the outputs the same way
     */
    public record Job(String mode, Path folder, Path input, Path output) {
    }

    private PyTorchRunner() {
    }

    public static void run(List<Job> jobs, Path work) throws IOException, InterruptedException {
        if (!Files.isExecutable(PYTHON)) {
            skip(PYTHON + " is missing (Debian packages python3, python3-numpy, python3-torch)");
        }
        Path driver = work.resolve("run_exports.py");
        try (InputStream in = PyTorchRunner.class.getResourceAsStream("run_exports.py")) {
            Files.write(driver, in.readAllBytes());
        }
        Path list = work.resolve("jobs.tsv");
        Files.writeString(list, jobs.stream().map(j -> String.join("\t", j.mode(), j.folder().toString(),
                j.input().toString(), j.output().toString())).collect(Collectors.joining("\n", "", "\n")));
        ProcessBuilder builder = new ProcessBuilder(PYTHON.toString(), driver.toString(), list.toString())
                .redirectErrorStream(true);
        builder.environment().put("OMP_NUM_THREADS", "1");
        Process python = builder.start();
        String output = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!python.waitFor(5, TimeUnit.MINUTES)) {
            python.destroyForcibly();
            throw new AssertionError("python3 did not finish:\n" + output);
        }
        if (python.exitValue() == EXIT_MISSING && output.startsWith("MISSING ")) {
            String module = output.substring("MISSING ".length()).trim();
            skip("the Python module '" + module + "' is missing from " + PYTHON
                    + " (Debian packages python3-numpy, python3-torch)");
        }
        if (python.exitValue() != 0) {
            throw new AssertionError("python3 failed (exit " + python.exitValue() + "):\n" + output);
        }
    }

    private static void skip(String why) {
        System.err.println("SKIPPED: the PyTorch export checks need PyTorch: " + why + ".");
        Assumptions.abort("PyTorch export not checked: " + why);
    }

    static void writeFloats(Path file, float[] values) throws IOException {
        ByteBuffer bytes = ByteBuffer.allocate(values.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        bytes.asFloatBuffer().put(values);
        Files.write(file, bytes.array());
    }

    static float[] readFloats(Path file) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        float[] values = new float[bytes.remaining() / 4];
        bytes.asFloatBuffer().get(values);
        return values;
    }
}
