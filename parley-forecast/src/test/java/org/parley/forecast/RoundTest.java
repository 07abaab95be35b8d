package org.parley.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** A round's positions behave as an unmodifiable {@code List<Double>}, whichever way the round was built. */
class RoundTest {

    @Property(tries = 200)
    void positions_equal_and_hash_as_the_boxed_list(@ForAll double[] positions) {
        List<Double> boxed = Arrays.stream(positions).boxed().toList();
        Round fromArray = Round.of(3, positions, 1.5);
        Round fromList = new Round(3, new ArrayList<>(boxed), 1.5);
        assertThat(fromArray.positions()).isEqualTo(List.copyOf(boxed)).hasSameHashCodeAs(List.copyOf(boxed));
        assertThat(fromArray).isEqualTo(fromList).hasSameHashCodeAs(fromList);
        assertThat(new Round(3, List.copyOf(boxed), 1.5)).isEqualTo(fromArray);
    }

    @Test
    void positions_are_a_copy_and_cannot_be_changed() {
        double[] x = {1, 2, 3};
        List<Double> source = new ArrayList<>(List.of(1.0, 2.0, 3.0));
        Round a = Round.of(1, x, 2);
        Round b = new Round(1, source, 2);
        x[0] = 99;
        source.set(0, 99.0);
        assertThat(a.positions()).containsExactly(1.0, 2.0, 3.0);
        assertThat(b.positions()).containsExactly(1.0, 2.0, 3.0);
        assertThatThrownBy(() -> a.positions().add(4.0)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> a.positions().set(0, 4.0)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> b.positions().remove(0)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> a.positions().get(3)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void a_missing_position_is_refused_as_by_list_copy_of() {
        List<Double> withNull = new ArrayList<>(Arrays.asList(1.0, null));
        assertThatThrownBy(() -> new Round(0, withNull, 0)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void signed_zeros_and_nan_compare_as_boxed_doubles_do() {
        Round zero = Round.of(0, new double[] {0.0, Double.NaN}, 0);
        assertThat(zero.positions()).isEqualTo(List.of(0.0, Double.NaN));
        assertThat(zero.positions()).isNotEqualTo(List.of(-0.0, Double.NaN));
    }
}
