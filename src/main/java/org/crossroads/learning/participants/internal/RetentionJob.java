package org.crossroads.learning.participants.internal;

import org.crossroads.learning.LearningSettings;
import org.crossroads.learning.participants.ParticipantRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Once a day, erases the personal data of people who attended no event for the retention period. */
@Component
class RetentionJob {

    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

    private final ParticipantRegistry registry;
    private final LearningSettings settings;

    RetentionJob(ParticipantRegistry registry, LearningSettings settings) {
        this.registry = registry;
        this.settings = settings;
    }

    @Scheduled(cron = "${crossroads.learning.retention-cron:0 30 3 * * *}")
    void eraseExpired() {
        int erased = registry.eraseExpired(settings.retentionYears());
        if (erased > 0) {
            log.info("Erased the personal data of {} participants after {} years without an event", erased, settings.retentionYears());
        }
    }
}
