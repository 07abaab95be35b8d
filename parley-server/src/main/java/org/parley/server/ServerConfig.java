package org.parley.server;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * How to run the workspace server.
 *
 * @param host the address to listen on (loopback by default)
 * @param port the port (0 picks a free one)
 * @param jdbcUrl the database; empty for the embedded H2 file database in {@code dataDir}
 * @param dataDir where the H2 database and the token file live
 * @param sourcesDir the source texts that citations are checked and quoted against, if any
 * @param token the write token; empty to use the one stored in {@code dataDir} (created on first start)
 * @param maxBodyBytes the largest request body accepted (uploads included)
 * @param analysisThreads threads that run analyses, off the request threads
 */
public record ServerConfig(
        String host,
        int port,
        Optional<String> jdbcUrl,
        Path dataDir,
        Optional<Path> sourcesDir,
        Optional<String> token,
        long maxBodyBytes,
        int analysisThreads) {

    /** Default request body limit: 16 MiB. */
    public static final long DEFAULT_MAX_BODY = 16L << 20;

    public ServerConfig {
        Objects.requireNonNull(host, "host");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be in 0..65535");
        }
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(sourcesDir, "sourcesDir");
        Objects.requireNonNull(token, "token");
        if (maxBodyBytes < 1024) {
            throw new IllegalArgumentException("maxBodyBytes must be at least 1 KiB");
        }
        if (analysisThreads < 1) {
            throw new IllegalArgumentException("analysisThreads must be >= 1");
        }
    }

    /** Loopback, the given port and data directory, H2, no sources, stored token, default limits. */
    public static ServerConfig defaults(int port, Path dataDir) {
        return new ServerConfig(
                "127.0.0.1", port, Optional.empty(), dataDir, Optional.empty(), Optional.empty(), DEFAULT_MAX_BODY, 1);
    }

    public ServerConfig withJdbcUrl(String url) {
        return new ServerConfig(
                host, port, Optional.of(url), dataDir, sourcesDir, token, maxBodyBytes, analysisThreads);
    }

    public ServerConfig withSources(Path dir) {
        return new ServerConfig(host, port, jdbcUrl, dataDir, Optional.of(dir), token, maxBodyBytes, analysisThreads);
    }

    public ServerConfig withToken(String t) {
        return new ServerConfig(
                host, port, jdbcUrl, dataDir, sourcesDir, Optional.of(t), maxBodyBytes, analysisThreads);
    }

    public ServerConfig withMaxBodyBytes(long bytes) {
        return new ServerConfig(host, port, jdbcUrl, dataDir, sourcesDir, token, bytes, analysisThreads);
    }
}
