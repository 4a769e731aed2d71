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

    /** At 8,000 places an order takes 32 kB: 512 selections at most 16 MB. */
    private static final int MAX_SELECTIONS = 512;
    private static final long MAX_AGE_NANOS = java.util.concurrent.TimeUnit.MINUTES.toNanos(10);

    /** What the order depends on: the selection and what the reader may see. */
    record Key(List<Long> indicators, List<String> periods, List<String> dimensions, boolean signedIn, boolean everyPlace,
            List<Long> covered) {}

    /** Place ids fit an int (identity columns start at 1); half the memory of longs. */
    private record Order(int[] ids, long madeAt) {}

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
            kept = new Order(order.get().stream().mapToInt(Math::toIntExact).toArray(), System.nanoTime());
            synchronized (orders) {
                if (generation == seen) {
                    orders.put(key, kept);
                }
            }
        }
        int[] ids = kept.ids();
        int from = Math.min(ids.length, offset);
        int to = (int) Math.min(ids.length, (long) from + limit);
        return java.util.Arrays.stream(ids, from, to).mapToObj(id -> (long) id).toList();
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
