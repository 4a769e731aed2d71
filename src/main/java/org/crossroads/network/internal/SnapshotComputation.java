package org.crossroads.network.internal;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.crossroads.network.GraphView;
import org.crossroads.network.NetworkSettings;
import org.crossroads.network.NetworkSnapshot;
import org.crossroads.network.Tie;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Reads the records and computes a whole snapshot: the view of every tie and one view per year. The views
 * are independent, so they are computed side by side on as many threads as the machine has cores (each
 * thread holds one view's graph at a time, which bounds the memory). Timed: {@code crossroads.network.recompute}
 * for the whole, {@code crossroads.network.recompute.phase} with tag {@code phase} = read (the records, from
 * the other modules), all (the view of every tie) and years (the year views); and
 * {@code crossroads.network.recompute.cpu}, the processor time of all its threads together (what the
 * computation costs whatever else the machine is doing).
 */
@Component
public class SnapshotComputation {

    private static final Logger log = LoggerFactory.getLogger(SnapshotComputation.class);

    private final TieSources sources;
    private final NetworkSettings settings;
    private final Clock clock = Clock.systemUTC();
    private final MeterRegistry meters;

    SnapshotComputation(TieSources sources, NetworkSettings settings, ObjectProvider<MeterRegistry> meters) {
        this.sources = sources;
        this.settings = settings;
        this.meters = meters.getIfAvailable(SimpleMeterRegistry::new);
    }

    public NetworkSnapshot compute() {
        Instant start = clock.instant();
        AtomicLong cpu = new AtomicLong();
        GraphInput input = timed("read", cpu, sources::read);
        int current = LocalDate.now(clock).getYear();
        int first = input.ties().stream().map(Tie::since).filter(d -> d != null).mapToInt(LocalDate::getYear).min().orElse(current);
        first = Math.max(Math.min(first, current), current - settings.years() + 1);
        int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), current - first + 2));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread thread = new Thread(r, "cooperation-graph-view");
            thread.setDaemon(true);
            return thread;
        });
        try {
            // The view of every tie first, timed alone; the years then share the threads.
            Interner shared = new Interner();
            GraphView all = timed("all", cpu, () -> ViewComputation.compute(input, null, shared));
            int from = first;
            SortedMap<Integer, GraphView> years = timed("years", null, () -> {
                List<Future<GraphView>> views = new ArrayList<>();
                for (int year = from; year <= current; year++) {
                    int y = year;
                    views.add(pool.submit(() -> onCpu(cpu, () -> ViewComputation.compute(input, y, shared))));
                }
                SortedMap<Integer, GraphView> byYear = new TreeMap<>();
                for (Future<GraphView> view : views) {
                    GraphView v = join(view);
                    byYear.put(v.year(), v);
                }
                return byYear;
            });
            Duration took = Duration.between(start, clock.instant());
            Timer.builder("crossroads.network.recompute").description("A full computation of the cooperation graph's figures")
                    .register(meters).record(took);
            Timer.builder("crossroads.network.recompute.cpu")
                    .description("The processor time of a full computation of the cooperation graph's figures, all threads together")
                    .register(meters).record(Duration.ofNanos(cpu.get()));
            return new NetworkSnapshot(start, took, input.nodes(), input.ties(), all, years);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Times a phase, and adds the processor time of the calling thread to {@code cpu} (unless null). */
    private <T> T timed(String phase, AtomicLong cpu, Supplier<T> work) {
        long started = System.nanoTime();
        T result = Timer.builder("crossroads.network.recompute.phase").description("One phase of a computation of the cooperation graph")
                .tag("phase", phase).register(meters).record(() -> cpu == null ? work.get() : onCpu(cpu, work));
        log.debug("Cooperation graph, phase {}: {} ms", phase, (System.nanoTime() - started) / 1_000_000);
        return result;
    }

    private static <T> T onCpu(AtomicLong cpu, Supplier<T> work) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadCpuTime();
        try {
            return work.get();
        } finally {
            cpu.addAndGet(Math.max(0, threads.getCurrentThreadCpuTime() - before));
        }
    }

    private static GraphView join(Future<GraphView> view) {
        try {
            return view.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while computing the cooperation graph", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
