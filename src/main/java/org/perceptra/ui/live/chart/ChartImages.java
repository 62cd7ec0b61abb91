package org.perceptra.ui.live.chart;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;

/** PNG export of one or several charts (stacked top to bottom), drawn afresh at the given size. */
public final class ChartImages {
    private ChartImages() {
    }

    public static void writePng(Path file, List<JFreeChart> charts, int width, int heightEach) throws IOException {
        BufferedImage image = new BufferedImage(width, heightEach * charts.size(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            for (int i = 0; i < charts.size(); i++) {
                g.drawImage(charts.get(i).createBufferedImage(width, heightEach), 0, i * heightEach, null);
            }
        } finally {
            g.dispose();
        }
        if (!ImageIO.write(image, "png", file.toFile())) {
            throw new IOException("no PNG writer available");
        }
    }
}
