package org.crossroads.shared.demo;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demonstration dataset: added at start with {@code crossroads.demo=true}, or by an administrator, and removed
 * in one step (the log says who did it). While any of it is present every page says so ({@link #present()} feeds the layout's banner), its
 * records carry a "Demonstration" mark, and exports leave it out unless asked.
 */
@Service
public class Demonstration {

    /** A fixed seed, so that every demonstration shows the same figures (and screenshots stay comparable). */
    static final long SEED = 20261207L;

    private static final Logger log = LoggerFactory.getLogger(Demonstration.class);

    /** The advisory lock that makes adding and removing one at a time, across requests and instances. */
    private static final long LOCK = 0x64656d6fL; // "demo"

    private final List<DemonstrationData> parts;
    private final JdbcClient jdbc;
    private final AtomicBoolean present = new AtomicBoolean();

    Demonstration(List<DemonstrationData> parts, JdbcClient jdbc) {
        this.parts = parts.stream().sorted(Comparator.comparingInt(DemonstrationData::order)).toList();
        this.jdbc = jdbc;
    }

    /** Waits for an add or remove under way elsewhere to commit: what it did is then seen by the counts that follow. */
    private void oneAtATime() {
        jdbc.sql("select pg_advisory_xact_lock(:k)").param("k", LOCK).query((rs, n) -> 0).list();
    }

    /** Whether any demonstration record is present: read from memory, refreshed on every change made here. */
    public boolean present() {
        return present.get();
    }

    /** Records per part, for the administrators' page. */
    public Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        parts.forEach(p -> counts.put(p.part(), p.count()));
        return counts;
    }

    /** Reads the state from the database (at start, and after a change). */
    public void refresh() {
        present.set(parts.stream().anyMatch(p -> p.count() > 0));
    }

    /** Adds the parts that hold no demonstration records yet; all or nothing. */
    @Transactional
    public void add(String actor) {
        oneAtATime();
        SplittableRandom random = new SplittableRandom(SEED);
        for (DemonstrationData part : parts) {
            SplittableRandom own = random.split();
            if (part.count() == 0) {
                long started = System.nanoTime();
                part.add(own);
                log.info("Demonstration data added: {} ({} records, {} ms)", part.part(), part.count(),
                        (System.nanoTime() - started) / 1_000_000);
            }
        }
        log.info("Demonstration data present, by {}: {}", actor, counts());
        present.set(true);
    }

    /** Removes every demonstration record of every part; all or nothing. */
    @Transactional
    public void remove(String actor) {
        oneAtATime();
        Map<String, Long> before = counts();
        for (int i = parts.size() - 1; i >= 0; i--) {
            parts.get(i).remove();
        }
        present.set(false);
        log.info("Demonstration data removed by {}: {}", actor, before);
    }
}
