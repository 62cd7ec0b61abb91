/**
 * Chart plumbing for the live views: series that keep every point but draw a min/max envelope of at most
 * ~2,000, datasets that redraw once per batch of events, one colour-blind-safe palette, and PNG/CSV export.
 * Plain JFreeChart; nothing here knows about training.
 */
package org.perceptra.ui.live.chart;
