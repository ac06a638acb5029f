package org.driftscope.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The application image that {@code mvn package} builds, as a user runs it: the {@code driftscope}
 * launcher, no Maven and no display, with paths that hold spaces. Run by Failsafe after the image is
 * built ({@code mvn verify}); skipped, saying why, where no image was built ({@code -Dimage.skip=true}).
 */
class LauncherIT {
    @TempDir
    static Path dir;

    private static Path launcher;

    /** What a launcher printed and returned. */
    record Ran(int code, String out, String err) {}

    @BeforeAll
    static void findTheLauncher() {
        Path image = Path.of(System.getProperty("driftscope.image", "target/image"));
        String os = System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT);
        String cli = System.getProperty("driftscope.cli", "driftscope");
        Path found = os.contains("win")
                ? image.resolve("Driftscope/" + cli + ".exe")
                : os.contains("mac")
                        ? image.resolve("Driftscope.app/Contents/MacOS/" + cli)
                        : image.resolve("Driftscope/bin/" + cli);
        assumeTrue(Files.isExecutable(found), "no application image at " + found + " (built with -Dimage.skip=true?)");
        launcher = found;
    }

    static Ran run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(launcher.toString()));
        command.addAll(List.of(args));
        return run(new ProcessBuilder(command));
    }

    static Ran run(ProcessBuilder builder) throws IOException, InterruptedException {
        List<String> command = builder.command();
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        Process p =
                builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(10, TimeUnit.MINUTES)).as("finished: " + command).isTrue();
        return new Ran(
                p.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void versionIsTheBuildsVersion() throws Exception {
        Ran r = run("--version");

        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("driftscope " + System.getProperty("driftscope.version") + "\n");
    }

    @Test
    void aSampleTrainsIntoAFolderWithSpacesAndItsSessionIsInspected() throws Exception {
        assertThat(run("samples").out()).contains("mountains");
        Path out = dir.resolve("my runs/mountains one");

        Ran trained = run("train", "--sample", "mountains", "--epochs", "1", "--quiet", "--out", out.toString());

        assertThat(trained.code()).as(trained.err()).isZero();
        Path session = out.resolve("session.driftscope");
        assertThat(session).isRegularFile();
        Ran inspected = run("inspect", session.toString());
        assertThat(inspected.code()).as(inspected.err()).isZero();
        assertThat(inspected.out()).contains("session 'mountains'").contains("epochs 0-1");
    }

    @Test
    void aTrainRunGetsAHeapPlannedFromItsInputs() throws Exception {
        Ran trained = run(
                "train",
                "--sample",
                "sentiment",
                "--epochs",
                "1",
                "--out",
                dir.resolve("s").toString());

        assertThat(trained.code()).as(trained.err()).isZero();
        assertThat(trained.out()).containsPattern("note: Java heap limited to [0-9,]+ MB, planned for at most");
    }

    @Test
    void aMissingFileIsNamedWithExitCodeTwo() throws Exception {
        Path missing = dir.resolve("no such folder/vectors 300d.vec");

        Ran r = run("inspect", missing.toString());

        assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err()).contains("vectors 300d.vec");
    }

    @ParameterizedTest
    @ValueSource(strings = {"train", "export", "compare", "inspect", "samples", "generate-completion"})
    void everyCommandHasHelp(String command) throws Exception {
        Ran r = run(command, "--help");

        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("Usage: driftscope " + command);
    }

    @Test
    void theWindowLauncherWithoutADisplaySaysSoAndPointsToTheCommandLine() throws Exception {
        assumeTrue(
                System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT).contains("linux"),
                "only Linux runs without a display");
        ProcessBuilder window =
                new ProcessBuilder(launcher.resolveSibling("Driftscope").toString());
        window.environment().remove("DISPLAY");
        window.environment().remove("WAYLAND_DISPLAY");

        Ran r = run(window);

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("cannot open a window here").contains("driftscope --help");
        assertThat(r.err()).doesNotContain("\tat com.sun.glass");
    }

    @Test
    void theShellCompletionScriptCompletesTheCommands() throws Exception {
        Ran r = run("generate-completion");

        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("complete -F").contains("train").contains("inspect");
    }
}
