package org.perceptra.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One run of the CLI with its exit code and what it printed, for tests. */
record CliRun(int exitCode, String out, String err) {
    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new CliRun(code, out.toString(), err.toString());
    }
}
