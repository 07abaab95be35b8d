package org.parley.server.analysis;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.parley.server.api.Problem;
import tools.jackson.databind.node.ObjectNode;

/**
 * An analysis of one revision, queued, running or finished. The state changes only forwards
 * (queued → running → done or failed) and is read without locks by the progress endpoint.
 */
public final class AnalysisJob {

    /** Where a job is. */
    public enum State {
        QUEUED,
        RUNNING,
        DONE,
        FAILED
    }

    /** A consistent view of the job's state. */
    public record Status(State state, double progress, Optional<String> resultJson, Optional<Problem> problem) {}

    private final String id;
    private final String kind;
    private final String scenario;
    private final int revision;
    private final ObjectNode parameters;
    private final Instant created;
    private final AtomicReference<Status> status =
            new AtomicReference<>(new Status(State.QUEUED, 0, Optional.empty(), Optional.empty()));

    AnalysisJob(String id, String kind, String scenario, int revision, ObjectNode parameters, Instant created) {
        this.id = Objects.requireNonNull(id, "id");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.scenario = Objects.requireNonNull(scenario, "scenario");
        this.revision = revision;
        this.parameters = parameters.deepCopy();
        this.created = created;
    }

    public String id() {
        return id;
    }

    public String kind() {
        return kind;
    }

    public String scenario() {
        return scenario;
    }

    public int revision() {
        return revision;
    }

    public ObjectNode parameters() {
        return parameters.deepCopy();
    }

    public Instant created() {
        return created;
    }

    public Status status() {
        return status.get();
    }

    void running() {
        status.set(new Status(State.RUNNING, 0, Optional.empty(), Optional.empty()));
    }

    void progress(double fraction) {
        double f = Math.max(0, Math.min(1, fraction));
        status.updateAndGet(s -> s.state() == State.RUNNING && f > s.progress()
                ? new Status(State.RUNNING, f, Optional.empty(), Optional.empty())
                : s);
    }

    void done(String resultJson) {
        status.set(new Status(State.DONE, 1, Optional.of(resultJson), Optional.empty()));
    }

    void failed(Problem problem) {
        status.set(new Status(State.FAILED, status.get().progress(), Optional.empty(), Optional.of(problem)));
    }
}
