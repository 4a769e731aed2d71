package org.crossroads.learning.internal;

import org.crossroads.shared.translation.SqlTranslationGaps;
import org.crossroads.shared.translation.TranslationGaps;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Events whose theme and validated outcome statements whose description are not translated on the page of what is not yet translated (issue 12 §2). */
@Configuration
class LearningTranslationGaps {

    @Bean
    TranslationGaps eventTranslationGaps(JdbcClient jdbc) {
        return new SqlTranslationGaps(jdbc, "translations.kind.events", 2, "learning_event", "theme", "theme", "language",
                "true", "/events/");
    }

    @Bean
    TranslationGaps outcomeTranslationGaps(JdbcClient jdbc) {
        return new SqlTranslationGaps(jdbc, "translations.kind.outcomes", 3, "outcome_statement", "left(description, 160)", "description", "language",
                "status = 'validated'", "/outcomes/");
    }
}
