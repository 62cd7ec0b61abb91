package org.perceptra.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.perceptra.model.Connection;
import org.perceptra.model.GraphAnalysis;
import org.perceptra.model.LayerNode;
import org.perceptra.model.NetworkGraph;
import org.perceptra.model.NodeId;
import org.perceptra.model.Position;
import org.perceptra.model.Validator;
import org.perceptra.model.layers.StandardLayers;
import org.perceptra.project.Project;
import org.perceptra.project.ProjectFiles;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

class NetworkDiagramTest {
    @ParameterizedTest
    @ValueSource(strings = {"spiral", "residual-block", "mnist-lenet5"})
    void theSvgIsWellFormedAndNamesEveryLayerAndItsOutputShape(String sample, @TempDir Path dir) throws Exception {
        Project p = ProjectFiles.load(Path.of("sample-projects", sample + ".perceptra"));
        GraphAnalysis analysis = Validator.analyze(p.graph(), p.dataset().source().signature());
        Path svg = dir.resolve(sample + ".svg");

        NetworkDiagram.of(p.graph(), analysis, p.name()).writeSvg(svg);

        List<String> texts = texts(parse(java.nio.file.Files.readAllBytes(svg)));
        assertThat(texts).contains(p.name());
        for (LayerNode n : p.graph().nodes()) {
            assertThat(texts).as("texts of %s", sample).contains(n.name(), analysis.node(n.id()).orElseThrow()
                    .output().toString());
        }
    }

    @Test
    void namesWithMarkupCharactersStayTextInTheSvg() throws Exception {
        NetworkGraph g = chain(new Position(0, 0), new Position(260, 0)).withNode(
                LayerNode.of("in", StandardLayers.INPUT).withName("<x> & \"y\" 'z'"));

        String svg = NetworkDiagram.of(g, Validator.analyze(g), "A & B <test>").svgDocument();

        assertThat(texts(parse(svg.getBytes(StandardCharsets.UTF_8)))).contains("<x> & \"y\" 'z'", "A & B <test>");
    }

    @Test
    void thePngIsTwiceTheCanvasSizeWithEachCardInItsFamilyColourWhereItsNodeIs(@TempDir Path dir) throws Exception {
        NetworkGraph g = chain(new Position(100, 50), new Position(400, 150));
        Path png = dir.resolve("net.png");

        NetworkDiagram.of(g, Validator.analyze(g), null).writePng(png);

        BufferedImage image = ImageIO.read(png.toFile());
        double margin = DiagramStyle.MARGIN;
        double cardWidth = DiagramStyle.CARD_WIDTH;
        // The cards span x 100..400+width; the diagram adds one margin each side.
        assertThat(image.getWidth()).isEqualTo((int) Math.ceil(2 * (300 + cardWidth + 2 * margin)));
        // Each card's header, at its position shifted by (margin - 100, margin - 50), is its family's colour.
        assertThat(pixel(image, 2, margin + 60, margin + 5)).isEqualTo(FamilyPalette.of(StandardLayers.INPUT.family()));
        assertThat(pixel(image, 2, margin + 360, margin + 105))
                .isEqualTo(FamilyPalette.of(StandardLayers.OUTPUT.family()));
        // Below the first card and above the second there is only background.
        assertThat(pixel(image, 2, margin + 60, margin + 140)).isEqualTo(Color.WHITE);
        assertThat(pixel(image, 2, margin + 360, margin + 40)).isEqualTo(Color.WHITE);
    }

    @Test
    void aLayerWithAnErrorIsOutlinedAndBadgedInRed() throws Exception {
        // An Output fed by nothing: the validator reports an error on it.
        NetworkGraph g = NetworkGraph.of(List.of(LayerNode.of("out", StandardLayers.OUTPUT).at(0, 0)), List.of());
        GraphAnalysis analysis = Validator.analyze(g);
        assertThat(analysis.diagnosticsFor(NodeId.of("out"))).anyMatch(d -> d.isError());

        BufferedImage image = NetworkDiagram.of(g, analysis, null).image(1);

        double badgeX = DiagramStyle.MARGIN + DiagramStyle.CARD_WIDTH - DiagramStyle.PAD - 8;
        double badgeY = DiagramStyle.MARGIN + DiagramStyle.HEADER / 2;
        assertThat(pixel(image, 1, badgeX - 4, badgeY - 4)).isEqualTo(FamilyPalette.ERROR);
        // The left edge of the card, below its header, is drawn in red too.
        assertThat(pixel(image, 1, DiagramStyle.MARGIN, DiagramStyle.MARGIN + 45)).isEqualTo(FamilyPalette.ERROR);
    }

    @Test
    void anEmptyNetworkStillGivesAPictureThatSaysSo() throws Exception {
        NetworkDiagram d = NetworkDiagram.of(NetworkGraph.empty(), Validator.analyze(NetworkGraph.empty()), "Empty");

        assertThat(texts(parse(d.svgDocument().getBytes(StandardCharsets.UTF_8))))
                .contains("The network is empty.");
        assertThat(d.image(1).getWidth()).isPositive();
    }

    @Test
    void longSummariesBreakAtCommasAndCountsAreCompact() {
        assertThat(DiagramLayout.pack("10, softmax, categorical_crossentropy", 24))
                .containsExactly("10, softmax,", "categorical_crossentropy");
        assertThat(DiagramLayout.pack("32, relu", 24)).containsExactly("32, relu");
        assertThat(DiagramLayout.pack("", 24)).isEmpty();
        assertThat(List.of(DiagramLayout.compact(842), DiagramLayout.compact(2_400), DiagramLayout.compact(125_000),
                DiagramLayout.compact(3_400_000))).containsExactly("842", "2.4k", "125k", "3.4M");
    }

    /** Input [2] at {@code a} wired to an Output of 3 classes at {@code b}. */
    private static NetworkGraph chain(Position a, Position b) {
        LayerNode in = LayerNode.of("in", StandardLayers.INPUT).withParams(StandardLayers.INPUT.defaults(
                Map.of("shape", List.of(2)))).at(a);
        LayerNode out = LayerNode.of("out", StandardLayers.OUTPUT).withParams(StandardLayers.OUTPUT.defaults(
                Map.of("units", 3, "activation", "softmax", "loss", "categorical_crossentropy"))).at(b);
        return NetworkGraph.of(List.of(in, out), List.of(new Connection(in.id(), out.id())));
    }

    /** The colour at (x, y) in picture units of an image drawn at {@code scale}. */
    private static Color pixel(BufferedImage image, double scale, double x, double y) {
        return new Color(image.getRGB((int) (x * scale), (int) (y * scale)) & 0xFFFFFF);
    }

    static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        // JFreeSVG names the SVG 1.0 DTD; well-formedness needs no download of it.
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    static List<String> texts(Document svg) {
        NodeList nodes = svg.getElementsByTagName("text");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add(nodes.item(i).getTextContent());
        }
        return out;
    }
}
