package org.driftscope.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokenizerTest {
    @Test
    void followsKimsCleanStrOnCliticsAndPunctuation() {
        assertThat(Tokenizer.kim().tokenize("It's a GREAT film, isn't it?! (Really.)"))
                .containsExactly(
                        "it", "'s", "a", "great", "film", ",", "is", "n't", "it", "?", "!", "(", "really", ")");
    }

    @Test
    void keepsCaseWhenAsked() {
        assertThat(new Tokenizer(false).tokenize("The Alps")).containsExactly("The", "Alps");
    }

    @Test
    void blankTextHasNoTokens() {
        assertThat(Tokenizer.kim().tokenize("  ... ")).isEmpty();
    }
}
