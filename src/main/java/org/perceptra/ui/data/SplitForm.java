package org.perceptra.ui.data;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.Function;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.util.StringConverter;
import org.perceptra.data.DatasetSpec;
import org.perceptra.data.DatasetSpec.Normalization;
import org.perceptra.data.DatasetSpec.Split;
import org.perceptra.ui.forms.CommitField;
import org.perceptra.ui.forms.FormGrid;

/**
 * How samples are split into training, validation and test parts, and how features are scaled. Parts are
 * typed as percentages ("20" or "20 %"), which students read more easily than fractions.
 */
final class SplitForm {
    private final Function<DatasetSpec, Optional<String>> apply;
    private final CommitField validation;
    private final CommitField test;
    private final CheckBox stratify = new CheckBox("Same class mix in every part");
    {
        stratify.setWrapText(true);
    }
    private final CommitField folds;
    private final CommitField seed;
    private final ComboBox<Normalization> scaling = new ComboBox<>();
    private DatasetSpec shown;
    private boolean showing;

    SplitForm(Function<DatasetSpec, Optional<String>> apply) {
        this.apply = apply;
        validation = new CommitField(text -> percent(text, "Validation part")
                .map(v -> split(v, shown.split().test(), shown.split().stratify(), shown.split().folds(), shown.split().seed()))
                .orElseGet(() -> notPercent(text, "Validation part")));
        test = new CommitField(text -> percent(text, "Test part")
                .map(t -> split(shown.split().validation(), t, shown.split().stratify(), shown.split().folds(), shown.split().seed()))
                .orElseGet(() -> notPercent(text, "Test part")));
        folds = new CommitField(text -> whole(text)
                .map(k -> split(shown.split().validation(), shown.split().test(), shown.split().stratify(), k.intValue(),
                        shown.split().seed()))
                .orElseGet(() -> Optional.of("Folds must be a whole number from 1 to 20, not \"" + text.trim() + "\".")));
        seed = new CommitField(text -> whole(text)
                .map(s -> split(shown.split().validation(), shown.split().test(), shown.split().stratify(),
                        shown.split().folds(), s))
                .orElseGet(() -> Optional.of("The seed must be a whole number, not \"" + text.trim() + "\".")));
        stratify.selectedProperty().addListener((o, was, is) -> {
            if (!showing) {
                split(shown.split().validation(), shown.split().test(), is, shown.split().folds(), shown.split().seed());
            }
        });
        scaling.getItems().setAll(Normalization.values());
        scaling.setConverter(new ScalingNames());
        scaling.setMaxWidth(Double.MAX_VALUE);
        scaling.valueProperty().addListener((o, old, picked) -> {
            if (!showing && picked != null) {
                apply.apply(shown.withNormalization(picked));
            }
        });
    }

    void addTo(FormGrid grid) {
        grid.section("Split and scaling");
        grid.row("V_alidation %", validation, "Part of the samples kept aside to watch for overfitting while"
                + " training. 20 % is usual.");
        grid.row("Test %", test, "Part kept aside until the very end, to measure the finished network fairly."
                + " 0 keeps no test part.");
        grid.row("St_ratify", stratify, "Each part gets the same share of every class as the whole data set.");
        grid.row("Folds", folds, "Above 1: k-fold cross-validation, training k times, each time validating on"
                + " a different part (run by \"perceptra train\"; the Train button watches one split). 1 means a"
                + " single split.");
        grid.row("S_plit seed", seed, "The same seed always splits the same way.");
        grid.row("S_caling", scaling, "How features are scaled before training, fitted on the training part"
                + " only. Z-score suits most data; min-max suits pixels.");
    }

    void show(DatasetSpec spec) {
        shown = spec;
        showing = true;
        try {
            validation.show(percentText(spec.split().validation()));
            test.show(percentText(spec.split().test()));
            stratify.setSelected(spec.split().stratify());
            folds.show(String.valueOf(spec.split().folds()));
            seed.show(String.valueOf(spec.split().seed()));
            scaling.setValue(spec.normalization());
        } finally {
            showing = false;
        }
    }

    /** The split's own check refuses bad combinations (parts adding up to 100 %) in its words. */
    private Optional<String> split(double v, double t, boolean strat, int k, long s) {
        Split next;
        try {
            next = new Split(v, t, strat, k, s);
        } catch (IllegalArgumentException e) {
            return Optional.of(reason(e.getMessage()));
        }
        return apply.apply(shown.withSplit(next));
    }

    private static String reason(String message) {
        if (message.startsWith("validation (")) {
            return "Validation and test parts must be at least 0 % and leave something to train on.";
        }
        return Character.toUpperCase(message.charAt(0)) + message.substring(1) + ".";
    }

    private static Optional<Double> percent(String text, String what) {
        String t = text.trim().replace("%", "").trim();
        try {
            double p = Double.parseDouble(t);
            return p >= 0 && p < 100 ? Optional.of(p / 100.0) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> notPercent(String text, String what) {
        return Optional.of(what + " must be a percentage from 0 to below 100, not \"" + text.trim() + "\".");
    }

    private static Optional<Long> whole(String text) {
        try {
            return Optional.of(Long.parseLong(text.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    static String percentText(double fraction) {
        return BigDecimal.valueOf(fraction * 100).setScale(4, java.math.RoundingMode.HALF_EVEN).stripTrailingZeros()
                .toPlainString();
    }

    private static final class ScalingNames extends StringConverter<Normalization> {
        @Override
        public String toString(Normalization n) {
            if (n == null) {
                return "";
            }
            return switch (n) {
                case NONE -> "None: features as they are";
                case ZSCORE -> "Z-score: mean 0, spread 1";
                case MINMAX -> "Min-max: from 0 to 1";
            };
        }

        @Override
        public Normalization fromString(String s) {
            return null;
        }
    }
}
