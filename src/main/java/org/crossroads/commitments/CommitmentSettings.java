package org.crossroads.commitments;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of commitments (see the README's configuration table).
 *
 * @param smallCountThreshold public statistics show counts of restricted records from 1 to below this as "&lt;N"
 * @param reportingLinkDays how long a reporting round's personal links work after the round opens, unless its opener
 *     chooses another closing day
 * @param reminderAfter how long after the invitation (and after each reminder) a city that has not reported is reminded
 * @param maxReminders reminders per city and round at most
 */
@ConfigurationProperties("crossroads.commitments")
public record CommitmentSettings(Integer smallCountThreshold, Integer reportingLinkDays, Duration reminderAfter,
        Integer maxReminders) {

    public CommitmentSettings {
        smallCountThreshold = smallCountThreshold == null ? 5 : Math.max(1, smallCountThreshold);
        reportingLinkDays = reportingLinkDays == null ? 30 : Math.max(1, reportingLinkDays);
        reminderAfter = reminderAfter == null ? Duration.ofDays(7) : reminderAfter;
        maxReminders = maxReminders == null ? 2 : Math.max(0, maxReminders);
    }
}
