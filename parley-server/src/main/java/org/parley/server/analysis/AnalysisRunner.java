package org.parley.server.analysis;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.parley.model.scenario.Scenario;
import org.parley.server.api.Json;
import org.parley.server.api.Outcome;
import org.parley.server.api.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Runs analyses on a small pool of threads, never on a request thread. A job is identified by what it
 * computes (kind, scenario, revision, normalised parameters): revisions never change, so asking again for
 * the same analysis returns the same job — finished, running or queued — instead of computing twice. The
 * queue is bounded; when it is full a request gets 503 and may retry. The most recent jobs are kept.
 */
public final class AnalysisRunner implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AnalysisRunner.class);
    private static final int QUEUE = 32;
    private static final int KEPT_JOBS = 256;

    private final ThreadPoolExecutor executor;
    private final Map<String, AnalysisJob> byId = new LinkedHashMap<>();
    private final Map<String, AnalysisJob> byKey = new LinkedHashMap<>();

    public AnalysisRunner(int threads) {
        AtomicInteger n = new AtomicInteger();
        this.executor =
                new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(QUEUE), r -> {
                    Thread t = new Thread(r, "parley-analysis-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
    }

    /** The job with this id. */
    public synchronized Optional<AnalysisJob> job(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Starts (or finds) the analysis of a revision. */
    public Outcome<AnalysisJob> submit(
            Analysis analysis, String scenarioId, int revision, Scenario scenario, ObjectNode parameters) {
        String key = analysis.kind() + "|" + scenarioId + "|" + revision + "|" + Json.write(parameters);
        AnalysisJob job;
        synchronized (this) {
            AnalysisJob existing = byKey.get(key);
            if (existing != null && existing.status().state() != AnalysisJob.State.FAILED) {
                return Outcome.ok(existing);
            }
            job = new AnalysisJob(
                    UUID.randomUUID().toString(), analysis.kind(), scenarioId, revision, parameters, Instant.now());
            try {
                executor.execute(() -> run(job, analysis, scenario));
            } catch (RejectedExecutionException e) {
                return Outcome.failed(Problem.of(503, "BUSY", "Too many analyses are waiting; try again in a moment."));
            }
            byId.put(job.id(), job);
            byKey.put(key, job);
            trim();
        }
        return Outcome.ok(job);
    }

    private static void run(AnalysisJob job, Analysis analysis, Scenario scenario) {
        job.running();
        try {
            ObjectNode result = analysis.run(scenario, job.parameters(), job::progress);
            job.done(Json.write(result));
        } catch (IllegalArgumentException e) {
            job.failed(Problem.of(
                    400,
                    "ANALYSIS_NOT_POSSIBLE",
                    "The " + job.kind() + " analysis is not possible: " + e.getMessage()));
        } catch (RuntimeException e) {
            LOG.error("Analysis {} of {}@{} failed", job.kind(), job.scenario(), job.revision(), e);
            job.failed(Problem.of(
                    500,
                    "ANALYSIS_FAILED",
                    "The " + job.kind() + " analysis failed unexpectedly; the failure is logged."));
        }
    }

    private void trim() {
        var it = byId.entrySet().iterator();
        while (byId.size() > KEPT_JOBS && it.hasNext()) {
            AnalysisJob oldest = it.next().getValue();
            AnalysisJob.State state = oldest.status().state();
            if (state == AnalysisJob.State.DONE || state == AnalysisJob.State.FAILED) {
                it.remove();
                byKey.values().remove(oldest);
            }
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
