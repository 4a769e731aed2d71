package org.crossroads.network.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crossroads.shared.vocabulary.Term;
import org.crossroads.shared.vocabulary.Vocabularies;
import org.junit.jupiter.api.Test;

/**
 * Every integration domain of the vocabulary speaks to at least one theme (network/domain-themes.csv), so a domain
 * added to the vocabulary without its themes fails here rather than leaving its indicators out of matching; the
 * file's codes themselves are checked when it is read.
 */
class DomainThemesTest {

    @Test
    void everyIntegrationDomainMapsToThemesOfTheVocabulary() {
        Vocabularies vocabularies = new Vocabularies();
        DomainThemes mapping = new DomainThemes(vocabularies);
        for (Term domain : vocabularies.terms("integration_domain")) {
            assertThat(mapping.of(List.of(domain.code()))).as(domain.code()).isNotEmpty()
                    .allSatisfy(theme -> assertThat(vocabularies.contains(Vocabularies.THEME, theme)).isTrue());
        }
        assertThat(mapping.of(List.of("employment"))).contains("employment", "labour_mobility");
        assertThat(mapping.of(List.of("not_a_domain"))).isEmpty();
    }
}
