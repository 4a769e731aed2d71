package org.crossroads.library.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crossroads.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Passages mark what search matches (issue 11 §3): stems, accents and Arabic letter forms, in each of the four
 * languages, not only the words as written ('simple' alone would miss them all).
 */
@IntegrationTest
class HighlightsTest {

    @Autowired Highlights highlights;

    List<String> marked(String text, String query) {
        return highlights.text(text, query).stream().filter(SearchHit.Segment::marked).map(SearchHit.Segment::text).toList();
    }

    @Test
    void frenchPluralMarksTheSingularAndAccentsAreIgnored() {
        assertThat(marked("Un jumelage entre Lyon et Sfax, signé en 2019.", "jumelages")).containsExactly("jumelage");
        assertThat(marked("La ville a ouvert un guichet pour l'intégration des familles.", "integration"))
                .containsExactly("intégration");
    }

    @Test
    void arabicQueryWithHamzaMarksTheWordWrittenWithBareAlef() {
        assertThat(marked("افتتحت البلدية مكتبا عن الاسكان والصحة", "الإسكان")).containsExactly("الاسكان");
        assertThat(marked("مشروع الإسكان في صفاقس", "الاسكان")).containsExactly("الإسكان");
    }

    @Test
    void englishStemsMarkOtherFormsOfTheWord() {
        assertThat(marked("The city opened two shelters and a housing office.", "shelter")).containsExactly("shelters");
        assertThat(marked("Migrants arriving in the city", "migrant")).containsExactly("Migrants");
    }

    @Test
    void spanishStemsAndAccentsAreMarked() {
        assertThat(marked("Las ciudades abrieron una oficina única.", "oficinas unica")).containsExactly("oficina", "única");
    }

    @Test
    void nothingIsMarkedWhenNothingMatches() {
        assertThat(marked("Nothing to see here.", "jumelage")).isEmpty();
        assertThat(highlights.text("Nothing to see here.", "jumelage")).isNotEmpty();
    }
}
