package io.taxstream.app;

import io.taxstream.processors.config.ConfigException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Prints what went wrong in one line a user can act on, instead of a stack trace. */
final class ErrorHandler implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parsed) {
        String message = e instanceof ConfigException ? "configuration: " + e.getMessage()
                : e.getMessage() != null ? e.getMessage() : e.toString();
        cmd.getErr().println("taxstream " + cmd.getCommandName() + ": " + message);
        if (Boolean.getBoolean("taxstream.debug")) {
            e.printStackTrace(cmd.getErr());
        } else {
            cmd.getErr().println("(run with -Dtaxstream.debug=true for details)");
        }
        return e instanceof UserError ? 2 : 1;
    }
}
