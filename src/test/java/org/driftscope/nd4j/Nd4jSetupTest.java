package org.driftscope.nd4j;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nd4j.linalg.cpu.nativecpu.DirectShapeInfoProvider;

/** In a fresh JVM, whichever Driftscope class reaches ND4J first sets it up (the tests' JVM is set up by the pom). */
@Tag("slow")
class Nd4jSetupTest {

    @ParameterizedTest
    @ValueSource(strings = {"org.driftscope.drift.Neighbours", "org.driftscope.training.Batches"})
    void theFirstDriftscopeClassToUseNd4jInstallsTheSharedShapes(String first) throws Exception {
        assertEquals(SharedShapeInfo.class.getName(), providerAfter(first, List.of()));
    }

    @Test
    void aProviderTheUserNamesIsKept() throws Exception {
        String theirs = DirectShapeInfoProvider.class.getName();
        assertEquals(
                theirs,
                providerAfter(
                        "org.driftscope.training.Batches",
                        List.of("-D" + Nd4jSetup.SHAPE_INFO_PROVIDER + "=" + theirs)));
    }

    private static String providerAfter(String firstClass, List<String> jvmOptions)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(FirstNd4jUse.class.getName());
        command.add(firstClass);
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        return out.lines()
                .filter(l -> l.startsWith("provider="))
                .findFirst()
                .map(l -> l.substring("provider=".length()))
                .orElseThrow(() -> new AssertionError("no provider line in:\n" + out));
    }
}
