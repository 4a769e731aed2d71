package org.crossroads.library.search;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The one search's answers kept for anonymous readers (README, configuration table; docs/library.md, "One search:
 * speed").
 *
 * @param size how many answers are kept (words, filters and language); 0 keeps none
 * @param ttl longest an answer is kept; a change to what search reads drops it at once anyway
 */
@ConfigurationProperties("crossroads.library.search.answers")
public record SearchAnswerSettings(Integer size, Duration ttl) {

    public SearchAnswerSettings {
        size = size == null ? 2_000 : Math.max(0, size);
        ttl = ttl == null || ttl.isNegative() || ttl.isZero() ? Duration.ofMinutes(1) : ttl;
    }
}
