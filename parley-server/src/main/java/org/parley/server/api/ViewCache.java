package org.parley.server.api;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Rendered JSON of views computed from one immutable revision (the overview of revision 3 never changes),
 * so that readers of a busy page share one computation. Bounded, least recently used first out.
 */
public final class ViewCache {

    private final Map<String, String> map;

    public ViewCache(int capacity) {
        this.map = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The cached view, or computes and caches it (a failure is not cached). */
    public String get(String view, String scenario, int revision, Supplier<String> compute) {
        String key = view + "|" + scenario + "|" + revision;
        synchronized (this) {
            String hit = map.get(key);
            if (hit != null) {
                return hit;
            }
        }
        String value = compute.get();
        synchronized (this) {
            map.put(key, value);
        }
        return value;
    }
}
