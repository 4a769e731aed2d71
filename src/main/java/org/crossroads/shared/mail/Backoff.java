package org.crossroads.shared.mail;

import java.time.Duration;

/** How long a message waits after a failed attempt: one minute, doubling each time, at most six hours. */
final class Backoff {

    static final Duration FIRST = Duration.ofMinutes(1);
    static final Duration LONGEST = Duration.ofHours(6);

    private Backoff() {
    }

    /** @param earlierAttempts attempts made before the one that just failed */
    static Duration after(int earlierAttempts) {
        // 2^9 minutes already passes the cap; stopping the shift there also keeps it from overflowing.
        Duration delay = FIRST.multipliedBy(1L << Math.min(Math.max(earlierAttempts, 0), 9));
        return delay.compareTo(LONGEST) > 0 ? LONGEST : delay;
    }
}
