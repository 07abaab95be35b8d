package org.parley.dealspace;

/**
 * Receives progress of a long computation (outcome enumeration, frontier merges). Called from the thread
 * that started the computation, at most a few times per second, so it may draw a progress bar directly.
 */
@FunctionalInterface
public interface ProgressListener {

    /** A listener that ignores progress. */
    ProgressListener NONE = (done, total) -> {};

    /**
     * Reports that {@code done} of {@code total} work units are finished.
     *
     * @param done work finished so far, between 0 and {@code total}
     * @param total all work; constant during one computation
     */
    void progress(long done, long total);
}
