package org.parley.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code parley} command. Exit codes: {@value #OK} success, {@value #INVALID_INPUT} invalid input (the
 * file is reported with located errors), {@value #USAGE} usage error (unknown option, missing argument).
 */
@Command(
        name = "parley",
        mixinStandardHelpOptions = true,
        versionProvider = ParleyCommand.Version.class,
        description = "Analyse multi-party negotiations: scenarios with sourced evidence, deal space, forecasts.",
        subcommands = {
            ValidateCommand.class,
            ShowCommand.class,
            CiteCommand.class,
            AnalyzeCommand.class,
            DealspaceCommand.class,
            ExtractCommand.class,
            ProposeCommand.class,
            TimelineCommand.class,
            ForecastCommand.class,
            BacktestCommand.class,
            ServeCommand.class,
            BenchCommand.class,
            CommandLine.HelpCommand.class
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:invalid input (errors are listed as file:line:column)", "2:usage error"})
public final class ParleyCommand implements Runnable {

    /** Success. */
    public static final int OK = 0;
    /** The input was invalid; the errors were printed. */
    public static final int INVALID_INPUT = 1;
    /** The command line was wrong. */
    public static final int USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }

    /** Runs the command line and returns the exit code. */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new ParleyCommand());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("parley: internal error: " + e);
            if (System.getenv("PARLEY_DEBUG") != null) {
                e.printStackTrace(commandLine.getErr());
            }
            return INVALID_INPUT;
        });
        return cli.execute(args);
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, java.nio.charset.StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, java.nio.charset.StandardCharsets.UTF_8);
        System.exit(execute(out, err, args));
    }

    /** Reads the version from the build. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties p = new Properties();
            try (InputStream in = ParleyCommand.class.getResourceAsStream("version.properties")) {
                if (in != null) {
                    p.load(in);
                }
            }
            return new String[] {
                "parley " + p.getProperty("version", "unknown") + " (scenario format 1, Java "
                        + System.getProperty("java.version") + ")"
            };
        }
    }
}
