package org.perceptra.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.perceptra.ui.canvas.DesignerFixture.call;

import java.nio.file.Path;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.perceptra.model.LayerFamily;
import org.perceptra.model.NetworkGraph;
import org.perceptra.project.ProjectFiles;
import org.perceptra.ui.theme.FamilyColors;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith({ApplicationExtension.class, org.perceptra.ui.CleanStages.class})
class GraphThumbnailTest {
    @Start
    void start(Stage stage) {
        // the thumbnail needs only the FX thread, no window
    }

    @Test
    void layersAppearInTheirFamilyColourAndTheRestIsTransparent() throws Exception {
        NetworkGraph xor = ProjectFiles.load(Path.of("sample-projects/xor.perceptra")).graph();
        WritableImage image = call(() -> GraphThumbnail.render(xor, 320, 120));

        assertThat(image.getWidth()).isEqualTo(320);
        // xor is a row of four equal layers: the leftmost is the Input, the rightmost the Output.
        Color left = image.getPixelReader().getColor(30, 60);
        Color right = image.getPixelReader().getColor(290, 60);
        assertThat(left).isEqualTo(FamilyColors.of(LayerFamily.INPUT));
        assertThat(right).isEqualTo(FamilyColors.of(LayerFamily.OUTPUT));
        assertThat(image.getPixelReader().getColor(2, 2).getOpacity()).isZero();
    }

    @Test
    void anEmptyNetworkGivesAnEmptyPictureAndABadSizeIsRefused() {
        WritableImage image = call(() -> GraphThumbnail.render(NetworkGraph.empty(), 40, 30));
        assertThat(image.getPixelReader().getColor(20, 15).getOpacity()).isZero();
        assertThatThrownBy(() -> GraphThumbnail.render(NetworkGraph.empty(), 0, 30))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0x30");
    }
}
