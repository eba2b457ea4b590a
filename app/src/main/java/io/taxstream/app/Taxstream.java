package io.taxstream.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code taxstream} command. */
@Command(name = "taxstream", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Turns Indian tax documents into validated, structured data on Kafka.",
        subcommands = {
                DemoCommand.class, RunCommand.class, DashboardCommand.class, SubmitCommand.class, ResultsCommand.class,
                ExtractCommand.class, EvalCommand.class, BenchCommand.class, GenerateCommand.class,
                CommandLine.HelpCommand.class
        },
        footer = {"", "Configuration: defaults, then --config FILE, then TAXSTREAM_* environment variables, then --set key=value.",
                "Run 'taxstream help COMMAND' for a command's options."})
public final class Taxstream implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        Logging.install();
        CommandLine cli = new CommandLine(new Taxstream())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(new ErrorHandler());
        int code = cli.execute(args);
        cli.getOut().flush();
        cli.getErr().flush();
        System.exit(code);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
