package org.perceptra.engine;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;

/**
 * SameDiff 1.0.0-M2.1 prints "Added differentiated op ..." to standard output for every op while it builds a
 * gradient function, with no switch to turn it off. The CLI's standard output belongs to its results, so
 * that one call runs with a filter on System.out that drops these lines and passes everything else through.
 */
final class QuietStdout {
    private static final String NOISE = "Added differentiated op ";

    private QuietStdout() {
    }

    static synchronized void run(Runnable call) {
        PrintStream original = System.out;
        Charset charset = Charset.defaultCharset();
        PrintStream filtered = new PrintStream(new LineFilter(original, charset), true, charset);
        System.setOut(filtered);
        try {
            call.run();
        } finally {
            filtered.flush();
            System.setOut(original);
        }
    }

    /** Buffers one line at a time and forwards the lines that are not SameDiff's noise. */
    private static final class LineFilter extends OutputStream {
        private final PrintStream target;
        private final Charset charset;
        private final ByteArrayOutputStream line = new ByteArrayOutputStream();

        LineFilter(PrintStream target, Charset charset) {
            this.target = target;
            this.charset = charset;
        }

        @Override
        public void write(int b) {
            line.write(b);
            if (b == '\n') {
                flushLine();
            }
        }

        @Override
        public void flush() {
            flushLine();
            target.flush();
        }

        private void flushLine() {
            if (line.size() > 0 && !line.toString(charset).startsWith(NOISE)) {
                target.write(line.toByteArray(), 0, line.size());
            }
            line.reset();
        }
    }
}
