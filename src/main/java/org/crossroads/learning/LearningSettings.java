package org.crossroads.learning;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of peer learning (see the README's configuration table).
 *
 * @param smallCountThreshold public statistics show counts from 1 to below this as "&lt;N"
 * @param retentionYears personal data of people who attended no event for this long are erased
 * @param surveyLinkDays how long a survey stays open after it is sent
 * @param reminderAfter how long after the invitation (and after each reminder) an unanswered one is reminded
 * @param maxReminders reminders per invitation at most
 */
@ConfigurationProperties("crossroads.learning")
public record LearningSettings(Integer smallCountThreshold, Integer retentionYears,
        Integer surveyLinkDays, Duration reminderAfter, Integer maxReminders) {

    public LearningSettings {
        smallCountThreshold = smallCountThreshold == null ? 5 : Math.max(1, smallCountThreshold);
        retentionYears = retentionYears == null ? 5 : retentionYears;
        surveyLinkDays = surveyLinkDays == null ? 30 : surveyLinkDays;
        reminderAfter = reminderAfter == null ? Duration.ofDays(7) : reminderAfter;
        maxReminders = maxReminders == null ? 2 : maxReminders;
    }
}
