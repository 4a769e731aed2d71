package org.crossroads.shared.search;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A number that changes whenever a transaction that wrote a table search reads commits (sequence
 * {@code search_generation}, drawn by the deferred triggers of V8 and the modules' migrations): what was found
 * under one number stays true while it is unchanged. Read per request: one small query.
 */
@Component
public class SearchGeneration {

    private final JdbcClient jdbc;

    SearchGeneration(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long current() {
        return jdbc.sql("select last_value from search_generation").query(Long.class).single();
    }
}
