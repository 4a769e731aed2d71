package org.crossroads.accounts;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Account settings.
 *
 * @param adminUsername username of the first administrator, created at start when no administrator exists
 * @param adminPassword its password (12 characters to 72 bytes, not easy to guess); leave empty to create no one
 * @param adminDisplayName its name as the public sees it; when empty it is asked at the first login
 * @param secureCookies mark the session cookie Secure (true behind HTTPS in production)
 */
@ConfigurationProperties("crossroads.accounts")
public record AccountSettings(String adminUsername, String adminPassword, String adminDisplayName, boolean secureCookies) {
}
