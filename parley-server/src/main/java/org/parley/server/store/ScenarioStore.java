package org.parley.server.store;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;
import org.parley.model.io.SourceLibrary;

/**
 * Scenarios and their revisions in the database. Revisions are immutable once written; each write is one
 * transaction. Edits use optimistic locking: the head advances only with a conditional update that names the
 * base revision, so of two edits made on the same head exactly one is committed and the other is told it is
 * {@link WriteResult.Stale} — nothing is overwritten.
 */
public final class ScenarioStore {

    private static final String SCENARIO_COLUMNS = "slug, title, head_revision, created_at, updated_at";
    private static final String REVISION_COLUMNS =
            "s.slug, r.revision_number, r.base_revision, r.author, r.message, r.created_at, r.content_sha256";

    private final Supplier<Database> database;
    private final Clock clock;

    public ScenarioStore(Database database, Clock clock) {
        this(() -> database, clock);
    }

    /**
     * A store over a database that may still be opening (the server opens it while it starts listening);
     * the first use waits for it.
     */
    public ScenarioStore(Supplier<Database> database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    private org.jdbi.v3.core.Jdbi jdbi() {
        return database.get().jdbi();
    }

    /** Every scenario, by id. */
    public List<ScenarioEntry> list() {
        return jdbi().withHandle(h -> h.createQuery("SELECT " + SCENARIO_COLUMNS + " FROM scenario ORDER BY slug")
                .map((rs, ctx) -> scenario(rs))
                .list());
    }

    /** The scenario with this id. */
    public Optional<ScenarioEntry> find(String slug) {
        return jdbi().withHandle(h -> h.createQuery("SELECT " + SCENARIO_COLUMNS + " FROM scenario WHERE slug = :slug")
                .bind("slug", slug)
                .map((rs, ctx) -> scenario(rs))
                .findOne());
    }

    /** The revisions of a scenario, newest first. */
    public List<RevisionEntry> revisions(String slug) {
        return jdbi().withHandle(h -> h.createQuery("SELECT " + REVISION_COLUMNS
                        + " FROM revision r JOIN scenario s ON s.id = r.scenario_id"
                        + " WHERE s.slug = :slug ORDER BY r.revision_number DESC")
                .bind("slug", slug)
                .map((rs, ctx) -> revision(rs))
                .list());
    }

    /** One revision with its content. */
    public Optional<StoredRevision> revision(String slug, int number) {
        return jdbi().withHandle(h -> h.createQuery("SELECT " + REVISION_COLUMNS + ", r.content_json"
                        + " FROM revision r JOIN scenario s ON s.id = r.scenario_id"
                        + " WHERE s.slug = :slug AND r.revision_number = :number")
                .bind("slug", slug)
                .bind("number", number)
                .map((rs, ctx) -> new StoredRevision(revision(rs), rs.getString("content_json")))
                .findOne());
    }

    /** Creates a scenario with its first revision, unless one with that id exists. */
    public WriteResult create(String slug, NewRevision first) {
        OffsetDateTime now = now();
        try {
            return jdbi().inTransaction(TransactionIsolationLevel.READ_COMMITTED, h -> {
                Optional<Integer> existing = head(h, slug);
                if (existing.isPresent()) {
                    return new WriteResult.AlreadyExists(slug, existing.get());
                }
                long id = h.createUpdate("INSERT INTO scenario (slug, title, head_revision, created_at, updated_at)"
                                + " VALUES (:slug, :title, 1, :now, :now)")
                        .bind("slug", slug)
                        .bind("title", first.title())
                        .bind("now", now)
                        .executeAndReturnGeneratedKeys("id")
                        .mapTo(Long.class)
                        .one();
                return new WriteResult.Committed(insertRevision(h, id, slug, 1, 0, first, now));
            });
        } catch (JdbiException e) {
            if (isConflict(e)) {
                return new WriteResult.AlreadyExists(
                        slug, find(slug).map(ScenarioEntry::headRevision).orElse(0));
            }
            throw e;
        }
    }

    /**
     * Appends a revision made on {@code baseRevision}. Committed only if {@code baseRevision} is still the
     * head; otherwise {@link WriteResult.Stale} with the current head and nothing written.
     */
    public WriteResult append(String slug, int baseRevision, NewRevision next) {
        OffsetDateTime now = now();
        try {
            return jdbi().inTransaction(TransactionIsolationLevel.READ_COMMITTED, h -> {
                Optional<Long> id = h.createQuery("SELECT id FROM scenario WHERE slug = :slug")
                        .bind("slug", slug)
                        .mapTo(Long.class)
                        .findOne();
                if (id.isEmpty()) {
                    return new WriteResult.NoSuchScenario(slug);
                }
                int advanced = h.createUpdate("UPDATE scenario SET head_revision = :next, title = :title,"
                                + " updated_at = :now WHERE id = :id AND head_revision = :base")
                        .bind("next", baseRevision + 1)
                        .bind("title", next.title())
                        .bind("now", now)
                        .bind("id", id.get())
                        .bind("base", baseRevision)
                        .execute();
                if (advanced != 1) {
                    h.rollback();
                    return new WriteResult.Stale(baseRevision, head(h, slug).orElse(0));
                }
                return new WriteResult.Committed(
                        insertRevision(h, id.get(), slug, baseRevision + 1, baseRevision, next, now));
            });
        } catch (JdbiException e) {
            if (isConflict(e)) {
                return new WriteResult.Stale(
                        baseRevision,
                        find(slug).map(ScenarioEntry::headRevision).orElse(0));
            }
            throw e;
        }
    }

    private static RevisionEntry insertRevision(
            Handle h, long scenarioId, String slug, int number, int base, NewRevision r, OffsetDateTime now) {
        String sha = SourceLibrary.sha256(r.contentJson().getBytes(StandardCharsets.UTF_8));
        h.createUpdate("INSERT INTO revision (scenario_id, revision_number, base_revision, author, message,"
                        + " created_at, content_json, content_sha256)"
                        + " VALUES (:id, :number, :base, :author, :message, :now, :content, :sha)")
                .bind("id", scenarioId)
                .bind("number", number)
                .bind("base", base)
                .bind("author", r.author())
                .bind("message", r.message())
                .bind("now", now)
                .bind("content", r.contentJson())
                .bind("sha", sha)
                .execute();
        return new RevisionEntry(slug, number, base, r.author(), r.message(), now, sha);
    }

    private static Optional<Integer> head(Handle h, String slug) {
        return h.createQuery("SELECT head_revision FROM scenario WHERE slug = :slug")
                .bind("slug", slug)
                .mapTo(Integer.class)
                .findOne();
    }

    /**
     * Whether a failed write lost a race: a unique-key violation (SQLSTATE 23505, both databases), a
     * serialisation failure (40001) or H2's concurrent-update and lock-timeout errors (HYT00, 90131).
     */
    private static boolean isConflict(JdbiException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                if ("23505".equals(state)
                        || "40001".equals(state)
                        || "HYT00".equals(state)
                        || sql.getErrorCode() == 90131) {
                    return true;
                }
            }
        }
        return false;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
    }

    private static ScenarioEntry scenario(java.sql.ResultSet rs) throws SQLException {
        return new ScenarioEntry(
                rs.getString("slug"),
                rs.getString("title"),
                rs.getInt("head_revision"),
                utc(rs.getObject("created_at", OffsetDateTime.class)),
                utc(rs.getObject("updated_at", OffsetDateTime.class)));
    }

    private static RevisionEntry revision(java.sql.ResultSet rs) throws SQLException {
        return new RevisionEntry(
                rs.getString("slug"),
                rs.getInt("revision_number"),
                rs.getInt("base_revision"),
                rs.getString("author"),
                rs.getString("message"),
                utc(rs.getObject("created_at", OffsetDateTime.class)),
                rs.getString("content_sha256"));
    }

    private static OffsetDateTime utc(OffsetDateTime t) {
        return t.withOffsetSameInstant(ZoneOffset.UTC);
    }
}
