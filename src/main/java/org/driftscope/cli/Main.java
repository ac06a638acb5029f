package org.driftscope.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.driftscope.nd4j.Nd4jSetup;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The headless command line: the same engine as the app, for servers and scripts.
 *
 * <p>Exit codes: 0 success; 1 a run that failed (training diverged, an unexpected error); 2 bad
 * arguments or bad input, with a one-line message on standard error ({@code --verbose} adds the trace).
 */
@Command(
        name = "driftscope",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "See what fine-tuning does to word embeddings, without a display.",
        subcommands = {
            TrainCommand.class,
            ExportCommand.class,
            CompareCommand.class,
            InspectCommand.class,
            SamplesCommand.class,
            CommandLine.HelpCommand.class,
            AutoComplete.GenerateCompletion.class
        })
public final class Main implements Runnable {
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int BAD_INPUT = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        java.util.OptionalInt sized = Relaunch.ifPlanned(args);
        if (sized.isPresent()) {
            System.exit(sized.getAsInt());
        }
        Nd4jSetup.configure();
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs a command line; returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Main());
        // every command answers --version with the build's
        cli.getSubcommands().values().forEach(sub -> sub.getCommandSpec().versionProvider(new Version()));
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((e, a) -> {
            err.println("driftscope: " + e.getMessage().lines().findFirst().orElse("bad arguments")
                    + " (see 'driftscope " + e.getCommandLine().getCommandName() + " --help')");
            return BAD_INPUT;
        });
        cli.setExecutionExceptionHandler((e, command, parsed) -> {
            boolean verbose = verbose(parsed);
            int code = isBadInput(e) ? BAD_INPUT : FAILED;
            err.println("driftscope: " + message(e));
            if (verbose) {
                e.printStackTrace(err);
            }
            return code;
        });
        return cli.execute(args);
    }

    /** Whether the innermost command that ran was given --verbose (the {@link Verbosity} option). */
    private static boolean verbose(CommandLine.ParseResult parsed) {
        CommandLine.ParseResult innermost = parsed;
        while (innermost.subcommand() != null) {
            innermost = innermost.subcommand();
        }
        return innermost.hasMatchedOption("--verbose");
    }

    static boolean isBadInput(Throwable e) {
        return e instanceof IOException
                || e instanceof UncheckedIOException
                || e instanceof IllegalArgumentException
                || e instanceof IllegalStateException;
    }

    /** A temporary file's name as the writers make it: the target's name hidden, a random tag, ".part". */
    static String message(Throwable e) {
        if (e instanceof java.nio.file.FileSystemException f && f.getFile() != null) {
            // the JDK's message for these is the bare path; say what went wrong with it, and name the
            // file the user asked for rather than the temporary one it is written through
            String reason = f.getReason() != null ? f.getReason() : reason(f);
            return org.driftscope.io.AtomicFile.targetOf(java.nio.file.Path.of(f.getFile())) + ": " + reason;
        }
        String m = e.getMessage();
        return m == null || m.isBlank()
                ? e.getClass().getSimpleName()
                : m.lines().findFirst().orElse(m);
    }

    /** What went wrong, for the file-system errors whose JDK message is only the path. */
    private static String reason(java.nio.file.FileSystemException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof java.nio.file.FileAlreadyExistsException) {
            return "already exists, and is not a folder";
        }
        if (e instanceof java.nio.file.NotDirectoryException) {
            return "is not a folder";
        }
        if (e instanceof java.nio.file.DirectoryNotEmptyException) {
            return "is a folder that is not empty";
        }
        return e.getClass().getSimpleName();
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
