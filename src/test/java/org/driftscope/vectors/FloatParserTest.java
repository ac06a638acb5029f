package org.driftscope.vectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FloatParserTest {
    private static float parse(String s) {
        byte[] b = s.getBytes(StandardCharsets.US_ASCII);
        return FloatParser.parse(b, 0, b.length);
    }

    @Test
    void agreesWithFloatParseFloatOnAMillionRandomDecimals() {
        Random random = new Random(5);
        for (int i = 0; i < 1_000_000; i++) {
            String s =
                    switch (i % 4) {
                        case 0 -> Float.toString(Float.intBitsToFloat(random.nextInt()));
                        case 1 -> String.format("%.4f", random.nextGaussian());
                        case 2 -> Double.toString(random.nextGaussian() * Math.pow(10, random.nextInt(60) - 30));
                        default -> (random.nextBoolean() ? "-" : "") + random.nextInt(1000) + "."
                                + Long.toString(Math.abs(random.nextLong()) % 10_000_000_000L) + "e"
                                + (random.nextInt(90) - 45);
                    };
            if (s.contains("NaN") || s.contains("Infinity")) {
                continue;
            }
            assertThat(Float.floatToRawIntBits(parse(s))).as(s).isEqualTo(Float.floatToRawIntBits(Float.parseFloat(s)));
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "0",
                "-0.0",
                "1e10",
                "1E-10",
                ".5",
                "5.",
                "+3.25",
                "0.000000000000000000001234",
                "123456789012345678901234567890",
                "3.4028235E38",
                "3.4028236E38",
                "1.4E-45",
                "7.0E-46",
                "1.00000005960464477539062499",
                "1.000000059604644775390625"
            })
    void edgeCasesMatchTheJdk(String s) {
        assertThat(Float.floatToRawIntBits(parse(s))).isEqualTo(Float.floatToRawIntBits(Float.parseFloat(s)));
    }

    @Test
    void nanAndInfinityAreParsedSoTheCallerCanRejectThem() {
        assertThat(parse("nan")).isNaN();
        assertThat(parse("-inf")).isEqualTo(Float.NEGATIVE_INFINITY);
        assertThat(parse("Infinity")).isEqualTo(Float.POSITIVE_INFINITY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-", "1.2.3", "e5", "1e", "abc", "1,5", "1 5"})
    void garbageIsRejected(String s) {
        assertThatThrownBy(() -> parse(s)).isInstanceOf(NumberFormatException.class);
    }
}
