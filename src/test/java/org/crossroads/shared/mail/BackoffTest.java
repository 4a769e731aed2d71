package org.crossroads.shared.mail;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BackoffTest {

    @Test
    void retriesWaitOneMinuteThenTwiceAsLongEachTimeUpToSixHours() {
        assertThat(Backoff.after(0)).hasMinutes(1);
        assertThat(Backoff.after(1)).hasMinutes(2);
        assertThat(Backoff.after(5)).hasMinutes(32);
        assertThat(Backoff.after(8)).hasMinutes(256);
        assertThat(Backoff.after(9)).hasHours(6);
        assertThat(Backoff.after(Integer.MAX_VALUE)).hasHours(6);
    }
}
