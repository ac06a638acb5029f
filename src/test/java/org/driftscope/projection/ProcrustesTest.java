package org.driftscope.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProcrustesTest {
    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void alignRecoversALayoutThatWasRotatedScaledShiftedAndMaybeMirrored(boolean mirrored) {
        Random random = new Random(7);
        int n = 40;
        double[] target = new double[2 * n];
        for (int k = 0; k < target.length; k++) {
            target[k] = random.nextGaussian() * 5;
        }
        double angle = 2.1;
        double scale = 0.37;
        double[] moved = new double[2 * n];
        for (int i = 0; i < n; i++) {
            double x = target[2 * i];
            double y = mirrored ? -target[2 * i + 1] : target[2 * i + 1];
            moved[2 * i] = scale * (Math.cos(angle) * x - Math.sin(angle) * y) + 11;
            moved[2 * i + 1] = scale * (Math.sin(angle) * x + Math.cos(angle) * y) - 4;
        }

        Layout aligned = Procrustes.align(new Layout(moved), new Layout(target));

        for (int k = 0; k < 2 * n; k++) {
            assertThat(aligned.xy()[k]).isCloseTo(target[k], within(1e-9));
        }
    }
}
