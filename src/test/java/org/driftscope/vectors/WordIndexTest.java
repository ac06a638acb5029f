package org.driftscope.vectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A probe loop that never ends (a table with no empty slot left) fails by the timeout. */
@Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class WordIndexTest {
    /** Words whose String hashes are equal ("Aa" and "BB" hash alike, so do their concatenations). */
    private static List<String> collidingWords(int pairs) {
        List<String> out = new ArrayList<>();
        for (int bits = 0; bits < 1 << pairs; bits++) {
            StringBuilder b = new StringBuilder();
            for (int k = 0; k < pairs; k++) {
                b.append((bits >> k & 1) == 0 ? "Aa" : "BB");
            }
            out.add(b.toString());
        }
        return out;
    }

    @Test
    void rowFindsEveryWordAtItsRowWhenHashesCollideAndTheIndexGrows() {
        List<String> words = collidingWords(6); // 64 words, one String hash
        words.addAll(List.of("alps", "himalaya", "", "größe"));
        WordIndex index = new WordIndex(2);
        for (String w : words) {
            index.add(w);
        }
        for (int i = 0; i < words.size(); i++) {
            assertThat(index.row(words.get(i))).as(words.get(i)).isEqualTo(i);
        }
        assertThat(index.row("AaAaAaAaAaAB")).isEqualTo(-1);
        assertThat(index.row("andes")).isEqualTo(-1);
        assertThat(index.words()).containsExactlyElementsOf(words);
    }

    @Test
    void removeLastAfterTheIndexGrewLeavesEveryEarlierWordFindable() {
        // one probe run of 64 words with one hash, built through several growths, then taken apart
        List<String> words = collidingWords(6);
        WordIndex index = new WordIndex(2);
        words.forEach(index::add);
        for (int last = words.size() - 1; last >= 0; last--) {
            index.removeLast();
            assertThat(index.row(words.get(last))).isEqualTo(-1);
            for (int i = 0; i < last; i++) {
                assertThat(index.row(words.get(i))).as(words.get(i)).isEqualTo(i);
            }
        }
        assertThat(index.size()).isZero();
        assertThat(index.add("alps")).isZero();
    }

    @Test
    void removeLastLeavesEveryOtherWordFindableAsAHashMapWould() {
        // random adds and removals against a HashMap, with many words in shared probe runs
        Random random = new Random(7);
        List<String> pool = collidingWords(5);
        for (int i = 0; i < 200; i++) {
            pool.add("w" + random.nextInt(1_000));
        }
        WordIndex index = new WordIndex(4);
        Map<String, Integer> expected = new HashMap<>();
        List<String> order = new ArrayList<>();
        for (int step = 0; step < 5_000; step++) {
            if (!order.isEmpty() && random.nextInt(3) == 0) {
                expected.remove(order.remove(order.size() - 1));
                index.removeLast();
            } else {
                String w = pool.get(random.nextInt(pool.size()));
                if (!expected.containsKey(w)) {
                    expected.put(w, order.size());
                    order.add(w);
                    assertThat(index.add(w)).isEqualTo(order.size() - 1);
                }
            }
            assertThat(index.size()).isEqualTo(order.size());
        }
        for (String w : pool) {
            assertThat(index.row(w)).as(w).isEqualTo(expected.getOrDefault(w, -1));
        }
    }

    @Test
    void ofRefusesADuplicateWord() {
        assertThatThrownBy(() -> WordIndex.of(List.of("good", "bad", "good")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("good");
    }
}
