package org.parley.server;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The most recently used values computed from immutable revisions (loaded scenarios, page views), keyed
 * by scenario, revision and what was computed. Bounded; least recently used entries go first.
 *
 * @param <V> the cached value
 */
final class RevisionCache<V> {

    private final Map<String, V> map;

    RevisionCache(int capacity) {
        this.map = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized Optional<V> get(String key) {
        return Optional.ofNullable(map.get(key));
    }

    synchronized void put(String key, V value) {
        map.put(key, value);
    }
}
