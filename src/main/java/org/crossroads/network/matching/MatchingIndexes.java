package org.crossroads.network.matching;

import jakarta.annotation.PreDestroy;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.crossroads.network.CooperationGraphComputed;
import org.crossroads.network.CooperationNetwork;
import org.crossroads.network.NetworkSettings;
import org.crossroads.network.needs.NeedsAndOffersChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps the latest {@link MatchingIndex}. It is rebuilt in the background: right after each new cooperation graph
 * snapshot (on the graph's own thread, which the graph's change events already drive) and a few seconds after a
 * need or an offer changes (changes within the network's debounce are taken together). Requests only read it.
 */
@Component
class MatchingIndexes {

    private static final Logger log = LoggerFactory.getLogger(MatchingIndexes.class);

    private final IndexBuilding building;
    private final CooperationNetwork network;
    private final NetworkSettings settings;
    private final AtomicReference<MatchingIndex> latest = new AtomicReference<>();
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "matching-index");
        thread.setDaemon(true);
        return thread;
    });
    private ScheduledFuture<?> pending;

    MatchingIndexes(IndexBuilding building, CooperationNetwork network, NetworkSettings settings) {
        this.building = building;
        this.network = network;
        this.settings = settings;
    }

    Optional<MatchingIndex> latest() {
        return Optional.ofNullable(latest.get());
    }

    /** Builds the index from the latest graph now, on the caller's thread (tests, and the background runs). */
    synchronized Optional<MatchingIndex> rebuild() {
        return network.latest().map(snapshot -> {
            long start = System.nanoTime();
            MatchingIndex index = building.build(snapshot);
            latest.set(index);
            log.info("Matching index built: {} cities, {} themes in {} ms", index.cities().size(), index.byTheme().size(),
                    (System.nanoTime() - start) / 1_000_000);
            return index;
        });
    }

    @EventListener
    void on(CooperationGraphComputed computed) {
        try {
            rebuild();
        } catch (RuntimeException e) {
            log.error("The matching index could not be built; the previous one stays", e);
        }
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(NeedsAndOffersChanged changed) {
        schedule();
    }

    /** A fulfilled pledge is evidence of expertise: a change of commitments rebuilds the index. */
    @TransactionalEventListener(fallbackExecution = true)
    void on(org.crossroads.commitments.CommitmentsChanged changed) {
        schedule();
    }

    private void schedule() {
        synchronized (executor) {
            if (pending == null && !executor.isShutdown()) {
                pending = executor.schedule(this::run, settings.debounce().toMillis(), TimeUnit.MILLISECONDS);
            }
        }
    }

    private void run() {
        synchronized (executor) {
            pending = null;
        }
        try {
            rebuild();
        } catch (RuntimeException e) {
            log.error("The matching index could not be built; the previous one stays", e);
        }
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
