package org.crossroads.accounts;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many failed logins are allowed before logging in pauses (decision 0010). Failures from one client
 * address pause that address first and for longer; failures against one account from everywhere pause the
 * account only briefly, so that nobody can keep an administrator out for long.
 *
 * @param addressAttempts failed logins from one address before it pauses; one more is allowed each
 *     {@code addressWindow / addressAttempts}
 * @param addressWindow the time in which an address regains all its attempts
 * @param addressDailyAttempts failed logins from one address in {@code addressDailyWindow}: past it, each
 *     further attempt waits much longer (the growing delay)
 * @param addressDailyWindow the time in which an address regains its daily attempts
 * @param accountAttempts failed logins against one account, from any address, before the account pauses
 * @param accountWindow the time in which an account regains all its attempts (keep it short)
 */
@ConfigurationProperties("crossroads.accounts.login-throttle")
public record LoginThrottleSettings(
        @DefaultValue("10") int addressAttempts,
        @DefaultValue("15m") Duration addressWindow,
        @DefaultValue("100") int addressDailyAttempts,
        @DefaultValue("24h") Duration addressDailyWindow,
        @DefaultValue("30") int accountAttempts,
        @DefaultValue("10m") Duration accountWindow) {
}
