package org.parley.server.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.zip.GZIPOutputStream;

/**
 * Rendered JSON of views computed from one immutable revision (the overview of revision 3 never changes),
 * kept as UTF-8 and gzip bytes so that readers of a busy page share one computation and one compression.
 * Bounded, least recently used first out.
 */
public final class ViewCache {

    /** A view as sent: plain UTF-8 JSON and its gzip encoding. */
    public record Rendered(byte[] json, byte[] gzip) {
        static Rendered of(String json) {
            byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
            ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 4 + 64);
            try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
                gz.write(bytes);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new Rendered(bytes, out.toByteArray());
        }
    }

    private final Map<String, Rendered> map;

    public ViewCache(int capacity) {
        this.map = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Rendered> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The cached view, or computes and caches it (a failure is not cached). */
    public Rendered get(String view, String scenario, int revision, Supplier<String> compute) {
        String key = view + "|" + scenario + "|" + revision;
        synchronized (this) {
            Rendered hit = map.get(key);
            if (hit != null) {
                return hit;
            }
        }
        Rendered value = Rendered.of(compute.get());
        synchronized (this) {
            map.put(key, value);
        }
        return value;
    }
}
