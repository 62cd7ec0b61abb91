package org.perceptra.ui.canvas;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.CornerRadii;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.perceptra.model.Diagnostic;
import org.perceptra.model.LayerNode;
import org.perceptra.model.NodeAnalysis;
import org.perceptra.model.NodeId;
import org.perceptra.model.Severity;
import org.perceptra.model.layers.StandardLayers;
import org.perceptra.ui.theme.FamilyColors;
import org.perceptra.ui.theme.FamilyIcons;

/**
 * One layer on the canvas: a card with a header in the family colour (icon, kind, problem badge), the
 * node's name and key parameters, and a footer with its output shape and parameter count; an input port on
 * the left and an output port on the right. It only renders what {@link #show} hands it and skips the work
 * when nothing it shows has changed.
 */
final class NodeView extends Region {
    static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");
    static final PseudoClass WARNING = PseudoClass.getPseudoClass("warning");
    static final PseudoClass DROP_OK = PseudoClass.getPseudoClass("drop-ok");
    static final PseudoClass DROP_REFUSED = PseudoClass.getPseudoClass("drop-refused");
    /** A frozen layer: muted colours and a snowflake, so a frozen body reads apart from the head that trains. */
    static final PseudoClass FROZEN = PseudoClass.getPseudoClass("frozen");
    /** How far a frozen layer's header colour moves towards grey (no opacity on the canvas, see decision 0007). */
    private static final double FROZEN_MUTING = 0.6;
    /** Characters per line of key parameters: what fits a card at its CSS width. */
    private static final int SUMMARY_LINE = 24;
    /** Where the ports sit before the first layout pass, about level with the name. */
    static final double DEFAULT_PORT_Y = 42;
    private static final CornerRadii HEADER_CORNERS = new CornerRadii(7, 7, 0, 0, false);

    private final NodeId id;
    private final VBox card = new VBox();
    private final HBox header = new HBox();
    private final FontIcon familyIcon = new FontIcon();
    private final Label kind = new Label();
    private final FontIcon badge = new FontIcon();
    private final FontIcon frozenIcon = new FontIcon();
    private final FontIcon healthBadge = new FontIcon();
    private final StackPane healthBox = new StackPane(healthBadge);
    private Tooltip healthTip;
    private List<HealthBadge> shownHealth = List.of();
    private final Label name = new Label();
    private final Label summary = new Label();
    private final Label shape = new Label();
    private final Label params = new Label();
    private final VBox body;
    private final PortView inPort;
    private final PortView outPort;
    private LayerNode shown;
    private NodeAnalysis shownAnalysis;
    private List<Diagnostic> shownDiagnostics = List.of();
    private Tooltip badgeTip;

    NodeView(LayerNode node) {
        this.id = node.id();
        getStyleClass().add(CanvasStyles.NODE);
        card.getStyleClass().add(CanvasStyles.NODE_CARD);
        header.getStyleClass().add(CanvasStyles.NODE_HEADER);
        familyIcon.getStyleClass().add(CanvasStyles.NODE_ICON);
        kind.getStyleClass().add(CanvasStyles.NODE_KIND);
        badge.getStyleClass().add(CanvasStyles.NODE_BADGE);
        name.getStyleClass().add(CanvasStyles.NODE_NAME);
        summary.getStyleClass().add(CanvasStyles.NODE_SUMMARY);
        shape.getStyleClass().add(CanvasStyles.NODE_SHAPE);
        params.getStyleClass().add(CanvasStyles.NODE_PARAMS);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        StackPane badgeBox = new StackPane(badge);
        badgeBox.getStyleClass().add("node-badge-box");
        badgeBox.visibleProperty().bind(badge.visibleProperty());
        healthBadge.getStyleClass().add("health-badge");
        healthBox.getStyleClass().addAll("node-badge-box", "health-badge-box");
        healthBox.setVisible(false);
        healthBox.managedProperty().bind(healthBox.visibleProperty());
        badgeBox.managedProperty().bind(badgeBox.visibleProperty());
        header.setSpacing(4);
        frozenIcon.getStyleClass().addAll(CanvasStyles.NODE_ICON, CanvasStyles.NODE_FROZEN);
        frozenIcon.setVisible(false);
        frozenIcon.managedProperty().bind(frozenIcon.visibleProperty());
        Tooltip.install(frozenIcon, new Tooltip("Frozen: training leaves this layer's weights as they are"));
        header.getChildren().addAll(familyIcon, kind, spacer, frozenIcon, healthBox, badgeBox);
        Region footerSpacer = new Region();
        HBox.setHgrow(footerSpacer, Priority.ALWAYS);
        HBox footer = new HBox(shape, footerSpacer, params);
        shape.setMinWidth(Region.USE_PREF_SIZE); // the shape is what students read; the count may shorten
        footer.getStyleClass().add(CanvasStyles.NODE_FOOTER);
        body = new VBox(name, summary);
        body.getStyleClass().add(CanvasStyles.NODE_BODY);
        card.getChildren().addAll(header, body, footer);
        badge.setVisible(false);
        boolean takesInputs = node.kind().maxInputs() > 0;
        boolean hasOutput = !node.kind().id().equals(StandardLayers.OUTPUT.id());
        inPort = new PortView(this, PortView.Side.IN, takesInputs);
        outPort = new PortView(this, PortView.Side.OUT, hasOutput);
        getChildren().addAll(card, inPort, outPort);
        // Drawn once into a bitmap and then copied: panning a large graph moves bitmaps instead of
        // re-rasterising every rounded corner and glyph (see GraphScene.setZooming for zoom gestures).
        setCache(true);
    }

