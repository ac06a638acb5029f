package org.driftscope.cli;

import java.util.concurrent.Callable;
import org.driftscope.corpus.Sample;
import org.driftscope.corpus.SampleCatalog;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Lists the bundled samples. */
@Command(
        name = "samples",
        mixinStandardHelpOptions = true,
        description = "List the bundled samples (use one with 'train --sample NAME').")
final class SamplesCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        var out = spec.commandLine().getOut();
        for (Sample s : SampleCatalog.load()) {
            out.printf("%-12s %s%n", s.name(), s.title());
            out.printf("%-12s watch: %s%n", "", s.watch());
        }
        return Main.OK;
    }
}
