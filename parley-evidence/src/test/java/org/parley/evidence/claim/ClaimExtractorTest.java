package org.parley.evidence.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.parley.evidence.Fixtures;
import org.parley.evidence.nlp.TextAnalyzer;
import org.parley.model.scenario.CitationKind;

/** Sentences written for these tests (not taken from any report), on the reference scenario's actors and issues. */
class ClaimExtractorTest {

    private static final ClaimExtractor EXTRACTOR = new ClaimExtractor(Fixtures.scenario(), TextAnalyzer.english());

    private static List<Claim> extract(String text) {
        return EXTRACTOR.extract(Fixtures.article(text));
    }

    @Test
    void anonymousSourcesWithCountAndAnInsistingActor() {
        List<Claim> claims = extract("The Kremlin will insist that Kyiv abandon its NATO bid, two officials said.");
        assertThat(claims).hasSize(1);
        Claim c = claims.get(0);
        assertThat(c.actor()).contains("russia");
        assertThat(c.act()).isEqualTo(Act.DEMAND);
        assertThat(c.issue()).contains("alliance_status");
        assertThat(c.modality()).isEqualTo(Modality.INSISTS);
        assertThat(c.polarity()).isEqualTo(Polarity.NEGATIVE);
        assertThat(c.attribution().kind()).isEqualTo(CitationKind.ANONYMOUS);
        assertThat(c.attribution().count()).isEqualTo(OptionalInt.of(2));
        assertThat(c.attribution().outlet()).isEqualTo("Test Wire");
    }

    @Test
    void negatedToleranceIsARefusal() {
        Claim c =
                extract("Moscow will not tolerate NATO troops in the country.").get(0);
        assertThat(c.act()).isEqualTo(Act.REFUSAL);
        assertThat(c.issue()).contains("foreign_troops");
        assertThat(c.polarity()).isEqualTo(Polarity.NEGATIVE);
        assertThat(c.modality()).isEqualTo(Modality.WILL);
    }

    @Test
    void eachClauseHasItsOwnActorAndNumbers() {
        List<Claim> claims = extract(
                "Russia wanted an army of 60,000 soldiers and 200 tanks, while Ukraine wanted 300,000 soldiers.");
        assertThat(claims)
                .extracting(c -> c.actor().orElse("?") + " " + c.issue().orElse("?") + " "
                        + c.value().orElseThrow())
                .containsExactly(
                        "russia troop_cap 60000 soldiers",
                        "russia tank_cap 200 tanks",
                        "ukraine troop_cap 300000 soldiers");
    }

    @Test
    void aRepresentativeSpeakingForTheActorIsDirectAndPronounsResolveInTheParagraph() {
        List<Claim> claims = extract("Peskov spoke on Monday. He said Moscow is ready to discuss security guarantees.");
        Claim c = claims.get(0);
        assertThat(c.actor()).contains("russia");
        assertThat(c.act()).isEqualTo(Act.OFFER);
        assertThat(c.modality()).isEqualTo(Modality.OPEN_TO);
        assertThat(c.attribution().kind()).isEqualTo(CitationKind.DIRECT);
        assertThat(c.attribution().speaker()).contains("Dmitry Peskov");
    }

    @Test
    void aNamedExpertIsAnAnalystAndFactsCarryTheirNumber() {
        Claim c = extract("Russia controls about 19% of Ukraine's territory, said political analyst Ivan Petrov.")
                .get(0);
        assertThat(c.act()).isEqualTo(Act.FACT);
        assertThat(c.issue()).contains("territory_share");
        assertThat(c.value().orElseThrow().toString()).isEqualTo("≈ 19 percent");
        assertThat(c.attribution().kind()).isEqualTo(CitationKind.ANALYST);
        assertThat(c.attribution().speaker()).contains("Ivan Petrov");
    }

    @Test
    void theSpanIsTheSentenceInCodePointsAndTheEventDateIsRead() {
        String text = "\uD835\uDC00 Intro line.\nOn January 5, Kyiv demanded security guarantees.";
        Claim c = extract(text).get(0);
        assertThat(c.start()).isEqualTo(text.codePointCount(0, text.indexOf("On January")));
        assertThat(c.eventDate()).contains(java.time.LocalDate.of(2025, 1, 5));
        assertThat(c.actor()).contains("ukraine");
    }

    @Test
    void sentencesWithoutIssueOrNumberGiveNothing() {
        assertThat(extract("The weather in Moscow was cold and people stayed home."))
                .isEmpty();
    }
}
