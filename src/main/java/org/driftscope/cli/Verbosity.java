package org.driftscope.cli;

import picocli.CommandLine.Option;

/** The --verbose option every command accepts; {@link Main} reads it from the parse to show stack traces. */
final class Verbosity {
    @Option(names = "--verbose", description = "print stack traces of errors")
    boolean verbose;
}
