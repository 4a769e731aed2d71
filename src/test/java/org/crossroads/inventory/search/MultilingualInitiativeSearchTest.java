package org.crossroads.inventory.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.crossroads.IntegrationTest;
import org.crossroads.shared.search.UnderstoodQuery;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The inventory's search reads the four languages (issue 11 §3) on the built-in dataset: vocabulary labels
 * in any language, place names in any script, organisation acronyms (one naming two organisations), and
 * typos of one edit on words of five letters or more.
 */
@IntegrationTest
class MultilingualInitiativeSearchTest {

    @Autowired InitiativeSearch search;
    @Autowired JdbcClient jdbc;

    SearchResult find(String text) {
        return search.search(new SearchQuery(text, Map.of(), 1, SearchQuery.MAX_PAGE_SIZE));
    }

    Set<String> externalIds(SearchResult result) {
        return result.initiatives().stream().map(i -> i.externalId()).collect(Collectors.toSet());
    }

    Set<String> publishedIn(String placeName, String country) {
        return Set.copyOf(jdbc.sql("""
                select i.external_id from initiative i join initiative_place ip on ip.initiative_id = i.id
                join place p on p.id = ip.place_id
                where p.name = :n and p.country_code = :cc and i.publication = 'published'""")
                .param("n", placeName).param("cc", country).query(String.class).list());
    }

    @Test
    void theTwinningTermFoundByItsLabelInFrenchSpanishAndArabic() {
        Set<String> partnerships = Set.copyOf(jdbc.sql(
                "select external_id from initiative where activity_type = 'city_partnership' and publication = 'published'")
                .query(String.class).list());
        assertThat(partnerships).isNotEmpty();
        for (String word : List.of("jumelage", "hermanamiento", "توأمة", "twinning", "Jumelages")) {
            assertThat(externalIds(find(word))).as(word).containsAll(partnerships);
        }
    }

    @Test
    void placesByEveryNameTheGazetteerHolds() {
        Set<String> sfax = publishedIn("Sfax", "TN");
        Set<String> tangier = publishedIn("Tangier", "MA");
        assertThat(sfax).isNotEmpty();
        assertThat(tangier).isNotEmpty();
        assertThat(externalIds(find("صفاقس"))).containsAll(sfax);
        assertThat(externalIds(find("Tanger"))).containsAll(tangier);
        assertThat(externalIds(find("Tangiers"))).containsAll(tangier);
        assertThat(externalIds(find("طنجة"))).containsAll(tangier);
        // the dataset writes "Seville, ES"; the gazetteer's name is Sevilla, "Seville" one of its alternate names
        assertThat(jdbc.sql("select name from place where country_code = 'ES' and alternate_name like '%|Seville|%'")
                .query(String.class).list()).contains("Sevilla");
        assertThat(publishedIn("Sevilla", "ES")).contains("init:mc2cm");
        assertThat(externalIds(find("Seville"))).contains("init:mc2cm");
    }

    @Test
    void organisationsByAcronymAndAnAmbiguousAcronymNamesBoth() {
        assertThat(externalIds(find("MC2CM"))).contains("init:mc2cm");
        SearchResult mmc = find("MMC");
        assertThat(mmc.understood().ambiguities()).hasSize(1);
        UnderstoodQuery.Ambiguity ambiguity = mmc.understood().ambiguities().get(0);
        assertThat(ambiguity.phrase()).isEqualTo("MMC");
        assertThat(ambiguity.labels()).containsExactlyInAnyOrder("Mayors Migration Council", "Mixed Migration Centre");
        assertThat(find("MC2CM").understood().ambiguities()).isEmpty();
    }

    @Test
    void aTypoOfOneEditInALongWordIsForgivenAndSaid() {
        Set<String> tangier = publishedIn("Tangier", "MA");
        SearchResult result = find("Tangiet");
        assertThat(result.understood().corrected()).isTrue();
        assertThat(result.understood().readAs()).isEqualTo("tangier");
        assertThat(externalIds(result)).containsAll(tangier);
        SearchResult sfax = find("Sfaxx");
        assertThat(sfax.understood().readAs()).isEqualTo("sfax");
        assertThat(externalIds(sfax)).containsAll(publishedIn("Sfax", "TN"));
    }

    @Test
    void shortWordsAndWordsTwoEditsAwayAreNotCorrected() {
        SearchResult shortWord = find("Sfxa");
        assertThat(shortWord.understood().corrected()).isFalse();
        assertThat(shortWord.total()).isZero();
        SearchResult twoEdits = find("Tnagire");
        assertThat(twoEdits.understood().corrected()).isFalse();
        assertThat(twoEdits.total()).isZero();
        // a word that finds something is never "corrected"
        assertThat(find("migrants").understood().corrected()).isFalse();
    }

    @Test
    void everyWordMustMatchAndWordsMatchThroughTheirStems() {
        long migration = find("migration").total();
        assertThat(migration).isPositive();
        assertThat(externalIds(find("migrations"))).contains("init:mc2cm");
        assertThat(find("Sfax migration").total()).isLessThanOrEqualTo(migration);
        assertThat(find("Sfax zzqqxx").total()).isZero();
    }
}
