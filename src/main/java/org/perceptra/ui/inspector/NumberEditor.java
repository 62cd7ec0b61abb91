package org.perceptra.ui.inspector;

import java.math.BigDecimal;
import java.math.RoundingMode;
import javafx.scene.control.Control;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.util.converter.DefaultStringConverter;
import org.perceptra.model.ParamSpec;
import org.perceptra.ui.forms.NumberText;

/**
 * A spinner for whole numbers and decimals. It holds text, not numbers: what the student typed goes to the
 * edit as typed, so the parameter's own declaration judges it and a refusal quotes it ("Units must be from 1 to
 * 1000000, not 0"), instead of the spinner silently clamping it. The arrows and the Up/Down keys step within
 * the allowed range.
 */
final class NumberEditor extends ParamEditor {
    private final Spinner<String> spinner = new Spinner<>();

    NumberEditor(InspectorItem item, ParamSpec spec) {
        super(item);
        spinner.setEditable(true);
        spinner.setValueFactory(new Steps(spec));
        spinner.valueProperty().addListener((o, old, typed) -> commit(typed));
        place(spinner);
    }

    @Override
    protected void show(Object value) {
        String text = NumberText.of(value);
        spinner.getValueFactory().setValue(text);
        spinner.getEditor().setText(text);
    }

    @Override
    Control control() {
        return spinner;
    }

    Spinner<String> spinner() {
        return spinner;
    }

    /** Steps a number held as text, staying inside the declared range. */
    private static final class Steps extends SpinnerValueFactory<String> {
        private final double min;
        private final double max;
        private final double step;
        private final boolean whole;
        private final ParamSpec spec;

        Steps(ParamSpec spec) {
            this.spec = spec;
            if (spec instanceof ParamSpec.IntParam p) {
                min = p.min();
                max = p.max();
                step = 1;
                whole = true;
            } else {
                ParamSpec.DoubleParam p = (ParamSpec.DoubleParam) spec;
                min = p.min();
                max = p.max();
                step = stepFor(p.max() - p.min());
                whole = false;
            }
            setConverter(new DefaultStringConverter());
            setValue(NumberText.of(spec.defaultValue()));
        }

        /** A step that is a small fraction of the range: 0.01 for a rate from 0 to 1, 1 for a wide range. */
        private static double stepFor(double range) {
            return range <= 1.0 ? 0.01 : range <= 10.0 ? 0.1 : 1.0;
        }

        @Override
        public void increment(int steps) {
            move(steps);
        }

        @Override
        public void decrement(int steps) {
            move(-steps);
        }

        private void move(int steps) {
            ParamSpec.Coerced current = spec.coerce(getValue());
            double v = current.ok() ? ((Number) current.value()).doubleValue() : ((Number) spec.defaultValue()).doubleValue();
            double next = Math.max(min, Math.min(max, v + steps * step));
            setValue(whole ? String.valueOf((long) next)
                    : NumberText.of(BigDecimal.valueOf(next).setScale(10, RoundingMode.HALF_EVEN).doubleValue()));
        }
    }
}
