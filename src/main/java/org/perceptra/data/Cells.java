package org.perceptra.data;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;

/** How a CSV cell reads: missing, a number (finite or not), or text. */
final class Cells {
    private static final Set<String> MISSING = Set.of("", "na", "n/a", "?");
    private static final Set<String> NON_FINITE = Set.of("nan", "inf", "infinity");

    private Cells() {
    }

    static boolean isMissing(String cell) {
        return MISSING.contains(cell.toLowerCase(Locale.ROOT));
    }

    /** True for decimals and for NaN/Inf spellings (which are numbers, but refused when loading). */
    static boolean isNumber(String cell) {
        return isDecimal(cell) || isNonFinite(cell);
    }

    /**
     * Plain decimals only ({@code -1}, {@code 2.}, {@code .5}, {@code 3e-4}): "1d", "0x1p3" and other Java
     * literals are text to a student. Written out by hand because every cell of a file passes through it.
     */
    static boolean isDecimal(String s) {
        int i = 0;
        int n = s.length();
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            i++;
        }
        int digitsStart = i;
        i = skipDigits(s, i);
        int digits = i - digitsStart;
        if (i < n && s.charAt(i) == '.') {
            int fractionStart = ++i;
            i = skipDigits(s, i);
            digits += i - fractionStart;
        }
        if (digits == 0) {
            return false;
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            int exponentStart = i;
            i = skipDigits(s, i);
            if (i == exponentStart) {
                return false;
            }
        }
        return i == n;
    }

    private static int skipDigits(String s, int i) {
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        return i;
    }

    private static boolean isNonFinite(String cell) {
        String s = cell.toLowerCase(Locale.ROOT);
        if (s.startsWith("+") || s.startsWith("-")) {
            s = s.substring(1);
        }
        return NON_FINITE.contains(s);
    }

    /** The value of a cell for which {@link #isNumber} holds; NaN or ±Infinity for those spellings. */
    static double parse(String cell) {
        if (isNonFinite(cell)) {
            String s = cell.toLowerCase(Locale.ROOT);
            return s.endsWith("nan") ? Double.NaN
                    : s.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        return Double.parseDouble(cell);
    }

    /** True when the value survives the trip to {@code float}, the type the network computes with. */
    static boolean fitsFloat(double value) {
        return Double.isFinite(value) && Float.isFinite((float) value);
    }

    /** "3" for 3.0, "2.5" for 2.5: numeric class labels as a student wrote them, without a trailing ".0". */
    static String canonical(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** The problem with a cell that should hold a usable number, as a sentence; null when it is fine. */
    static String numberProblem(String cell) {
        if (!isNumber(cell)) {
            return "\"" + cell + "\" is not a number, but the other cells of this column are. Correct the cell,"
                    + " or leave it empty to mark the value missing.";
        }
        double value = parse(cell);
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return cell + " is not a value a network can learn from. Leave the cell empty (or write NA) to mark"
                    + " the value missing.";
        }
        if (!fitsFloat(value)) {
            return cell + " is too large: the network computes with numbers up to about 3.4e38.";
        }
        return null;
    }
}
