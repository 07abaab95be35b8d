package org.parley.model.diagnostic;

/**
 * The identity of a problem. Messages are rendered from the code and the diagnostic's fields; tools and
 * tests match on the code, never on the wording.
 */
public enum DiagnosticCode {
    /** The file could not be read at all (missing, a directory, unreadable). */
    UNREADABLE,
    /** The file is larger than the loader's limit. */
    TOO_LARGE,
    /** The bytes are not valid UTF-8. */
    NOT_UTF8,
    /** The text is not well-formed YAML or JSON. */
    SYNTAX,
    /** Nesting deeper than the loader's limit. */
    TOO_DEEP,
    /** YAML aliases would expand to more nodes than the loader's limit (an "alias bomb"). */
    TOO_MANY_ALIASES,
    /** An alias refers to an anchor that is not defined before it. */
    UNKNOWN_ANCHOR,
    /** A mapping repeats a key. */
    DUPLICATE_KEY,
    /** A key the format does not define. */
    UNKNOWN_KEY,
    /** A required key is absent. */
    MISSING_KEY,
    /** A value of the wrong type (e.g. text where a number is expected). */
    WRONG_TYPE,
    /** NaN or an infinite number. */
    NOT_FINITE,
    /** A number outside its allowed range. */
    OUT_OF_RANGE,
    /** A value that is not one of the allowed ones, or not in the expected form (ids, dates, hashes). */
    INVALID_VALUE,
    /** Two elements of the same kind share an id. */
    DUPLICATE_ID,
    /** A reference to an actor, issue, source or fact id that does not exist. */
    UNRESOLVED_REFERENCE,
    /** A value that does not fit its issue's scale. */
    NOT_ON_SCALE,
    /** A position or fact with neither evidence nor an assumption with a reason. */
    MISSING_EVIDENCE,
    /** Fields that contradict one another (e.g. a preferred value inside the actor's own red line). */
    INCONSISTENT,
    /** A scenario format version this Parley does not read. */
    UNSUPPORTED_VERSION,
    /** A file name that would leave the sources directory, or is otherwise unsafe. */
    UNSAFE_PATH,
    /** A source text named by the scenario is not in the sources directory. */
    SOURCE_NOT_FOUND,
    /** A source text's SHA-256 differs from the one the scenario records. */
    HASH_MISMATCH,
    /** A citation span reaches beyond the end of its source text. */
    SPAN_OUT_OF_RANGE,
    /** The same actor holds two positions on one issue. */
    DUPLICATE_POSITION
}
