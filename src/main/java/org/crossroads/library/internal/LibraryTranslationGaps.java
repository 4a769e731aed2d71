package org.crossroads.library.internal;

import org.crossroads.shared.translation.SqlTranslationGaps;
import org.crossroads.shared.translation.TranslationGaps;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Published public documents whose title is not translated on the page of what is not yet translated (issue 12 §2). */
@Configuration
class LibraryTranslationGaps {

    @Bean
    TranslationGaps documentTranslationGaps(JdbcClient jdbc) {
        return new SqlTranslationGaps(jdbc, "translations.kind.documents", 4, "document", "title", "title", "language",
                "publication = 'published' and access <> 'members'", "/documents/");
    }
}
