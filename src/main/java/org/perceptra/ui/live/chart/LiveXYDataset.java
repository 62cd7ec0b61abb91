package org.perceptra.ui.live.chart;

import java.util.ArrayList;
import java.util.List;
import org.jfree.data.DomainOrder;
import org.jfree.data.xy.AbstractXYDataset;

/**
 * A JFreeChart dataset over {@link EnvelopeSeries}: points are added without telling anyone, and
 * {@link #refresh()} recomputes the envelopes and notifies the chart once, so a batch of events costs one redraw.
 * NaN and infinite values stay in the data but are drawn as gaps (an infinite value would break the axis); the
 * views mark them.
 */
public final class LiveXYDataset extends AbstractXYDataset {
    private static final long serialVersionUID = 1L;

    private final List<EnvelopeSeries> series = new ArrayList<>();

    public EnvelopeSeries add(EnvelopeSeries s) {
        series.add(s);
        return s;
    }

    public EnvelopeSeries series(int i) {
        return series.get(i);
    }

    public List<EnvelopeSeries> all() {
        return List.copyOf(series);
    }

    /** Recomputes envelopes and redraws the chart once. */
    public void refresh() {
        series.forEach(EnvelopeSeries::refresh);
        fireDatasetChanged();
    }

    /** Drops every series (their names and colours are for a run that is over). */
    public void removeAll() {
        series.clear();
        fireDatasetChanged();
    }

    public void clear() {
        series.forEach(EnvelopeSeries::clear);
        fireDatasetChanged();
    }

    @Override
    public int getSeriesCount() {
        return series.size();
    }

    @Override
    public Comparable<?> getSeriesKey(int s) {
        return series.get(s).name();
    }

    @Override
    public DomainOrder getDomainOrder() {
        return DomainOrder.ASCENDING;
    }

    @Override
    public int getItemCount(int s) {
        return series.get(s).visibleCount();
    }

    @Override
    public Number getX(int s, int item) {
        return getXValue(s, item);
    }

    @Override
    public Number getY(int s, int item) {
        return getYValue(s, item);
    }

    @Override
    public double getXValue(int s, int item) {
        return series.get(s).visibleX(item);
    }

    @Override
    public double getYValue(int s, int item) {
        double y = series.get(s).visibleY(item);
        return Double.isInfinite(y) ? Double.NaN : y; // an infinite value would make the axis range infinite
    }
}
