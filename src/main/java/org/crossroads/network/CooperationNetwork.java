package org.crossroads.network;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import org.crossroads.directory.MembershipChanged;
import org.crossroads.directory.PartnershipChanged;
import org.crossroads.directory.PlaceChanged;
import org.crossroads.inventory.InitiativeChanged;
import org.crossroads.learning.LearningFiguresChanged;
import org.crossroads.library.practices.PracticesChanged;
import org.crossroads.network.internal.SnapshotComputation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The latest cooperation graph. Pages and the API read the snapshot held in memory and never compute on
 * the request path; it is computed in the background once the application is ready, again a few seconds
 * after the records it comes from change (changes within {@link NetworkSettings#debounce()} are taken
 * together), and every {@link NetworkSettings#refresh()} in any case. Until the first snapshot is ready,
 * {@link #latest()} is empty and pages say it is being computed.
 */
@Service
public class CooperationNetwork {

    private static final Logger log = LoggerFactory.getLogger(CooperationNetwork.class);

    private final SnapshotComputation computation;
    private final NetworkSettings settings;
    private final AtomicReference<NetworkSnapshot> latest = new AtomicReference<>();
    private final ReentrantLock computing = new ReentrantLock();
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "cooperation-graph");
        thread.setDaemon(true);
        return thread;
    });
    private ScheduledFuture<?> pending;

    private final ApplicationEventPublisher events;

    public CooperationNetwork(SnapshotComputation computation, NetworkSettings settings, ApplicationEventPublisher events) {
        this.computation = computation;
        this.settings = settings;
        this.events = events;
    }

    /** The latest snapshot, or empty while the first one is being computed. */
    public Optional<NetworkSnapshot> latest() {
        return Optional.ofNullable(latest.get());
    }

    /** Computes a snapshot now, on the caller's thread, and keeps it (for tests and administrators). */
    public NetworkSnapshot refresh() {
        NetworkSnapshot snapshot;
        computing.lock();
        try {
            snapshot = computation.compute();
            latest.set(snapshot);
            log.info("Cooperation graph computed: {} nodes, {} ties in {} ms", snapshot.nodes().size(),
                    snapshot.ties().size(), snapshot.took().toMillis());
        } finally {
            computing.unlock();
        }
        // what is computed from the graph (the matching index) follows, on this thread, outside the graph's lock
        events.publishEvent(new CooperationGraphComputed(snapshot));
        return snapshot;
    }

    /** How the year views differ: cities whose degree or connectedness changed, largest change first. */
    public Optional<YearComparison> compare(int from, int to) {
        return latest().flatMap(s -> s.view(from).flatMap(a -> s.view(to).map(b -> compare(a, b, from, to))));
    }

    static YearComparison compare(GraphView a, GraphView b, int from, int to) {
        List<YearComparison.CityChange> changes = new ArrayList<>();
        for (CityMetrics before : a.cities().values()) {
            CityMetrics after = b.cities().get(before.placeId());
            if (after != null && (after.degree() != before.degree() || after.connectedness() != before.connectedness())) {
                changes.add(new YearComparison.CityChange(before.placeId(), before.name(), before.degree(), after.degree(),
                        before.connectedness(), after.connectedness()));
            }
        }
        changes.sort(Comparator.comparingInt((YearComparison.CityChange c) -> -Math.abs(c.degreeTo() - c.degreeFrom()))
                .thenComparing(YearComparison.CityChange::name));
        return new YearComparison(from, to, changes, a.tiesCount(), b.tiesCount(), a.components(), b.components());
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        if (settings.waitAtStart()) {
            run();
        } else {
            schedule(Duration.ZERO);
        }
    }

    @Scheduled(initialDelayString = "${crossroads.network.refresh:PT30M}", fixedDelayString = "${crossroads.network.refresh:PT30M}")
    void periodically() {
        schedule(Duration.ZERO);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(InitiativeChanged changed) {
        schedule(settings.debounce());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(MembershipChanged changed) {
        schedule(settings.debounce());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(PartnershipChanged changed) {
        schedule(settings.debounce());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(PlaceChanged changed) {
        schedule(settings.debounce());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(LearningFiguresChanged changed) {
        schedule(settings.debounce());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(PracticesChanged changed) {
        schedule(settings.debounce());
    }

    /** Runs a computation after the delay unless one is already waiting to run (which will see this change too). */
    private synchronized void schedule(Duration delay) {
        if (pending == null && !executor.isShutdown()) {
            pending = executor.schedule(this::run, delay.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void run() {
        synchronized (this) {
            pending = null; // a change from now on schedules the next run
        }
        try {
            refresh();
        } catch (RuntimeException e) {
            log.error("The cooperation graph could not be computed; the previous one stays", e);
        }
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
