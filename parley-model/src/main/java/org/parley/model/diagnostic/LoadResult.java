package org.parley.model.diagnostic;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The outcome of reading user input: the value with any warnings, or the errors (and warnings) that
 * prevented building it. Never null, never an exception for a user's mistake.
 *
 * @param <T> the value read
 */
public sealed interface LoadResult<T> {

    /** All diagnostics, sorted by location. */
    List<Diagnostic> diagnostics();

    /** The input was read; {@code warnings} may be non-empty. */
    record Loaded<T>(T value, List<Diagnostic> warnings) implements LoadResult<T> {
        public Loaded {
            Objects.requireNonNull(value, "value");
            warnings = warnings.stream().sorted().toList();
        }

        @Override
        public List<Diagnostic> diagnostics() {
            return warnings;
        }
    }

    /** The input was rejected: {@code diagnostics} holds at least one error. */
    record Rejected<T>(List<Diagnostic> diagnostics) implements LoadResult<T> {
        public Rejected {
            diagnostics = diagnostics.stream().sorted().toList();
            if (diagnostics.stream().noneMatch(Diagnostic::isError)) {
                throw new IllegalArgumentException("a rejection needs at least one error");
            }
        }
    }

    /** Loaded if {@code diagnostics} holds no error, else rejected. */
    static <T> LoadResult<T> of(T value, List<Diagnostic> diagnostics) {
        if (diagnostics.stream().anyMatch(Diagnostic::isError)) {
            return new Rejected<>(diagnostics);
        }
        return new Loaded<>(value, diagnostics);
    }

    /** Whether the input was read. */
    default boolean isLoaded() {
        return this instanceof Loaded;
    }

    /** Only the errors. */
    default List<Diagnostic> errors() {
        return diagnostics().stream().filter(Diagnostic::isError).toList();
    }

    /** The value; throws {@link IllegalStateException} listing the errors if the input was rejected. */
    default T orElseThrow() {
        if (this instanceof Loaded<T> loaded) {
            return loaded.value();
        }
        throw new IllegalStateException("input rejected:\n"
                + String.join(
                        "\n", diagnostics().stream().map(Diagnostic::toString).toList()));
    }

    /** Applies {@code f} to a loaded value; passes a rejection on. */
    default <R> LoadResult<R> map(Function<T, R> f) {
        if (this instanceof Loaded<T> loaded) {
            return new Loaded<>(f.apply(loaded.value()), loaded.warnings());
        }
        return new Rejected<>(diagnostics());
    }
}
