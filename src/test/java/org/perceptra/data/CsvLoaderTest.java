package org.perceptra.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perceptra.data.CsvOptions.MissingValues;

class CsvLoaderTest {
    private static Dataset classes(String text, String target, String... features) throws DataException {
        return read(text, target, true, MissingValues.DROP, features).dataset();
    }

    private static CsvLoader.CsvImport read(String text, String target, boolean classification,
                                            MissingValues missing, String... features) throws DataException {
        return CsvLoader.read(new StringReader(text), "data.csv", List.of(features), target, classification,
                new CsvOptions(missing));
    }

    private static DataException failure(String text, String target, boolean classification) {
        return catchThrowableOfType(DataException.class,
                () -> read(text, target, classification, MissingValues.DROP));
    }

    @Test
    void headerIsDetectedAboveNumbers() throws DataException {
        Dataset data = classes("a,b,label\n1,2,x\n3,4,y\n", "label");

        assertThat(data.featureNames()).containsExactly("a", "b");
        assertThat(data.size()).isEqualTo(2);
        assertThat(data.sample(1)).containsExactly(3f, 4f);
    }

    @Test
    void fileWithoutHeaderGetsNumberedColumns() throws DataException {
        Dataset data = classes("1,2,0\n3,4,1\n5,6,0\n", "column 3");

        assertThat(data.size()).isEqualTo(3);
        assertThat(data.featureNames()).containsExactly("column 1", "column 2");
    }

    @Test
    void textOnlyFileWithUniqueFirstRowHasAHeader() throws DataException {
        Dataset data = classes("colour,size\nred,big\nblue,small\nred,small\n", "size");

        assertThat(data.size()).isEqualTo(3);
        assertThat(data.featureNames()).containsExactly("colour=blue", "colour=red");
    }

    @Test
    void textClassLabelsAreSortedIntoIndices() throws DataException {
        Dataset data = classes("x,kind\n1,zebra\n2,ant\n3,moose\n4,ant\n", "kind");

        assertThat(data.classNames()).containsExactly("ant", "moose", "zebra");
        assertThat(data.classes()).containsExactly(2, 0, 1, 0);
        assertThat(data.targetName()).isEqualTo("kind");
    }

    @Test
    void numericClassLabelsAreSortedByValueAndWrittenPlainly() throws DataException {
        Dataset data = classes("x,digit\n1,10\n2,9\n3,2.0\n4,9\n", "digit");

        assertThat(data.classNames()).containsExactly("2", "9", "10");
        assertThat(data.classes()).containsExactly(2, 1, 0, 1);
    }

    @Test
    void categoricalFeaturesBecomeSortedOneHotColumns() throws DataException {
        Dataset data = classes("size,colour,y\n1,red,a\n2,blue,b\n3,green,a\n", "y", "colour", "size");

        assertThat(data.featureNames()).containsExactly("colour=blue", "colour=green", "colour=red", "size");
        assertThat(data.sample(0)).containsExactly(0f, 0f, 1f, 1f);
        assertThat(data.sample(1)).containsExactly(1f, 0f, 0f, 2f);
    }

    @Test
    void regressionTargetsAreNumbers() throws DataException {
        Dataset data = read("a,b,y\n1,2,0.5\n3,4,-1.25\n", "y", false, MissingValues.DROP).dataset();

        assertThat(data.isClassification()).isFalse();
        assertThat(data.values()).containsExactly(0.5f, -1.25f);
    }

    @Test
    void missingValuesAreDroppedAndReportedPerColumn() throws DataException {
        String text = "a,b,y\n1,,p\n2,NA,q\n3,4,?\n5,6,p\n7,8,q\n";
        CsvLoader.CsvImport result = read(text, "y", true, MissingValues.DROP);

        assertThat(result.dataset().size()).isEqualTo(2);
        assertThat(result.report().missingPerColumn()).containsExactly(java.util.Map.entry("b", 2),
                java.util.Map.entry("y", 1));
        assertThat(result.report().droppedNoTarget()).isEqualTo(1);
        assertThat(result.report().droppedNoFeature()).isEqualTo(2);
        assertThat(result.dataset().notes()).contains("3 missing values in 5 rows: b 2, y 1.",
                "Left out 1 row without a target value.", "Left out 2 rows with a missing feature value.");
    }

    @Test
    void missingValuesAreImputedWithMeanAndMostFrequentValue() throws DataException {
        String text = "a,c,y\n1,red,p\n,blue,q\n5,,p\n3,red,q\n";
        CsvLoader.CsvImport result = read(text, "y", true, MissingValues.IMPUTE);
        Dataset data = result.dataset();

        assertThat(data.size()).isEqualTo(4);
        assertThat(data.featureNames()).containsExactly("a", "c=blue", "c=red");
        assertThat(data.sample(1)).containsExactly(3f, 1f, 0f);
        assertThat(data.sample(2)).containsExactly(5f, 0f, 1f);
        assertThat(result.report().filledWith()).containsEntry("a", "the mean 3.000")
                .containsEntry("c", "the most frequent value \"red\"");
    }

