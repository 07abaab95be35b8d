package org.parley.server.api;

/**
 * Carries a {@link Problem} from a handler to the one exception handler that renders it. Thrown only at the
 * edge, by {@link Outcome#orThrow()} and request parsing; never with a stack trace for the user.
 */
public final class ProblemException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.code() + ": " + problem.detail(), null, false, false);
        this.problem = problem;
    }

    /** The problem. */
    public Problem problem() {
        return problem;
    }
}
