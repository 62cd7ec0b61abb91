package org.perceptra.ui.live.chart;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Writes a view's numbers as CSV: a header row and one row per record, NaN and infinities spelled out. */
public final class CsvExport {
    private CsvExport() {
    }

    /** Receives rows; a view writes its own shape of table. */
    @FunctionalInterface
    public interface Rows {
        void writeTo(CSVPrinter out) throws IOException;
    }

    public static void write(Path file, List<String> header, Rows rows) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter out = CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).build().print(w)) {
            rows.writeTo(out);
        }
    }

    /** Series side by side as (series, x, y) rows: every point, not the drawn envelope. */
    public static void writeSeries(Path file, String xName, List<EnvelopeSeries> series) throws IOException {
        write(file, List.of("series", xName, "value"), out -> {
            for (EnvelopeSeries s : series) {
                for (int i = 0; i < s.size(); i++) {
                    out.printRecord(s.name(), number(s.x(i)), number(s.y(i)));
                }
            }
        });
    }

    public static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }
}
