package se.hemtjanst.shared.application;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A cache of reference data read on every request (rule settings, the catalogue), emptied whenever a transaction
 * that changed them completes ({@link ReferenceDataChanged}). A value read from the database while such a change
 * commits is not kept: each load remembers the generation it started in and is stored only if no change completed
 * meanwhile, so the cache never keeps a value older than the last committed change. Single server: a change made on
 * another server is not seen (the application runs as one server).
 */
public final class ReferenceCache<K, V> {

    private static final int MAX_ENTRIES = 10_000;

    private final Map<K, V> values = new HashMap<>();
    private long generation;

    public V get(K key, Function<K, V> loader) {
        long started;
        synchronized (this) {
            V cached = values.get(key);
            if (cached != null) {
                return cached;
            }
            started = generation;
        }
        V loaded = loader.apply(key);
        synchronized (this) {
            if (generation == started && loaded != null) {
                if (values.size() >= MAX_ENTRIES) {
                    values.clear();
                }
                values.put(key, loaded);
            }
        }
        return loaded;
    }

    /** Forgets everything; loads that started before are not stored. */
    public synchronized void invalidate() {
        generation++;
        values.clear();
    }
}
