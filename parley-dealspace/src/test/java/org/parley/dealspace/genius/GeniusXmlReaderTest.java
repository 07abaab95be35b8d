package org.parley.dealspace.genius;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.parley.dealspace.ProgressListener;
import org.parley.dealspace.bargaining.BargainingProblem;
import org.parley.dealspace.bargaining.BargainingSolver;
import org.parley.dealspace.bargaining.SolutionConcept;
import org.parley.dealspace.outcome.Discretisation;
import org.parley.dealspace.outcome.Outcome;
import org.parley.dealspace.pareto.ParetoFrontier;
import org.parley.dealspace.pareto.ParetoFrontiers;
import org.parley.dealspace.utility.DealSpace;

/**
 * The holiday example (src/test/resources/genius/holiday, written for Parley): destination (beach, city,
 * mountains) × nights (integer 3–5). Alice: .6·{1, .5, 0} + .4·(n − 3)/2, reservation .3, discount .9. Bob:
 * .5·{0, 1, .5} + .5·(5 − n)/2, reservation .2. Frontier (Alice, Bob): beach-5 (1, 0), beach-4 (.8, .25),
 * city-5 (.7, .5), city-4 (.5, .75), city-3 (.3, 1). Gains over (.3, .2) of the rational ones: (.5, .05),
 * (.4, .3), (.2, .55), (0, .8).
 */
class GeniusXmlReaderTest {
    private static final Path DIR = Path.of("src/test/resources/genius/holiday");
    private static final GeniusXmlReader READER = new GeniusXmlReader(Discretisation.defaults());

    static DealSpace holiday() {
        GeniusDomain domain =
                READER.readDomain(DIR.resolve("holiday-domain.xml")).orElseThrow();
        GeniusProfile alice =
                READER.readProfile(DIR.resolve("holiday-alice.xml"), domain).orElseThrow();
        GeniusProfile bob =
                READER.readProfile(DIR.resolve("holiday-bob.xml"), domain).orElseThrow();
        return domain.dealSpace(List.of(alice, bob));
    }

    @Test
    void reads_the_worked_example_with_genius_normalisation() {
        DealSpace deal = holiday();
        assertThat(deal.space().size()).hasToString("9");
        assertThat(deal.parties().get(0).utility().utility(new int[] {1, 2})).isCloseTo(0.7, Offset.offset(1e-9));
        assertThat(deal.parties().get(1).utility().utility(new int[] {2, 0})).isCloseTo(0.75, Offset.offset(1e-9));
        assertThat(deal.parties()).extracting(p -> p.reservation()).containsExactly(0.3, 0.2);
        GeniusDomain domain =
                READER.readDomain(DIR.resolve("holiday-domain.xml")).orElseThrow();
        assertThat(READER.readProfile(DIR.resolve("holiday-alice.xml"), domain)
                        .orElseThrow()
                        .discountFactor())
                .isEqualTo(0.9);
    }

    @Test
    void frontier_and_solutions_match_the_hand_computation() {
        DealSpace deal = holiday();
        ParetoFrontier f = ParetoFrontiers.compute(deal.space(), deal.utilities(), ProgressListener.NONE);
        assertThat(f.points())
                .extracting(p -> p.example())
                .containsExactly(
                        Outcome.of(0, 2), Outcome.of(0, 1), Outcome.of(1, 2), Outcome.of(1, 1), Outcome.of(1, 0));
        BargainingProblem problem = BargainingProblem.of(deal, f);
        assertThat(solve(problem, SolutionConcept.NASH)).isEqualTo(Outcome.of(1, 2));
        assertThat(solve(problem, SolutionConcept.KALAI_SMORODINSKY)).isEqualTo(Outcome.of(1, 1));
        assertThat(solve(problem, SolutionConcept.UTILITARIAN)).isEqualTo(Outcome.of(1, 0));
        assertThat(solve(problem, SolutionConcept.EGALITARIAN)).isEqualTo(Outcome.of(1, 2));
    }

    private static Outcome solve(BargainingProblem p, SolutionConcept c) {
        return BargainingSolver.solve(p, c).orElseThrow().point().example();
    }

