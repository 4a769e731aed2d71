package org.crossroads.accounts;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Account settings.
 *
 * @param adminUsername username of the first administrator, created at start when no administrator exists
 * @param adminPassword its password (12 characters to 72 bytes, not easy to guess); leave empty to create no one
 * @param adminDisplayName its name as the public sees it; when empty it is asked at the first login
 * @param secureCookies mark the session cookie Secure (true behind HTTPS in production)
 * @param resetLinkValidity how long a password-reset link works (it works once)
 * @param welcomeLinkValidity how long the link to choose a first password works, sent when a request is accepted
 * @param requestRetention how long an undecided account request is kept before it is deleted
 */
@ConfigurationProperties("crossroads.accounts")
public record AccountSettings(String adminUsername, String adminPassword, String adminDisplayName, boolean secureCookies,
        Duration resetLinkValidity, Duration welcomeLinkValidity, Duration requestRetention) {

    public AccountSettings {
        resetLinkValidity = positiveOr(resetLinkValidity, Duration.ofHours(1));
        welcomeLinkValidity = positiveOr(welcomeLinkValidity, Duration.ofDays(7));
        requestRetention = positiveOr(requestRetention, Duration.ofDays(90));
    }

    private static Duration positiveOr(Duration value, Duration otherwise) {
        return value == null || value.isNegative() || value.isZero() ? otherwise : value;
    }
}
