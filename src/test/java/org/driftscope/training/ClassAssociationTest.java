package org.driftscope.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ClassAssociationTest {
    @Test
    void aWordLeansToTheClassThatUsesItAndAnEvenWordBarely() {
        int[][] counts = {{0, 40}, {20, 20}, {0, 0}};

        ClassAssociation a = ClassAssociation.of(counts, new long[] {1000, 1000}, 500);

        assertThat(a.leaning()).containsExactly(1, 0, -1);
        assertThat(a.strength()[0]).isGreaterThan(3);
        assertThat(a.strength()[1]).isCloseTo(0, within(0.01));
        assertThat(a.strength()[2]).isZero();
    }
}