    @Test
    void export_and_reimport_keep_every_utility() {
        DealSpace deal = holiday();
        byte[] domainXml = GeniusXmlWriter.domain(deal.space()).getBytes(StandardCharsets.UTF_8);
        GeniusDomain again = READER.readDomain("again.xml", domainXml).orElseThrow();
        for (var party : deal.parties()) {
            byte[] xml = GeniusXmlWriter.profile(party.utility(), party.reservation(), 1.0)
                    .getBytes(StandardCharsets.UTF_8);
            GeniusProfile back = READER.readProfile("p.xml", xml, again).orElseThrow();
            assertThat(back.reservation()).isEqualTo(party.reservation());
            for (int d = 0; d < 3; d++) {
                for (int n = 0; n < 3; n++) {
                    int[] x = {d, n};
                    assertThat(back.utility().units(x))
                            .isEqualTo(party.utility().units(x));
                }
            }
        }
    }

    @Test
    void malformed_xml_is_reported_with_line_and_column() {
        var result = READER.readDomain("bad.xml", "<a>\n  <issue name=\"x\">\n</a>".getBytes(StandardCharsets.UTF_8));
        assertThat(result).isInstanceOf(ImportResult.Rejected.class);
        ImportDiagnostic d =
                ((ImportResult.Rejected<GeniusDomain>) result).errors().get(0);
        assertThat(d.code()).isEqualTo(ImportDiagnostic.Code.MALFORMED);
        assertThat(d.toString()).startsWith("bad.xml:3:");
    }

    @Test
    void external_entities_are_refused() {
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<a>&x;</a>";
        var result = READER.readDomain("xxe.xml", xxe.getBytes(StandardCharsets.UTF_8));
        assertThat(result).isInstanceOf(ImportResult.Rejected.class);
        assertThat(((ImportResult.Rejected<GeniusDomain>) result)
                        .errors()
                        .get(0)
                        .message())
                .doesNotContain("root:");
    }

    @Test
    void a_profile_without_a_weight_names_the_issue_and_its_position() {
        GeniusDomain domain =
                READER.readDomain(DIR.resolve("holiday-domain.xml")).orElseThrow();
        String xml = "<utility_space>\n<objective>\n<issue index=\"1\" name=\"destination\" type=\"discrete\">\n"
                + "<item value=\"beach\" evaluation=\"1\"/><item value=\"city\" evaluation=\"1\"/><item value=\"mountains\" evaluation=\"1\"/>\n"
                + "</issue>\n<issue index=\"2\" name=\"nights\" type=\"integer\" lowerbound=\"3\" upperbound=\"5\">"
                + "<evaluator ftype=\"linear\" utilityLowestValue=\"0\" utilityHighestValue=\"1\"/></issue>\n"
                + "<weight index=\"2\" value=\"1\"/>\n</objective>\n</utility_space>";
        var result = READER.readProfile("nw.xml", xml.getBytes(StandardCharsets.UTF_8), domain);
        assertThat(((ImportResult.Rejected<GeniusProfile>) result).errors())
                .extracting(Object::toString)
                .containsExactly("nw.xml:3:53: error MISSING no <weight> for issue 'destination'");
    }

    @Test
    void real_issues_are_discretised_and_read_with_linear_evaluators() {
        String domainXml = "<negotiation_template><utility_space><objective>"
                + "<issue index=\"1\" name=\"price\" type=\"real\"><range lowerbound=\"0\" upperbound=\"10\"/></issue>"
                + "</objective></utility_space></negotiation_template>";
        GeniusDomain domain = READER.readDomain("r.xml", domainXml.getBytes(StandardCharsets.UTF_8))
                .orElseThrow();
        assertThat(domain.space().issue(0).size()).isEqualTo(11);
        String profile = "<utility_space><objective><issue index=\"1\" name=\"price\" type=\"real\">"
                + "<range lowerbound=\"0\" upperbound=\"10\"/><evaluator ftype=\"linear\" parameter0=\"1\" parameter1=\"-0.1\"/></issue>"
                + "<weight index=\"1\" value=\"1\"/></objective><reservation value=\"0.25\"/></utility_space>";
        GeniusProfile p = READER.readProfile("rp.xml", profile.getBytes(StandardCharsets.UTF_8), domain)
                .orElseThrow();
        assertThat(p.utility().utility(new int[] {3})).isCloseTo(0.7, Offset.offset(1e-9));
        assertThat(p.reservation()).isEqualTo(0.25);
    }
}
