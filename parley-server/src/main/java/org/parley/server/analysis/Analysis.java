package org.parley.server.analysis;

import org.parley.model.scenario.Scenario;
import org.parley.server.api.Outcome;
import tools.jackson.databind.node.ObjectNode;

/** One kind of analysis the server runs on a revision, off the request thread. */
public interface Analysis {

    /** The name clients ask for, e.g. {@code dealspace}. */
    String kind();

    /**
     * Checks the parameters before anything runs; the outcome is the normalised parameters (the job's
     * cache key) or a 400 problem naming the parameter at fault.
     */
    Outcome<ObjectNode> parameters(Scenario scenario, ObjectNode given);

    /**
     * Runs the analysis. Called on an analysis thread.
     *
     * @param progress receives the fraction done, 0–1, as the analysis goes
     * @return the result as JSON
     */
    ObjectNode run(Scenario scenario, ObjectNode parameters, Progress progress);

    /** Where an analysis reports how far it is. */
    @FunctionalInterface
    interface Progress {
        /** The fraction done, 0–1. */
        void report(double fraction);
    }
}
