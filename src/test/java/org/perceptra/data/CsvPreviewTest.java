package org.perceptra.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import org.junit.jupiter.api.Test;

class CsvPreviewTest {
    @Test
    void showsFirstRowsAndTypesInferredFromTheWholeFile() throws DataException {
        String text = "age,colour,note,label\n30,red,,a\n41,blue,,b\n,red,,a\nunknown,red,,b\n52,green,,a\n";

        CsvPreview preview = CsvPreview.of(new StringReader(text), "p.csv", 2);

        assertThat(preview.headerDetected()).isTrue();
        assertThat(preview.delimiter()).isEqualTo(',');
        assertThat(preview.columns()).containsExactly("age", "colour", "note", "label");
        assertThat(preview.types()).containsExactly(ColumnType.NUMERIC, ColumnType.CATEGORICAL, ColumnType.EMPTY,
                ColumnType.CATEGORICAL);
        assertThat(preview.missing()).containsExactly(1, 0, 5, 0);
        assertThat(preview.rows()).hasSize(2);
        assertThat(preview.rows().get(1)).containsExactly("41", "blue", "", "b");
        assertThat(preview.totalRows()).isEqualTo(5);
        assertThat(preview.suggestedTarget()).isEqualTo("label");
    }

    @Test
    void detectsTabsAndMissingHeaders() throws DataException {
        CsvPreview preview = CsvPreview.of(new StringReader("1\t2\n3\t4\n"), "t.tsv", 10);

        assertThat(preview.delimiter()).isEqualTo('\t');
        assertThat(preview.headerDetected()).isFalse();
        assertThat(preview.columns()).containsExactly("column 1", "column 2");
    }
}
