package io.taxstream.app;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** A command that takes the shared configuration options and prints its results to picocli's writer. */
abstract class PrintingCommand implements Callable<Integer> {

    @Mixin
    ConfigOptions configOptions;

    @Spec
    CommandSpec spec;

    /** Standard output as picocli holds it (tests replace it). */
    PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
