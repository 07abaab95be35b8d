package org.parley.server.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;

/**
 * The workspace database: a HikariCP pool, the schema brought up to date by Flyway (the same migrations for
 * H2 and PostgreSQL, in {@code db/migration}), and JDBI over the pool.
 */
public final class Database implements AutoCloseable {

    private final HikariDataSource pool;
    private final Jdbi jdbi;
    private final Dialect dialect;

    /** Which database the URL names. */
    public enum Dialect {
        H2,
        POSTGRESQL;

        static Dialect of(String jdbcUrl) {
            String lower = jdbcUrl.toLowerCase(Locale.ROOT);
            if (lower.startsWith("jdbc:h2:")) {
                return H2;
            }
            if (lower.startsWith("jdbc:postgresql:")) {
                return POSTGRESQL;
            }
            throw new IllegalArgumentException("only jdbc:h2: and jdbc:postgresql: URLs are supported");
        }
    }

    private Database(HikariDataSource pool, Dialect dialect) {
        this.pool = pool;
        this.dialect = dialect;
        this.jdbi = Jdbi.create(pool);
    }

    /** The URL of the embedded H2 file database kept in a data directory. */
    public static String h2Url(Path dataDir) {
        return "jdbc:h2:file:"
                + dataDir.toAbsolutePath()
                        .normalize()
                        .resolve("parley")
                        .toString()
                        .replace('\\', '/') + ";DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000";
    }

    /**
     * Opens a pool on {@code jdbcUrl} and migrates the schema.
     *
     * @param jdbcUrl a {@code jdbc:h2:} or {@code jdbc:postgresql:} URL (user and password may be in it)
     * @param schema the schema to use and migrate, or empty for the connection's default
     * @param maxConnections the pool size
     */
    public static Database open(String jdbcUrl, String schema, int maxConnections) {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Dialect dialect = Dialect.of(jdbcUrl);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setMaximumPoolSize(maxConnections);
        config.setMinimumIdle(Math.min(2, maxConnections));
        config.setPoolName("parley");
        config.setAutoCommit(true);
        if (!schema.isEmpty()) {
            config.setSchema(schema);
        }
        HikariDataSource pool = new HikariDataSource(config);
        try {
            var flyway = Flyway.configure().dataSource(pool).locations("classpath:db/migration");
            if (!schema.isEmpty()) {
                flyway = flyway.schemas(schema).defaultSchema(schema).createSchemas(true);
            }
            flyway.load().migrate();
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
        return new Database(pool, dialect);
    }

    /** JDBI over the pool. */
    public Jdbi jdbi() {
        return jdbi;
    }

    /** Which database this is. */
    public Dialect dialect() {
        return dialect;
    }

    @Override
    public void close() {
        pool.close();
    }
}
