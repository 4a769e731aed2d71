package org.crossroads.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Works out the small-count protection of stored values that have none at the configured threshold: values
 * stored before protection was stored, or after the threshold setting changed. Until then their figures are
 * hidden ({@link HiddenFigures}: fail closed). Runs once after start, in the background, a few hundred places
 * of one indicator per transaction.
 */
@Component
class ProtectionBackfill {

    private static final Logger log = LoggerFactory.getLogger(ProtectionBackfill.class);
    private static final int PLACES_PER_TRANSACTION = 500;

    private final JdbcClient jdbc;
    private final SmallCountProtection protection;
    private final TransactionTemplate transactions;

    ProtectionBackfill(JdbcClient jdbc, SmallCountProtection protection, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.protection = protection;
        this.transactions = transactions;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        Thread thread = new Thread(this::run, "small-count-protection");
        thread.setDaemon(true);
        thread.start();
    }

    /** @return how many indicator-place tables were protected */
    int run() {
        Map<Long, List<Long>> missing = new TreeMap<>();
        // The distinct (place, indicator) pairs are walked through the index data_value_place, one probe per pair
        // (a "skip scan": each step asks for the first entry after the pair before), instead of reading every
        // value: at each start, and nearly always with nothing to do. On 1,000,000 values of 1,000 pairs this
        // is 4,000 index pages and ~50-80 ms instead of a parallel scan of every value, ~230-500 ms (docs/data-analytics.md).
        jdbc.sql("""
                with recursive pairs (place_id, indicator_id) as (
                  (select place_id, indicator_id from data_value order by place_id, indicator_id limit 1)
                  union all
                  select n.place_id, n.indicator_id from pairs p cross join lateral (
                    select v.place_id, v.indicator_id from data_value v
                    where (v.place_id, v.indicator_id) > (p.place_id, p.indicator_id)
                    order by v.place_id, v.indicator_id limit 1) n
                )
                select pairs.indicator_id, pairs.place_id from pairs
                where not exists (select 1 from data_protected d where d.indicator_id = pairs.indicator_id
                                  and d.place_id = pairs.place_id and d.threshold = :t)""")
                .param("t", protection.threshold())
                .query(rs -> {
                    missing.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
                });
        int tables = 0;
        try {
            for (var e : missing.entrySet()) {
                List<Long> places = e.getValue();
                for (int from = 0; from < places.size(); from += PLACES_PER_TRANSACTION) {
                    List<Long> batch = places.subList(from, Math.min(places.size(), from + PLACES_PER_TRANSACTION));
                    transactions.executeWithoutResult(s -> protection.protect(List.of(e.getKey()), batch));
                    tables += batch.size();
                }
            }
        } catch (RuntimeException e) {
            log.warn("Small-count protection of stored values stopped after {} tables; their figures stay hidden", tables, e);
        }
        if (tables > 0) {
            log.info("Small-count protection worked out for {} indicator-place tables", tables);
        }
        return tables;
    }
}
