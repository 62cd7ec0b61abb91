package org.perceptra.ui.data;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.perceptra.data.ColumnType;
import org.perceptra.data.CsvLoader;
import org.perceptra.data.CsvOptions;
import org.perceptra.data.CsvPreview;
import org.perceptra.data.DataException;
import org.perceptra.data.DataSource;

/**
 * What reading a CSV file found, computed on the background thread: the first rows and column types, and what
 * importing it with the chosen roles gives (or the first problem, in the loader's words with line and column).
 *
 * @param source        the source checked; a blank target replaced by a guess from the file
 * @param preview       the first rows and what each column holds
 * @param imported      the import, or null when it failed
 * @param importProblem the reason the import failed, or null
 */
record CsvCheck(DataSource.Csv source, CsvPreview preview, CsvLoader.CsvImport imported, String importProblem) {
    /** Rows read for guessing the task; the table shows fewer. */
    static final int SAMPLE_ROWS = 200;
    /** A numeric target with at most this many distinct whole values is taken for class labels. */
    static final int MAX_GUESSED_CLASSES = 20;

    /** @throws DataException when the file cannot be read at all (missing, not text, no columns) */
    static CsvCheck of(Path file, DataSource.Csv asked) throws DataException {
        CsvPreview preview = CsvPreview.of(file, SAMPLE_ROWS);
        DataSource.Csv source = asked.target().isBlank() || !preview.columns().contains(asked.target())
                ? asked.withColumns(List.of(), preview.suggestedTarget(), looksLikeClasses(preview))
                : asked;
        try {
            CsvLoader.CsvImport imported = CsvLoader.load(file, source.features(), source.target(),
                    source.classification(), new CsvOptions(source.missing()));
            return new CsvCheck(source, preview, imported, null);
        } catch (DataException e) {
            return new CsvCheck(source, preview, null, e.getMessage());
        }
    }

    /** Text labels, or a handful of whole numbers such as 0 to 9, are classes; anything else a value. */
    static boolean looksLikeClasses(CsvPreview preview) {
        int last = preview.columns().size() - 1;
        if (preview.types().get(last) != ColumnType.NUMERIC) {
            return true;
        }
        Set<String> distinct = new HashSet<>();
        for (List<String> row : preview.rows()) {
            String cell = row.get(last).trim();
            if (!cell.isEmpty() && !cell.matches("-?\\d+(\\.0+)?")) {
                return false;
            }
            distinct.add(cell);
        }
        return distinct.size() <= MAX_GUESSED_CLASSES;
    }
}
