package org.perceptra.ui.canvas;

import java.util.Objects;
import org.perceptra.model.NodeId;

/**
 * A note from the last training run about one layer's numbers (vanishing or exploding gradients, dead units,
 * NaN), drawn on its card as a heartbeat badge with the sentence and a fix in its tooltip. Apart from the
 * validator's badge: this one is about how training went, not about the design. {@code severe} (NaN) turns it
 * red; otherwise it is amber.
 */
public record HealthBadge(NodeId node, String message, String fix, boolean severe) {
    public HealthBadge {
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(message, "message");
        fix = fix == null ? "" : fix;
    }
}
