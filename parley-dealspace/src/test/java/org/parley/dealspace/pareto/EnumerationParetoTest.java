package org.parley.dealspace.pareto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.parley.dealspace.ProgressListener;
import org.parley.dealspace.TestSpaces;
import org.parley.dealspace.outcome.OutcomeSpace;
import org.parley.dealspace.utility.DealSpace;

class EnumerationParetoTest implements ParetoAlgorithmContract {
    @Override
    public ParetoAlgorithm algorithm() {
        return new EnumerationPareto(2, 1_000_000_000L);
    }

    @Test
    void output_does_not_depend_on_the_number_of_threads() {
        Random rnd = new Random(3);
        OutcomeSpace space = TestSpaces.space(8, 8, 8, 8, 9, 9); // 331,776 outcomes: two chunks
        DealSpace ds = TestSpaces.random(rnd, 3, space, true);
        ParetoFrontier one = new EnumerationPareto(1, 1_000_000).compute(space, ds.utilities(), ProgressListener.NONE);
        ParetoFrontier two = new EnumerationPareto(2, 1_000_000).compute(space, ds.utilities(), ProgressListener.NONE);
        assertThat(two).isEqualTo(one);
        assertThat(one.outcomeCount()).isPositive();
    }

    @Test
    void refuses_spaces_above_its_limit_with_a_reason() {
        OutcomeSpace space = TestSpaces.space(10, 10, 10);
        DealSpace ds = TestSpaces.random(new Random(1), 3, space, false);
        assertThatThrownBy(() -> new EnumerationPareto(1, 999).compute(space, ds.utilities(), ProgressListener.NONE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1000 outcomes");
    }
}
