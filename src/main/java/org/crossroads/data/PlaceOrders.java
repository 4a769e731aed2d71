package org.crossroads.data;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The places with figures of an analytics selection in name order, kept until the marginals next change.
 * "Every city" pivots and maps page through thousands of places: sorting them by name on each request
 * was the costliest step of the slowest pivots (docs/benchmarks.md), while the order only changes when an
 * import changes the marginals, or, rarely, when a local authority is renamed in the directory: an order is
 * also kept at most ten minutes.
 */
@Component
class PlaceOrders {

    private static final int MAX_SELECTIONS = 128;
    private static final long MAX_AGE_NANOS = java.util.concurrent.TimeUnit.MINUTES.toNanos(10);

    /** What the order depends on: the selection and what the reader may see. */
    record Key(List<Long> indicators, List<String> periods, List<String> dimensions, boolean signedIn, boolean everyPlace,
            List<Long> covered) {}

    private record Order(long[] ids, long madeAt) {}

    /** Counts the forgets, so that an order read before an import commits is not kept after it. */
    private long generation;

    private final Map<Key, Order> orders = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Order> eldest) {
            return size() > MAX_SELECTIONS;
        }
    };

    /** A page of the ordered places, computing the order when it is not kept. */
    List<Long> page(Key key, Supplier<List<Long>> order, int limit, int offset) {
        Order kept;
        long seen;
        synchronized (orders) {
            kept = orders.get(key);
            seen = generation;
        }
        if (kept == null || System.nanoTime() - kept.madeAt() > MAX_AGE_NANOS) {
            kept = new Order(order.get().stream().mapToLong(Long::longValue).toArray(), System.nanoTime());
            synchronized (orders) {
                if (generation == seen) {
                    orders.put(key, kept);
                }
            }
        }
        long[] ids = kept.ids();
        int from = Math.min(ids.length, offset);
        int to = (int) Math.min(ids.length, (long) from + limit);
        return java.util.Arrays.stream(ids, from, to).boxed().toList();
    }

    /** Forgets every order once the current transaction commits (at once when there is none). */
    void forgetAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    forget();
                }
            });
        } else {
            forget();
        }
    }

    void forget() {
        synchronized (orders) {
            orders.clear();
            generation++;
        }
    }
}
