package org.parley.server.api;

import java.util.Objects;
import java.util.function.Function;

/**
 * A value or the {@link Problem} that prevented it. Services return outcomes; handlers call {@link #orThrow()}
 * once, at the edge.
 *
 * @param <T> the value
 */
public sealed interface Outcome<T> {

    /** Success. */
    record Ok<T>(T value) implements Outcome<T> {
        public Ok {
            Objects.requireNonNull(value, "value");
        }
    }

    /** Failure. */
    record Failed<T>(Problem problem) implements Outcome<T> {
        public Failed {
            Objects.requireNonNull(problem, "problem");
        }
    }

    static <T> Outcome<T> ok(T value) {
        return new Ok<>(value);
    }

    static <T> Outcome<T> failed(Problem problem) {
        return new Failed<>(problem);
    }

    /** Applies {@code f} to a value; passes a failure on. */
    default <R> Outcome<R> map(Function<T, R> f) {
        if (this instanceof Ok<T> ok) {
            return new Ok<>(f.apply(ok.value()));
        }
        return new Failed<>(((Failed<T>) this).problem());
    }

    /** Chains a step that may fail. */
    default <R> Outcome<R> flatMap(Function<T, Outcome<R>> f) {
        if (this instanceof Ok<T> ok) {
            return f.apply(ok.value());
        }
        return new Failed<>(((Failed<T>) this).problem());
    }

    /** The value, or a {@link ProblemException} carrying the problem. */
    default T orThrow() {
        if (this instanceof Ok<T> ok) {
            return ok.value();
        }
        throw new ProblemException(((Failed<T>) this).problem());
    }
}
