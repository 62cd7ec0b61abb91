package org.perceptra.ui.data;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import org.perceptra.data.Dataset;

/**
 * A live picture of generated data: points in the plane coloured by class (or by value for regression), or
 * for a sequence task the first few sequences as lines. Colours are Okabe-Ito, safe for colour-blind students.
 */
final class ScatterPreview extends Region {
    static final Color[] CLASS_COLORS = {Color.web("#0072B2"), Color.web("#E69F00"), Color.web("#009E73"),
            Color.web("#CC79A7"), Color.web("#56B4E9"), Color.web("#D55E00")};
    private static final int LINES = 6;

    private final Canvas canvas = new Canvas();
    private Dataset data;

    ScatterPreview() {
        getStyleClass().add("scatter-preview");
        getChildren().add(canvas);
        setMinHeight(120);
    }

    void show(Dataset shown) {
        data = shown;
        draw();
    }

    /** Points drawn in the last picture (for tests: the preview follows the settings). */
    int pointCount() {
        return data == null ? 0 : data.size();
    }

    @Override
    protected double computePrefHeight(double width) {
        return width > 0 ? Math.min(width * 0.75, 300) : 220;
    }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth());
        double h = snapSizeY(getHeight());
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            draw();
        }
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.clearRect(0, 0, w, h);
        if (data == null || w < 10 || h < 10) {
            return;
        }
        if (data.featureShape().isVector() && data.sampleSize() == 2) {
            points(g, w, h);
        } else {
            sequences(g, w, h);
        }
    }

    private void points(GraphicsContext g, double w, double h) {
        // One scale for both axes, so a circle stays round.
        Range x = Range.of(data, 0);
        Range y = Range.of(data, 1);
        double span = Math.max(x.max() - x.min(), y.max() - y.min());
        x = x.widenedTo(span);
        y = y.widenedTo(span);
        double side = Math.min(w, h);
        double left = (w - side) / 2;
        double top = (h - side) / 2;
        float[] values = data.isClassification() ? null : data.values();
        Range v = values == null ? null : Range.of(values);
        double r = Math.max(2.5, Math.min(w, h) / 110);
        for (int i = 0; i < data.size(); i++) {
            Color c = values == null ? CLASS_COLORS[data.classOf(i) % CLASS_COLORS.length]
                    : CLASS_COLORS[0].interpolate(CLASS_COLORS[1], v.fraction(values[i]));
            g.setFill(c.deriveColor(0, 1, 1, 0.8));
            double px = left + x.fraction(data.feature(i, 0)) * (side - 4 * r) + 2 * r;
            double py = top + (1 - y.fraction(data.feature(i, 1))) * (side - 4 * r) + 2 * r;
            g.fillOval(px - r, py - r, 2 * r, 2 * r);
        }
    }

    private void sequences(GraphicsContext g, double w, double h) {
        int steps = data.sampleSize();
        float min = Float.MAX_VALUE;
        float max = -Float.MAX_VALUE;
        int n = Math.min(LINES, data.size());
        for (int i = 0; i < n; i++) {
            for (float f : data.sample(i)) {
                min = Math.min(min, f);
                max = Math.max(max, f);
            }
        }
        Range range = new Range(min, max);
        g.setLineWidth(2);
        for (int i = 0; i < n; i++) {
            g.setStroke(CLASS_COLORS[i % CLASS_COLORS.length]);
            g.beginPath();
            float[] s = data.sample(i);
            for (int t = 0; t < steps; t++) {
                double px = 8 + t * (w - 16) / Math.max(1, steps - 1);
                double py = 8 + (1 - range.fraction(s[t])) * (h - 16);
                if (t == 0) {
                    g.moveTo(px, py);
                } else {
                    g.lineTo(px, py);
                }
            }
            g.stroke();
        }
    }

    private record Range(float min, float max) {
        static Range of(Dataset data, int feature) {
            float lo = Float.MAX_VALUE;
            float hi = -Float.MAX_VALUE;
            for (int i = 0; i < data.size(); i++) {
                lo = Math.min(lo, data.feature(i, feature));
                hi = Math.max(hi, data.feature(i, feature));
            }
            return new Range(lo, hi);
        }

        static Range of(float[] values) {
            float lo = Float.MAX_VALUE;
            float hi = -Float.MAX_VALUE;
            for (float f : values) {
                lo = Math.min(lo, f);
                hi = Math.max(hi, f);
            }
            return new Range(lo, hi);
        }

        /** The same middle, stretched to {@code span}. */
        Range widenedTo(double span) {
            double mid = (min + max) / 2.0;
            return new Range((float) (mid - span / 2), (float) (mid + span / 2));
        }

        double fraction(float v) {
            return max > min ? (v - min) / (max - min) : 0.5;
        }
    }
}
