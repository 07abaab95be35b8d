package org.parley.dealspace.genius;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of an import: the value with any warnings, or the errors that prevented it.
 *
 * @param <T> the imported type
 */
public sealed interface ImportResult<T> {

    /** Imported, possibly with warnings. */
    record Loaded<T>(T value, List<ImportDiagnostic> warnings) implements ImportResult<T> {
        public Loaded {
            Objects.requireNonNull(value, "value");
            warnings = List.copyOf(warnings);
        }
    }

    /** Not imported; at least one error. */
    record Rejected<T>(List<ImportDiagnostic> errors) implements ImportResult<T> {
        public Rejected {
            errors = List.copyOf(errors);
            if (errors.isEmpty()) {
                throw new IllegalArgumentException("a rejection needs at least one error");
            }
        }
    }

    /** Loaded if no diagnostic is an error. */
    static <T> ImportResult<T> of(java.util.function.Supplier<T> value, List<ImportDiagnostic> diagnostics) {
        List<ImportDiagnostic> errors =
                diagnostics.stream().filter(ImportDiagnostic::error).toList();
        return errors.isEmpty() ? new Loaded<>(value.get(), diagnostics) : new Rejected<>(errors);
    }

    /** The value, or an {@link IllegalArgumentException} listing the errors (for callers at an edge). */
    default T orElseThrow() {
        if (this instanceof Loaded<T> l) {
            return l.value();
        }
        throw new IllegalArgumentException(String.join(
                "\n",
                ((Rejected<T>) this).errors().stream().map(Object::toString).toList()));
    }
}