    @Test
    void textInANumericColumnNamesFileLineAndColumn() {
        DataException e = failure("a,b,y\n1,2,p\n3,4,q\n5,oops,p\n7,8,q\n", "y", true);

        assertThat(e.source()).isEqualTo("data.csv");
        assertThat(e.line()).isEqualTo(4);
        assertThat(e.column()).isEqualTo("b");
        assertThat(e.getMessage()).startsWith("data.csv, line 4, column \"b\": \"oops\" is not a number");
    }

    @Test
    void nanAndInfinityAreRefusedWithRowAndColumn() {
        DataException nan = failure("a,b,y\n1,2,p\n3,NaN,q\n", "y", true);
        DataException inf = failure("a,b,y\n1,2,0.5\n3,4,-inf\n", "y", false);
        DataException huge = failure("a,b,y\n1,2,p\n3,1e300,q\n", "y", true);

        assertThat(nan.getMessage()).startsWith("data.csv, line 3, column \"b\": NaN is not a value");
        assertThat(inf.line()).isEqualTo(3);
        assertThat(inf.column()).isEqualTo("y");
        assertThat(huge.getMessage()).contains("too large");
    }

    @Test
    void lineNumbersCountBlankLinesAndMultiLineCells() {
        DataException e = failure("a,note,y\n1,\"two\nlines\",p\n\n3,x,q\n4,y,p\nbad,z,q\n", "y", true);

        assertThat(e.line()).isEqualTo(7);
    }

    @Test
    void rowWithTheWrongNumberOfCellsIsNamed() {
        DataException e = failure("a,b,y\n1,2,p\n3,q\n", "y", true);

        assertThat(e.getMessage()).isEqualTo("data.csv, line 3: This row has 2 cells, but the header has 3.");
    }

    @Test
    void unclosedQuoteIsExplained() {
        DataException e = failure("a,b,y\n1,2,p\n3,\"4,q\n", "y", true);

        assertThat(e.getMessage()).contains("never closed");
    }

    @Test
    void unknownColumnListsTheColumnsThereAre() {
        assertThatThrownBy(() -> classes("a,b,y\n1,2,p\n", "label"))
                .hasMessage("data.csv: There is no column \"label\". The columns are: a, b, y.");
    }

    @Test
    void targetCannotAlsoBeAFeature() {
        assertThatThrownBy(() -> classes("a,b,y\n1,2,p\n3,4,q\n", "y", "a", "y"))
                .hasMessageContaining("column \"y\": This column is the target");
    }

    @Test
    void textTargetCannotBeRegressed() {
        DataException e = failure("a,y\n1,cat\n2,dog\n", "y", false);

        assertThat(e.line()).isEqualTo(2);
        assertThat(e.getMessage()).contains("Choose classification");
    }

    @Test
    void oneClassIsNotEnough() {
        assertThatThrownBy(() -> classes("a,y\n1,cat\n2,cat\n", "y")).hasMessageContaining("at least two");
    }

    @Test
    void semicolonFilesWithDecimalCommasAreRead() throws DataException {
        Dataset data = classes("a;b;y\n1,5;2;p\n-0,25;4;q\n", "y");

        assertThat(data.sample(0)).containsExactly(1.5f, 2f);
        assertThat(data.sample(1)).containsExactly(-0.25f, 4f);
    }

    @Test
    void quotedCellsAndByteOrderMarkAreHandled() throws DataException {
        Dataset data = classes("\uFEFF\"a\",\"name, full\",y\n1,\"Smith, J\",p\n2,\"Doe, A\",q\n", "y", "a");

        assertThat(data.featureNames()).containsExactly("a");
        assertThat(data.size()).isEqualTo(2);
    }

    @Test
    void emptyFilesAndHeaderOnlyFilesAreRefused() {
        assertThatThrownBy(() -> classes("", "y")).hasMessage("data.csv: The file is empty.");
        assertThatThrownBy(() -> classes("a,y\n", "y")).hasMessageContaining("no rows of data");
    }

    @Test
    void loadsAFileFromDisk(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("points.csv");
        Files.writeString(file, "x,y,label\n0,1,a\n1,0,b\n");

        Dataset data = CsvLoader.load(file, List.of(), "label", true, CsvOptions.DEFAULT).dataset();

        assertThat(data.size()).isEqualTo(2);
        assertThat(data.description()).isEqualTo("points.csv (CSV, 2 of 2 rows)");
        assertThatThrownBy(() -> CsvLoader.load(dir.resolve("nope.csv"), List.of(), "y", true, CsvOptions.DEFAULT))
                .hasMessageContaining("does not exist");
    }

    @Test
    void fileWithoutACompleteRowSaysHowToGetOne() {
        assertThatThrownBy(() -> classes("a,b,y\n1,,p\n,2,q\n", "y"))
                .hasMessageContaining("No row is complete").hasMessageContaining("Fill in missing features");
    }
}
