package org.driftscope.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine;

/**
 * Runs a {@code train} command again in a Java whose heap is planned from its inputs ({@link HeapPlan},
 * decision 0026), when the launcher asks for it with {@code -Ddriftscope.heap=auto}. A JVM's heap limit is
 * fixed when it starts, before anyone knows the table; G1 grows the heap up to that limit whenever
 * collections take a fifth of the time, and a run that allocates fast while keeping little alive commits
 * gigabytes it never needs. Any problem on the way (arguments, files, a missing {@code java}) leaves the
 * command to run here as it is, where it reports its own errors; a heap the user chose is kept.
 */
final class Relaunch {
    static final String PROPERTY = "driftscope.heap";
    static final String PLAN = "driftscope.heap.plan";

    private Relaunch() {}

    /** The exit code of the command run again with a planned heap, or empty: run it in this JVM. */
    static OptionalInt ifPlanned(String[] args) {
        if (!"auto".equals(System.getProperty(PROPERTY)) || !Arrays.asList(args).contains("train")) {
            // only a train run is planned; parsing the command line here as well would cost every
            // other command a tenth of a second of picocli's start (docs/decisions/0025)
            return OptionalInt.empty();
        }
        List<String> jvm = ManagementFactory.getRuntimeMXBean().getInputArguments();
        Path java = Path.of(System.getProperty("java.home"), "bin", isWindows() ? "java.exe" : "java");
        if (jvm.stream().anyMatch(Relaunch::setsHeap) || !Files.isExecutable(java)) {
            return OptionalInt.empty();
        }
        Optional<HeapPlan> plan = plan(args, Runtime.getRuntime().maxMemory());
        if (plan.isEmpty()) {
            return OptionalInt.empty();
        }
        List<String> command = command(java, jvm, plan.get(), System.getProperty("java.class.path"), args);
        System.gc(); // what reading the dataset took, given back while the run goes on in the other JVM
        try {
            Process child = new ProcessBuilder(command).inheritIO().start();
            Thread stop = new Thread(() -> {
                child.destroy();
                try {
                    child.waitFor(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            Runtime.getRuntime().addShutdownHook(stop);
            int code = child.waitFor();
            Runtime.getRuntime().removeShutdownHook(stop);
            return OptionalInt.of(code);
        } catch (IOException e) {
            return OptionalInt.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OptionalInt.of(Main.FAILED);
        }
    }

    /** The plan for a command line, if it is a {@code train} run whose inputs can be sized. */
    static Optional<HeapPlan> plan(String[] args, long ceiling) {
        CommandLine.ParseResult parsed;
        try {
            parsed = new CommandLine(new Main()).parseArgs(args);
        } catch (CommandLine.ParameterException e) {
            return Optional.empty();
        }
        CommandLine.ParseResult sub = parsed.subcommand();
        if (sub == null
                || sub.isUsageHelpRequested()
                || sub.isVersionHelpRequested()
                || !(sub.commandSpec().userObject() instanceof TrainCommand train)) {
            return Optional.empty();
        }
        try {
            return Optional.of(train.heapPlan(ceiling));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** This JVM's options with the planned heap instead of the launcher's share of the machine. */
    static List<String> command(Path java, List<String> jvm, HeapPlan plan, String classPath, String[] args) {
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        for (String option : jvm) {
            // the machine's shares give way to the plan: the initial heap too, as decision 0026 measured it
            if (!option.startsWith("-XX:MaxRAMPercentage")
                    && !option.startsWith("-XX:InitialRAMPercentage")
                    && !option.startsWith("-D" + PROPERTY)) {
                command.add(option);
            }
        }
        command.add(plan.option());
        command.add("-D" + PROPERTY + "=planned");
        command.add("-D" + PLAN + "=" + plan.describe());
        command.add("-cp");
        command.add(classPath);
        command.add(Main.class.getName());
        command.addAll(List.of(args));
        return command;
    }

    /** Whether a JVM option sets the heap's limit: then the user chose it, and it stays. */
    static boolean setsHeap(String option) {
        return option.startsWith("-Xmx") || option.startsWith("-XX:MaxHeapSize") || option.startsWith("-XX:MaxRAM=");
    }

    private static boolean isWindows() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
    }
}
