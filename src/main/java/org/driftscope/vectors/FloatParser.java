package org.driftscope.vectors;

import java.nio.charset.StandardCharsets;

/**
 * Parses decimal floats straight from bytes, without making a String per number. The result is the
 * float nearest the decimal value, exactly as {@link Float#parseFloat} gives: the fast path computes
 * {@code m * 10^e} as one correctly rounded double (m &lt; 2^53, |e| &lt;= 22, so both factors are exact)
 * and narrows it to float; narrowing can only go wrong when the double lands exactly on a midpoint
 * between two floats, and those rare cases, like long mantissas, subnormals and words such as
 * {@code NaN}, take the slow path through {@link Float#parseFloat}.
 */
final class FloatParser {
    private static final double[] POW10 = new double[23];
    private static final long MAX_EXACT = 1L << 53;
    /** Low 29 bits of a double's mantissa that narrowing to float drops; exactly 1 << 28 at a midpoint. */
    private static final long DROPPED_BITS = (1L << 29) - 1;

    static {
        double p = 1;
        for (int i = 0; i < POW10.length; i++) {
            POW10[i] = p;
            p *= 10;
        }
    }

    private FloatParser() {}

    /**
     * @throws NumberFormatException if {@code bytes[from, to)} is not a number
     */
    static float parse(byte[] bytes, int from, int to) {
        int i = from;
        boolean negative = false;
        if (i < to && (bytes[i] == '-' || bytes[i] == '+')) {
            negative = bytes[i] == '-';
            i++;
        }
        long mantissa = 0;
        int exponent = 0;
        int significant = 0;
        boolean digits = false;
        boolean truncated = false;
        for (; i < to && isDigit(bytes[i]); i++) {
            digits = true;
            if (significant < 18) {
                mantissa = mantissa * 10 + (bytes[i] - '0');
                significant += mantissa == 0 ? 0 : 1;
            } else {
                exponent++;
                truncated |= bytes[i] != '0';
            }
        }
        if (i < to && bytes[i] == '.') {
            for (i++; i < to && isDigit(bytes[i]); i++) {
                digits = true;
                if (significant < 18) {
                    mantissa = mantissa * 10 + (bytes[i] - '0');
                    significant += mantissa == 0 ? 0 : 1;
                    exponent--;
                } else {
                    truncated |= bytes[i] != '0';
                }
            }
        }
        if (!digits) {
            return slow(bytes, from, to);
        }
        if (i < to && (bytes[i] == 'e' || bytes[i] == 'E')) {
            i++;
            boolean negativeExponent = false;
            if (i < to && (bytes[i] == '-' || bytes[i] == '+')) {
                negativeExponent = bytes[i] == '-';
                i++;
            }
            int start = i;
            int e = 0;
            for (; i < to && isDigit(bytes[i]); i++) {
                e = Math.min(100_000, e * 10 + (bytes[i] - '0'));
            }
            if (i == start) {
                return slow(bytes, from, to);
            }
            exponent += negativeExponent ? -e : e;
        }
        if (i != to) {
            return slow(bytes, from, to);
        }
        if (mantissa == 0 && !truncated) {
            return negative ? -0f : 0f;
        }
        if (truncated || mantissa >= MAX_EXACT || exponent < -22 || exponent > 22) {
            return slow(bytes, from, to);
        }
        double d = exponent >= 0 ? mantissa * POW10[exponent] : mantissa / POW10[-exponent];
        if (d < Float.MIN_NORMAL || d > Float.MAX_VALUE) {
            return slow(bytes, from, to);
        }
        if ((Double.doubleToRawLongBits(d) & DROPPED_BITS) == 1L << 28) {
            return slow(bytes, from, to);
        }
        float f = (float) d;
        return negative ? -f : f;
    }

    private static boolean isDigit(byte b) {
        return b >= '0' && b <= '9';
    }

    private static float slow(byte[] bytes, int from, int to) {
        String text = new String(bytes, from, to - from, StandardCharsets.ISO_8859_1);
        try {
            return Float.parseFloat(text);
        } catch (NumberFormatException e) {
            // numpy and others write these; the caller rejects non-finite values with a clear message
            return switch (text.toLowerCase(java.util.Locale.ROOT)) {
                case "nan", "+nan", "-nan" -> Float.NaN;
                case "inf", "+inf", "infinity", "+infinity" -> Float.POSITIVE_INFINITY;
                case "-inf", "-infinity" -> Float.NEGATIVE_INFINITY;
                default -> throw new NumberFormatException(text);
            };
        }
    }
}
