package org.parley.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.parley.dealspace.ProgressListener;
import org.parley.dealspace.genius.GeniusDomain;
import org.parley.dealspace.genius.GeniusProfile;
import org.parley.dealspace.genius.GeniusXmlReader;
import org.parley.dealspace.genius.ImportResult;
import org.parley.dealspace.outcome.Discretisation;
import org.parley.dealspace.report.DealspaceAnalysis;
import org.parley.dealspace.report.DealspaceAnalyzer;
import org.parley.dealspace.report.DealspaceReport;
import org.parley.dealspace.report.FrontierCsvWriter;
import org.parley.dealspace.utility.DealSpace;
import org.parley.dealspace.utility.ScenarioDealSpace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code parley dealspace FILE}: Pareto frontier, bargaining solutions, ZOPA and minimal-concession deal of a
 * scenario (YAML/JSON) or of a GENIUS domain ({@code .xml}) with {@code --profiles}.
 */
@Command(
        name = "dealspace",
        mixinStandardHelpOptions = true,
        description = "Analyse the deal space: frontier, bargaining solutions, ZOPA, minimal-concession deal.")
final class DealspaceCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "Scenario file (YAML or JSON) or GENIUS domain (.xml).")
    Path file;

    @Option(
            names = "--profiles",
            arity = "2..*",
            paramLabel = "PROFILE",
            description = "GENIUS profiles (.xml) for a GENIUS domain, two or more.")
    List<Path> profiles = new ArrayList<>();

    @Option(
            names = "--step",
            paramLabel = "POINTS",
            description = "Step for continuous issues on the 0–100 scale (default: ${DEFAULT-VALUE}).",
            defaultValue = "10")
    double step;

    @Option(
            names = "--format",
            paramLabel = "text|json|csv",
            description = "Output format (default: ${DEFAULT-VALUE}).",
            defaultValue = "text")
    String format;

    @Option(names = "--frontier", paramLabel = "CSV", description = "Also write the frontier to this CSV file.")
    Path frontierCsv;

    @Option(
            names = "--pair",
            split = ",",
            paramLabel = "A,B",
            description = "With more than two parties and too many outcomes for their joint frontier: the two "
                    + "parties whose exact frontier is shown (default: the two with the largest capability × "
                    + "positions held).")
    List<String> pair = new ArrayList<>();

    @Mixin
    ScenarioInput input;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (!List.of("text", "json", "csv").contains(format)) {
            throw new picocli.CommandLine.ParameterException(
                    spec.commandLine(), "--format must be text, json or csv, not '" + format + "'");
        }
        if (!(step > 0 && step <= 100)) {
            throw new picocli.CommandLine.ParameterException(
                    spec.commandLine(), "--step must be in (0, 100], not " + step);
        }
        boolean genius =
                file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xml");
        if (genius != !profiles.isEmpty()) {
            throw new picocli.CommandLine.ParameterException(
                    spec.commandLine(),
                    genius
                            ? "a GENIUS domain needs --profiles with two or more profiles"
                            : "--profiles goes with a GENIUS domain (.xml)");
        }
        PrintWriter err = spec.commandLine().getErr();
        Discretisation discretisation = new Discretisation(step, Map.of());
        DealSpace deal;
        if (genius) {
            var loaded = loadGenius(discretisation, err);
            if (loaded == null) {
                return ParleyCommand.INVALID_INPUT;
            }
            deal = loaded;
        } else {
            var scenario = input.load(file, err);
            if (scenario.isEmpty()) {
                return ParleyCommand.INVALID_INPUT;
            }
            try {
                deal = ScenarioDealSpace.from(scenario.get(), discretisation);
            } catch (IllegalArgumentException e) {
                err.println(file + ": error INFEASIBLE " + e.getMessage());
                err.flush();
                return ParleyCommand.INVALID_INPUT;
            }
        }
        var pairError = DealspaceAnalyzer.pairError(deal, pair);
        if (pairError.isPresent()) {
            err.println(file + ": error UNKNOWN_PARTY --pair: " + pairError.get());
            err.flush();
            return ParleyCommand.INVALID_INPUT;
        }
        DealspaceAnalysis analysis;
        try (Progress progress = new Progress()) {
            analysis = DealspaceAnalyzer.defaults().analyse(deal, pair, progress);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(
                format.equals("json")
                        ? DealspaceReport.json(analysis)
                        : format.equals("csv") ? DealspaceReport.csv(analysis) : DealspaceReport.text(analysis));
        out.flush();
        if (frontierCsv != null) {
            try (Writer w = Files.newBufferedWriter(frontierCsv, StandardCharsets.UTF_8)) {
                FrontierCsvWriter.write(deal, analysis.frontierPartyIds(), analysis.frontier(), w);
            } catch (IOException e) {
                err.println(frontierCsv + ": error UNWRITABLE " + e.getMessage());
                err.flush();
                return ParleyCommand.INVALID_INPUT;
            }
        }
        return ParleyCommand.OK;
    }

    private DealSpace loadGenius(Discretisation discretisation, PrintWriter err) {
        GeniusXmlReader reader = new GeniusXmlReader(discretisation);
        ImportResult<GeniusDomain> domain = reader.readDomain(file);
        if (!print(domain, err)) {
            return null;
        }
        GeniusDomain d = ((ImportResult.Loaded<GeniusDomain>) domain).value();
        List<GeniusProfile> loaded = new ArrayList<>();
        boolean ok = true;
        for (Path p : profiles) {
            ImportResult<GeniusProfile> r = reader.readProfile(p, d);
            if (print(r, err)) {
                loaded.add(((ImportResult.Loaded<GeniusProfile>) r).value());
            } else {
                ok = false;
            }
        }
        return ok ? d.dealSpace(loaded) : null;
    }

    /** Prints diagnostics; true when the import succeeded. */
    private static boolean print(ImportResult<?> result, PrintWriter err) {
        var diagnostics = result instanceof ImportResult.Loaded<?> l
                ? l.warnings()
                : ((ImportResult.Rejected<?>) result).errors();
        diagnostics.forEach(err::println);
        err.flush();
        return result instanceof ImportResult.Loaded<?>;
    }

    /** A progress bar on the console for long enumerations (shown only for more than 10⁶ work units). */
    private static final class Progress implements ProgressListener, AutoCloseable {
        private ProgressBar bar;

        @Override
        public void progress(long done, long total) {
            if (bar == null && total > 1_000_000) {
                bar = new ProgressBarBuilder()
                        .setTaskName("frontier")
                        .setInitialMax(total)
                        .setConsumer(new ConsoleProgressBarConsumer(System.err))
                        .build();
            }
            if (bar != null) {
                bar.stepTo(done);
            }
        }

        @Override
        public void close() {
            if (bar != null) {
                bar.close();
            }
        }
    }
}
