package org.parley.model.io;

/**
 * Bounds that keep hostile input from exhausting the loader: file size, nesting depth, expanded YAML alias
 * nodes and total nodes. Exceeding one is reported as a located error, never as an exception.
 *
 * @param maxBytes largest file accepted
 * @param maxDepth deepest nesting of mappings and lists
 * @param maxAliasNodes most nodes that YAML aliases may add by expansion (guards against "billion laughs")
 * @param maxNodes most nodes in the whole document, aliases included
 * @param maxStringLength longest single string
 */
public record LoadLimits(long maxBytes, int maxDepth, long maxAliasNodes, long maxNodes, int maxStringLength) {

    /** Limits for scenario files: 256 MiB, depth 32, 10,000 alias nodes, 50 million nodes, 1 MiB strings. */
    public static final LoadLimits DEFAULT = new LoadLimits(256L << 20, 32, 10_000, 50_000_000, 1 << 20);

    public LoadLimits {
        if (maxBytes <= 0 || maxDepth <= 0 || maxAliasNodes < 0 || maxNodes <= 0 || maxStringLength <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /** The same limits with another byte limit. */
    public LoadLimits withMaxBytes(long bytes) {
        return new LoadLimits(bytes, maxDepth, maxAliasNodes, maxNodes, maxStringLength);
    }
}
