package org.crossroads.shared.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.crossroads.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The text vector and the query functions of V6: a word finds its other forms in English, French, Spanish
 * and Arabic, without accents, and prefixes still match.
 */
@IntegrationTest
class StemmingTest {

    @Autowired JdbcClient jdbc;

    boolean finds(String query, String text) {
        return jdbc.sql("select crossroads_search_vector(:text) @@ crossroads_alternatives_query(:q)")
                .param("text", text).param("q", query).query(Boolean.class).single();
    }

    @Test
    void englishPluralsAndVerbForms() {
        assertThat(finds("migrants", "Support for every migrant arriving in the city")).isTrue();
        assertThat(finds("migrant", "Services for migrants and refugees")).isTrue();
        assertThat(finds("integrating", "Local integration policies")).isTrue();
    }

    @Test
    void frenchFormsWithoutAccents() {
        assertThat(finds("migrations", "La migration dans les villes de la Méditerranée")).isTrue();
        assertThat(finds("migration", "Les migrations et les villes")).isTrue();
        assertThat(finds("mediterranee", "Les villes de la Méditerranée")).isTrue();
        assertThat(finds("réfugiés", "accueil d'un refugie")).isTrue();
    }

    @Test
    void spanishPlurals() {
        assertThat(finds("ciudades", "Una ciudad de acogida")).isTrue();
        assertThat(finds("politica migratoria", "Políticas migratorias locales")).isTrue();
        assertThat(finds("migrantes", "Atención al migrante")).isTrue();
    }

    @Test
    void arabicFormsAndLetterVariants() {
        // the Arabic stemmer strips the article and plural suffixes; letter forms are normalised first
        assertThat(finds("المهاجرين", "دعم المهاجر في المدينة")).isTrue();
        assertThat(finds("الهجرة", "سياسات هجرة محلية")).isTrue();
        assertThat(finds("أمن", "امن المدن")).isTrue();
        assertThat(finds("مدينة", "المدينه")).isTrue();
    }

    @Test
    void prefixesAndAlternatives() {
        assertThat(finds("tang", "Tangier accueil")).isTrue();
        assertThat(finds("jumelage|twinning", "A twinning between two cities")).isTrue();
        assertThat(finds("city partnership|nothing", "a city partnership")).isTrue();
    }

    @Test
    void shortWordsAndStopWordsMatchExactlyNotAsPrefixes() {
        // V7: "de:*" would stand for every word starting with "de" and scan the whole index
        assertThat(finds("de", "Development of the city")).isFalse();
        assertThat(finds("de", "Centro de acogida")).isTrue();
        assertThat(finds("the", "Theatre for newcomers")).isFalse();
        assertThat(finds("centro de acogida", "El centro de acogida municipal")).isTrue();
        assertThat(finds("dev", "Development of the city")).isTrue();
        assertThat(finds("في", "فيلم عن المدينة")).isFalse();
    }

    @Test
    void unrelatedWordsDoNotMatch() {
        assertThat(finds("housing", "Services for migrants and refugees")).isFalse();
        assertThat(finds("migration housing", "Migration policies")).isFalse();
        assertThat(finds("سكن", "دعم المهاجر في المدينة")).isFalse();
    }
}
