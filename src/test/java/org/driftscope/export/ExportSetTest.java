package org.driftscope.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.driftscope.vectors.VectorFormat;
import org.junit.jupiter.api.Test;

class ExportSetTest {
    private final Path folder = Path.of("out");

    @Test
    void theProjectorFormatListsItsMetadataFileAfterTheVectors() {
        var set = new ExportSet(folder, "run", false, true, false, true, VectorFormat.PROJECTOR_TSV, Colouring.TRUST);

        assertThat(set.targets())
                .containsExactly(
                        folder.resolve("run.svg"),
                        folder.resolve("run-drift.csv"),
                        folder.resolve("run-vectors.tsv"),
                        folder.resolve("run-metadata.tsv"));
    }

    @Test
    void anEmptyChoiceOrAPathAsNameIsRefused() {
        assertThatThrownBy(() -> new ExportSet(folder, "run", false, false, false, false, null, Colouring.CLASS))
                .hasMessageContaining("at least one");
        assertThatThrownBy(() -> ExportSet.everything(folder, "../run")).hasMessageContaining("plain name");
    }
}
