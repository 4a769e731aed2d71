package org.crossroads.inventory.internal;

import org.crossroads.shared.translation.SqlTranslationGaps;
import org.crossroads.shared.translation.TranslationGaps;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Published initiatives whose name is not translated on the page of what is not yet translated (issue 12 §2). */
@Configuration
class InventoryTranslationGaps {

    @Bean
    TranslationGaps initiativeTranslationGaps(JdbcClient jdbc) {
        return new SqlTranslationGaps(jdbc, "translations.kind.initiatives", 1, "initiative", "name", "name", "language",
                "publication = 'published'", "/initiatives/");
    }
}