    NodeId id() {
        return id;
    }

    LayerNode node() {
        return shown;
    }

    PortView inPort() {
        return inPort;
    }

    PortView outPort() {
        return outPort;
    }

    /** Shows this node's state; returns whether anything changed that the wires care about (position, size). */
    boolean show(LayerNode node, NodeAnalysis analysis, List<Diagnostic> diagnostics) {
        boolean moved = shown == null || !node.position().equals(shown.position());
        if (moved) {
            relocate(node.position().x(), node.position().y());
        }
        if (!node.equals(shown) || !Objects.equals(analysis, shownAnalysis)) {
            showContent(node, analysis);
        }
        if (!diagnostics.equals(shownDiagnostics)) {
            showDiagnostics(diagnostics);
        }
        shown = node;
        shownAnalysis = analysis;
        return moved;
    }

    private void showContent(LayerNode node, NodeAnalysis analysis) {
        if (shown == null || shown.kind() != node.kind() || shown.frozen() != node.frozen()) {
            Color family = FamilyColors.of(node.kind().family());
            Color colour = node.frozen() ? family.interpolate(Color.gray(0.55), FROZEN_MUTING) : family;
            header.setBackground(new Background(new BackgroundFill(colour, HEADER_CORNERS, Insets.EMPTY)));
            Color text = node.frozen() ? Color.WHITE : FamilyColors.textOn(node.kind().family());
            kind.setTextFill(text);
            // Inline, because the theme's stylesheet colours every icon and would win over a plain setter.
            String iconColour = "-fx-icon-color: " + (text.equals(Color.BLACK) ? "black" : "white") + ";";
            familyIcon.setStyle(iconColour);
            frozenIcon.setStyle(iconColour);
            frozenIcon.setVisible(node.frozen());
            // Set with the family icon, after the stylesheet has given the header its font: an icon whose literal
            // was set before that draws as an empty box.
            frozenIcon.setIconLiteral("mdi2s-snowflake");
            pseudoClassStateChanged(FROZEN, node.frozen());
            familyIcon.setIconLiteral(FamilyIcons.literal(node.kind().family()));
            kind.setText(node.kind().displayName());
        }
        name.setText(node.name());
        String keyParams = SummaryLines.pack(node.kind().summary(node.params()), SUMMARY_LINE);
        summary.setText(keyParams);
        summary.setManaged(!keyParams.isEmpty());
        summary.setVisible(!keyParams.isEmpty());
        boolean known = analysis != null && analysis.hasOutput();
        shape.setText(known ? analysis.output().toString() : "shape ?");
        long count = analysis == null ? 0 : analysis.params() + analysis.nonTrainableParams();
        params.setText(count == 0 ? "no params" : CountFormat.compact(count) + (node.frozen() ? " frozen" : " params"));
    }

