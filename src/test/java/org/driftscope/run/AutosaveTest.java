package org.driftscope.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.driftscope.corpus.SampleCatalog;
import org.driftscope.session.EpochView;
import org.driftscope.session.Session;
import org.driftscope.session.SessionFiles;
import org.driftscope.training.RunConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AutosaveTest {
    @TempDir
    Path dir;

    @Test
    void writingKeepsTheNewestAutosavesAndReadsBack() throws Exception {
        for (int i = 0; i < Autosave.KEEP + 3; i++) {
            Path old = Files.writeString(dir.resolve("old-" + i + ".driftscope"), "x");
            Files.setLastModifiedTime(old, FileTime.fromMillis(1_000_000L * (i + 1)));
        }
        Files.writeString(dir.resolve("notes.txt"), "not an autosave");
        var view =
                LiveRun.preview(Workspace.open(SampleCatalog.find("sentiment").orElseThrow()), RunConfig.defaults());
        Autosave save = Autosave.begin(dir, "my run/1", LocalDateTime.of(2026, 11, 21, 9, 30, 0));

        save.write(new Session(view.run(), List.of(view)));

        assertThat(save.file().getFileName().toString()).isEqualTo("my-run-1-20261121-093000.driftscope");
        assertThat(SessionFiles.read(save.file()).epochs()).hasSize(1);
        try (Stream<Path> files = Files.list(dir)) {
            List<String> names =
                    files.map(p -> p.getFileName().toString()).sorted().toList();
            assertThat(names.stream().filter(n -> n.endsWith(".driftscope"))).hasSize(Autosave.KEEP);
            assertThat(names).contains("notes.txt", save.file().getFileName().toString(), "old-12.driftscope");
            assertThat(names).doesNotContain("old-0.driftscope");
        }
    }

    @Test
    void aLateWriteOfAnEarlierEpochDoesNotReplaceALaterOne() throws Exception {
        Workspace sample = Workspace.open(SampleCatalog.find("sentiment").orElseThrow());
        List<EpochView> views = Runs.complete(sample, RunConfig.defaults().withEpochs(1));
        Autosave save = Autosave.begin(dir, "run", LocalDateTime.of(2026, 11, 21, 9, 30, 0));

        save.write(new Session(views.get(0).run(), List.copyOf(views)));
        save.write(new Session(views.get(0).run(), views.subList(0, 1)));

        assertThat(SessionFiles.read(save.file()).epochs())
                .extracting(EpochView::epoch)
                .containsExactly(0, 1);
    }
}
