package org.crossroads.accounts;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Account settings.
 *
 * @param adminUsername username of the first administrator, created at start when no administrator exists
 * @param adminPassword its password (at least 12 characters); leave empty to create no one
 * @param secureCookies mark the session cookie Secure (true behind HTTPS in production)
 */
@ConfigurationProperties("crossroads.accounts")
public record AccountSettings(String adminUsername, String adminPassword, boolean secureCookies) {
}
