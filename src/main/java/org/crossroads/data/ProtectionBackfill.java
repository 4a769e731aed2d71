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
        jdbc.sql("""
                select distinct v.indicator_id, v.place_id from data_value v
                where not exists (select 1 from data_protected p where p.indicator_id = v.indicator_id
                                  and p.place_id = v.place_id and p.threshold = :t)""")
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
