package org.perceptra.ui.canvas;

/** Style-class names of canvas.css in one place (the AtlantaFX habit), so code and sheet cannot drift apart. */
final class CanvasStyles {
    static final String CANVAS = "graph-canvas";
    static final String NODE = "graph-node";
    static final String NODE_CARD = "node-card";
    static final String NODE_HEADER = "node-header";
    static final String NODE_ICON = "node-icon";
    static final String NODE_KIND = "node-kind";
    static final String NODE_BADGE = "node-badge";
    static final String NODE_FROZEN = "node-frozen";
    static final String NODE_BODY = "node-body";
    static final String NODE_NAME = "node-name";
    static final String NODE_SUMMARY = "node-summary";
    static final String NODE_FOOTER = "node-footer";
    static final String NODE_SHAPE = "node-shape";
    static final String NODE_PARAMS = "node-params";
    static final String PORT = "port";
    static final String PORT_IN = "port-in";
    static final String PORT_OUT = "port-out";
    static final String WIRE = "wire";
    static final String WIRE_CURVE = "wire-curve";
    static final String WIRE_ARROW = "wire-arrow";
    static final String WIRE_LABEL = "wire-label";
    static final String WIRE_LABEL_BG = "wire-label-bg";
    static final String DRAFT_WIRE = "draft-wire";
    static final String MARQUEE = "marquee";
    static final String GRID = "grid-line";
    static final String DROP_HINT = "drop-hint";
    static final String DROP_HINT_REFUSED = "refused";
    static final String TOAST = "canvas-toast";
    static final String EMPTY_HINT = "empty-hint";
    static final String GHOST = "ghost";
    static final String STYLESHEET = "canvas.css";

    private CanvasStyles() {
    }
}
