package org.perceptra.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever a CSV file holds, the loader answers with a dataset or a DataException, never anything else. */
class CsvLoaderProperties {
    private static final List<String> TOKENS = List.of("1", "2.5", "-3", "0", "1e5", "1e999", "NaN", "inf", "", "NA",
            "?", "a", "b", "cat", "\"", "\"x\"", "\"q,r\"", "x\"y", ",", ";", "\t", "\n", "\r\n", " ", "\uFEFF",
            "a,b,y", "-", ".", "e", "\"\"");

    @Property(tries = 400)
    void corruptedCsvNeverThrowsAnythingButDataException(@ForAll("csvText") String text,
                                                         @ForAll("columnName") String target,
                                                         @ForAll boolean classification,
                                                         @ForAll boolean impute) {
        CsvOptions options = new CsvOptions(impute ? CsvOptions.MissingValues.IMPUTE : CsvOptions.MissingValues.DROP);
        try {
            Dataset data = CsvLoader.read(new StringReader(text), "fuzz.csv", List.of(), target, classification,
                    options).dataset();
            assertThat(data.size()).isPositive();
            assertThat(NonFiniteCheck.first(data)).isEmpty();
        } catch (DataException e) {
            assertThat(e.getMessage()).startsWith("fuzz.csv");
        }
        try {
            CsvPreview.of(new StringReader(text), "fuzz.csv", 5);
        } catch (DataException e) {
            assertThat(e.getMessage()).isNotBlank();
        }
    }

    @Provide
    Arbitrary<String> columnName() {
        return Arbitraries.of("a", "b", "y", "column 1", "column 2", "nope");
    }

    /** A small valid table, then random cuts and insertions of CSV-significant tokens. */
    @Provide
    Arbitrary<String> csvText() {
        Arbitrary<String> cell = Arbitraries.oneOf(Arbitraries.of("1", "2", "3.5", "-1", "p", "q", ""),
                Arbitraries.of(TOKENS));
        Arbitrary<String> row = cell.list().ofMinSize(1).ofMaxSize(4).map(cells -> String.join(",", cells));
        Arbitrary<String> table = row.list().ofMinSize(0).ofMaxSize(8)
                .map(rows -> "a,b,y\n" + String.join("\n", rows));
        Arbitrary<List<String>> insertions = Arbitraries.of(TOKENS).list().ofMaxSize(4);
        Arbitrary<List<Integer>> positions = Arbitraries.integers().between(0, 1000).list().ofMaxSize(4);
        return Combinators.combine(table, insertions, positions, Arbitraries.integers().between(0, 1000))
                .as(CsvLoaderProperties::corrupt);
    }

    private static String corrupt(String text, List<String> insertions, List<Integer> positions, int cut) {
        StringBuilder s = new StringBuilder(text);
        for (int i = 0; i < Math.min(insertions.size(), positions.size()); i++) {
            s.insert(positions.get(i) % (s.length() + 1), insertions.get(i));
        }
        if (cut % 3 == 0 && s.length() > 0) {
            s.setLength(cut % s.length()); // a truncated file
        }
        return s.toString();
    }
}
