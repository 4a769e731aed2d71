package org.crossroads.directory.internal;

import org.crossroads.shared.translation.SqlTranslationGaps;
import org.crossroads.shared.translation.TranslationGaps;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Published organisations whose description is not translated on the page of what is not yet translated (issue 12 §2). */
@Configuration
class DirectoryTranslationGaps {

    @Bean
    TranslationGaps organisationTranslationGaps(JdbcClient jdbc) {
        return new SqlTranslationGaps(jdbc, "translations.kind.organisations", 5, "organisation", "name", "description", "'en'",
                "publication = 'published' and description is not null", "/organisations/");
    }
}
