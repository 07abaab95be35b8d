package org.parley.evidence.proposal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.parley.model.diagnostic.Diagnostic;
import org.parley.model.diagnostic.DiagnosticCode;
import org.parley.model.diagnostic.LoadResult;
import org.parley.model.diagnostic.SourceLocation;
import org.parley.model.io.ScenarioLoader;
import org.parley.model.io.ScenarioWriter;
import org.parley.model.scenario.Citation;
import org.parley.model.scenario.Fact;
import org.parley.model.scenario.Position;
import org.parley.model.scenario.Provenance;
import org.parley.model.scenario.Scenario;
import org.parley.model.scenario.Source;

/**
 * Applies the accepted changes of a {@link Proposal} to a scenario and writes the result as a NEW YAML file
 * (never over an existing file), then reloads that file with {@link ScenarioLoader}, citations checked against
 * the sources directory, so that the result is exactly what a later {@code parley validate} would see. A change
 * that makes the scenario invalid (e.g. a new value inside the actor's own red line) shows up as the loader's
 * located errors.
 */
public final class ProposalApplier {

    private ProposalApplier() {}

    /** The scenario with the accepted changes ({@code accepted} empty means all). */
    public static Scenario applied(Scenario s, Proposal p, Set<String> accepted) {
        List<Source> sources = new ArrayList<>(s.sources());
        sources.addAll(p.newSources());
        List<Position> positions = new ArrayList<>(s.positions());
        List<Fact> facts = new ArrayList<>(s.facts());
        for (ProposedChange c : p.changes()) {
            if (!accepted.isEmpty() && !accepted.contains(c.id())) {
                continue;
            }
            if (c instanceof ProposedChange.NewCitation n) {
                replace(positions, n.actor(), n.issue(), old -> with(old, old.value(), n.citation(), old.asOf()));
            } else if (c instanceof ProposedChange.ChangedValue v) {
                var date = v.claims().get(v.claims().size() - 1).date().orElseThrow();
                replace(
                        positions,
                        v.actor(),
                        v.issue(),
                        old -> with(old, v.to(), v.citation(), date.isAfter(old.asOf()) ? date : old.asOf()));
            } else if (c instanceof ProposedChange.NewFact f) {
                facts.add(f.fact());
            }
        }
        return new Scenario(
                s.formatVersion(),
                s.id(),
                s.title(),
                s.description(),
                s.asOf(),
                sources,
                s.actors(),
                s.issues(),
                s.statusQuo(),
                positions,
                facts,
                s.alternatives());
    }

    /** Applies, writes {@code out} (which must not exist) and reloads it. */
    public static LoadResult<Scenario> apply(Scenario s, Proposal p, Set<String> accepted, Path out, Path sourcesDir) {
        Scenario result;
        try {
            result = applied(s, p, accepted);
        } catch (IllegalArgumentException e) {
            return reject(out, DiagnosticCode.INCONSISTENT, "a valid scenario after the changes", e.getMessage());
        }
        try {
            Files.writeString(
                    out, ScenarioWriter.toYaml(result), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        } catch (java.nio.file.FileAlreadyExistsException e) {
            return reject(
                    out,
                    DiagnosticCode.UNREADABLE,
                    "a new file (existing files are never overwritten)",
                    "an existing file");
        } catch (IOException e) {
            return reject(
                    out,
                    DiagnosticCode.UNREADABLE,
                    "a writable path",
                    e.getClass().getSimpleName());
        }
        return new ScenarioLoader().load(out, Optional.of(sourcesDir));
    }

    private static <T> LoadResult<T> reject(Path out, DiagnosticCode code, String expected, String found) {
        return new LoadResult.Rejected<>(
                List.of(Diagnostic.error(code, SourceLocation.ofFile(out.toString()), "", expected, found)));
    }

    private interface Change {
        Position apply(Position old);
    }

    private static void replace(List<Position> positions, String actor, String issue, Change change) {
        for (int i = 0; i < positions.size(); i++) {
            Position old = positions.get(i);
            if (old.actor().equals(actor) && old.issue().equals(issue)) {
                positions.set(i, change.apply(old));
            }
        }
    }

    private static Position with(
            Position old, org.parley.model.scenario.IssueValue value, Citation c, java.time.LocalDate asOf) {
        List<Citation> evidence = new ArrayList<>(old.provenance().evidence());
        evidence.add(c);
        Provenance provenance = new Provenance(
                evidence, old.provenance().assumedReason(), old.provenance().assumptions());
        return new Position(
                old.actor(),
                old.issue(),
                value,
                old.salience(),
                old.acceptable(),
                old.redLine(),
                old.flexibility(),
                asOf,
                old.confidence(),
                provenance);
    }
}
