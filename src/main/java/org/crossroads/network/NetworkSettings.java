package org.crossroads.network;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The cooperation graph's recomputation.
 *
 * @param debounce how long after a change the graph is recomputed (changes within it are taken together)
 * @param refresh how often it is recomputed in any case (for changes no event announces, such as imports of
 *     the built-in dataset)
 * @param years how many calendar years, up to the current one, get a view of their own
 * @param waitAtStart compute the first graph before the application reports ready, instead of in the
 *     background (for test runs and smoke checks that must not see the "being computed" state)
 */
@ConfigurationProperties("crossroads.network")
public record NetworkSettings(Duration debounce, Duration refresh, Integer years, Boolean waitAtStart) {

    public NetworkSettings {
        waitAtStart = waitAtStart != null && waitAtStart;
        debounce = debounce == null ? Duration.ofSeconds(5) : debounce;
        refresh = refresh == null ? Duration.ofMinutes(30) : refresh;
        years = years == null || years < 1 ? 15 : years;
    }
}