    private void showDiagnostics(List<Diagnostic> diagnostics) {
        shownDiagnostics = List.copyOf(diagnostics);
        boolean error = diagnostics.stream().anyMatch(Diagnostic::isError);
        boolean warning = !error && diagnostics.stream().anyMatch(d -> d.severity() == Severity.WARNING);
        pseudoClassStateChanged(ERROR, error);
        pseudoClassStateChanged(WARNING, warning);
        badge.setVisible(error || warning);
        if (error || warning) {
            badge.setIconLiteral(error ? "mdi2a-alert-circle" : "mdi2a-alert");
            badge.getStyleClass().removeAll("error", "warning");
            badge.getStyleClass().add(error ? "error" : "warning");
            if (badgeTip == null) {
                badgeTip = new Tooltip();
                badgeTip.setShowDelay(Duration.millis(250));
                badgeTip.setWrapText(true);
                badgeTip.setMaxWidth(420);
                Tooltip.install(badge, badgeTip);
            }
            badgeTip.setText(diagnostics.stream().filter(d -> d.severity() != Severity.INFO)
                    .map(NodeView::describe).collect(Collectors.joining("\n\n")));
        }
    }

    /** Shows what the last run said about this layer's numbers; an empty list hides the badge. */
    void showHealth(List<HealthBadge> notes) {
        if (notes.equals(shownHealth)) {
            return;
        }
        shownHealth = List.copyOf(notes);
        healthBox.setVisible(!notes.isEmpty());
        if (notes.isEmpty()) {
            return;
        }
        boolean severe = notes.stream().anyMatch(HealthBadge::severe);
        healthBadge.setIconLiteral("mdi2h-heart-pulse"); // here, not at construction: see the frozen icon
        healthBadge.getStyleClass().remove("severe");
        if (severe) {
            healthBadge.getStyleClass().add("severe");
        }
        if (healthTip == null) {
            healthTip = new Tooltip();
            healthTip.setShowDelay(Duration.millis(250));
            healthTip.setWrapText(true);
            healthTip.setMaxWidth(420);
            Tooltip.install(healthBox, healthTip);
        }
        healthTip.setText("From the last training run:\n\n" + notes.stream()
                .map(n -> n.message() + (n.fix().isEmpty() ? "" : "\nTry: " + n.fix()))
                .collect(Collectors.joining("\n\n")));
    }

    /** The health tooltip's text, or "" when the badge is hidden (tests). */
    String healthText() {
        return healthTip == null || !healthBox.isVisible() ? "" : healthTip.getText();
    }

    /** Whether the snowflake shows (tests). */
    boolean showsFrozen() {
        return frozenIcon.isVisible() && getPseudoClassStates().contains(FROZEN);
    }

    /** What the badge tooltip and tests read: the messages of this node's problems. */
    String badgeText() {
        return badgeTip == null || !badge.isVisible() ? "" : badgeTip.getText();
    }

    private static String describe(Diagnostic d) {
        return (d.isError() ? "Error: " : "Warning: ") + d.message() + (d.fix().isEmpty() ? "" : "\nFix: " + d.fix());
    }

    void setSelected(boolean selected) {
        pseudoClassStateChanged(SELECTED, selected);
        if (selected) {
            toFront();
        }
    }

    /** Shows, while a wire is dragged over it, whether it would accept it. Null clears. */
    void setDropState(Boolean allowed) {
        pseudoClassStateChanged(DROP_OK, Boolean.TRUE.equals(allowed));
        pseudoClassStateChanged(DROP_REFUSED, Boolean.FALSE.equals(allowed));
    }

    /** Width before the first layout pass too, so that wires drawn right after creation land on the ports. */
    double width() {
        return getWidth() > 0 ? getWidth() : card.prefWidth(-1);
    }

    double height() {
        return getHeight() > 0 ? getHeight() : card.prefHeight(width());
    }

    @Override
    protected double computePrefWidth(double height) {
        return card.prefWidth(-1);
    }

    @Override
    protected double computePrefHeight(double width) {
        return card.prefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        double w = card.prefWidth(-1);
        double h = card.prefHeight(w);
        card.resizeRelocate(0, 0, w, h);
        card.layout();
        double y = portY();
        inPort.relocateCentre(0, y);
        outPort.relocateCentre(w, y);
    }

    /**
     * Ports sit level with the layer's name rather than half-way down the card, so that a chain of cards of
     * different heights (a two-line summary) is joined by straight wires.
     */
    double portY() {
        double y = body.getLayoutY() + name.getLayoutY() + name.getHeight() / 2;
        return y > 0 ? y : DEFAULT_PORT_Y;
    }
}
