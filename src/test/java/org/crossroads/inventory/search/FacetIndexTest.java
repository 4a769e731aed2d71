package org.crossroads.inventory.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** Facet filtering, disjunctive counts, name order and paging of the in-memory index. */
class FacetIndexTest {

    static IndexedInitiative initiative(long id, String name, String type, String... themes) {
        Map<Facet, Set<String>> values = new EnumMap<>(Facet.class);
        values.put(Facet.ACTIVITY_TYPE, Set.of(type));
        values.put(Facet.THEME, Set.of(themes));
        return new IndexedInitiative(id, name, values);
    }

    final FacetIndex index = new FacetIndex();

    @Test
    void valuesOfOneFacetAreAlternativesAndFacetsCombine() {
        index.replaceAll(List.of(initiative(1, "a", "peer_exchange", "housing"), initiative(2, "b", "peer_exchange", "health"),
                initiative(3, "c", "knowledge_data", "housing")));
        var housing = index.query(new SearchQuery("", Map.of(Facet.THEME, Set.of("housing")), 1, 20), null);
        assertThat(housing.pageIds()).containsExactly(1L, 3L);
        var either = index.query(new SearchQuery("", Map.of(Facet.THEME, Set.of("housing", "health")), 1, 20), null);
        assertThat(either.total()).isEqualTo(3);
        var both = index.query(new SearchQuery("", Map.of(Facet.THEME, Set.of("housing"), Facet.ACTIVITY_TYPE, Set.of("peer_exchange")), 1, 20), null);
        assertThat(both.pageIds()).containsExactly(1L);
        // a facet's own selection does not narrow its counts, the others' selections do
        assertThat(both.counts().get(Facet.THEME)).containsEntry("housing", 1).containsEntry("health", 1);
        assertThat(both.counts().get(Facet.ACTIVITY_TYPE)).containsEntry("peer_exchange", 1).containsEntry("knowledge_data", 1);
        // only the facets asked for are counted (the one search shows four), selected or not
        var some = index.query(new SearchQuery("", Map.of(Facet.THEME, Set.of("housing")), 1, 20)
                .counting(Set.of(Facet.THEME, Facet.STATUS)), null);
        assertThat(some.counts().keySet()).containsExactlyInAnyOrder(Facet.THEME, Facet.STATUS);
        assertThat(some.counts().get(Facet.THEME)).isEqualTo(
                index.query(new SearchQuery("", Map.of(Facet.THEME, Set.of("housing")), 1, 20), null).counts().get(Facet.THEME));
        assertThat(some.total()).isEqualTo(2);
    }

    @Test
    void resultsGoByNameUnlessTheTextRanksThem() {
        index.replaceAll(List.of(initiative(1, "zeta", "peer_exchange"), initiative(2, "alpha", "peer_exchange"),
                initiative(3, "mu", "peer_exchange")));
        assertThat(index.query(SearchQuery.all(), null).pageIds()).containsExactly(2L, 3L, 1L);
        SearchQuery words = new SearchQuery("words", Map.of(), 1, 20);
        assertThat(index.query(words, new TextMatches(List.of(1L, 3L), true)).pageIds()).containsExactly(1L, 3L);
        assertThat(index.query(words, new TextMatches(List.of(1L, 3L), false)).pageIds()).containsExactly(3L, 1L);
    }

    @Test
    void changesKeepTheOrderAndRemovedInitiativesDisappear() {
        index.replaceAll(List.of(initiative(1, "b", "peer_exchange"), initiative(2, "d", "peer_exchange")));
        index.upsert(initiative(3, "a", "knowledge_data"));
        index.upsert(initiative(2, "c", "peer_exchange"));
        index.remove(1);
        assertThat(index.query(SearchQuery.all(), null).pageIds()).containsExactly(3L, 2L);
        assertThat(index.query(SearchQuery.all(), null).counts().get(Facet.ACTIVITY_TYPE)).containsOnly(
                Map.entry("knowledge_data", 1), Map.entry("peer_exchange", 1));
    }

    @Test
    void pagesAndExportsReachEveryResult() {
        List<IndexedInitiative> many = new ArrayList<>();
        LongStream.rangeClosed(1, 450).forEach(i -> many.add(initiative(i, String.format("n%04d", i), "peer_exchange")));
        index.replaceAll(many);
        var third = index.query(new SearchQuery("", Map.of(), 3, 200), null);
        assertThat(third.total()).isEqualTo(450);
        assertThat(third.pageIds()).hasSize(50).first().isEqualTo(401L);
        assertThat(index.allIds(SearchQuery.all(), null, 100_000)).hasSize(450);
    }

    @Test
    void aFacetOfManyValuesCountsTheSameWithinTheScope() {
        // 3,000 cities over 3,000 initiatives: counted by walking the scope's records, not value by value
        List<IndexedInitiative> many = new ArrayList<>();
        for (long i = 1; i <= 3_000; i++) {
            Map<Facet, Set<String>> values = new EnumMap<>(Facet.class);
            values.put(Facet.THEME, Set.of(i % 3 == 0 ? "housing" : "health"));
            values.put(Facet.CITY, i % 2 == 0 ? Set.of("c" + i, "shared") : Set.of("c" + i));
            many.add(new IndexedInitiative(i, String.format("n%04d", i), values));
        }
        index.replaceAll(many);
        index.remove(6);
        var housing = index.query(new SearchQuery("", Map.of(Facet.THEME, Set.of("housing")), 1, 20), null);
        assertThat(housing.total()).isEqualTo(999);
        assertThat(housing.counts().get(Facet.CITY)).hasSize(999 + 1).containsEntry("shared", 499).containsEntry("c3", 1)
                .doesNotContainKeys("c1", "c6");
        var withText = index.query(new SearchQuery("", Map.of(Facet.CITY, Set.of("shared")), 1, 20),
                new TextMatches(List.of(2L, 3L, 4L, 12L), false));
        assertThat(withText.total()).isEqualTo(3);
        assertThat(withText.counts().get(Facet.CITY)).containsOnly(Map.entry("c2", 1), Map.entry("c3", 1), Map.entry("c4", 1),
                Map.entry("c12", 1), Map.entry("shared", 3));
        assertThat(withText.counts().get(Facet.THEME)).containsOnly(Map.entry("health", 2), Map.entry("housing", 1));
    }

    @Test
    void conceptsAreMetByTheirWordsOrByNamingTheirRecords() {
        Map<Facet, Set<String>> inSfax = new EnumMap<>(Facet.class);
        inSfax.put(Facet.CITY, Set.of("7"));
        inSfax.put(Facet.THEME, Set.of("health"));
        index.replaceAll(List.of(
                new IndexedInitiative(1, "a", Map.of(Facet.THEME, Set.of("housing")), Set.of("hous", "plan"), Set.of()),
                new IndexedInitiative(2, "b", inSfax, Set.of("clinic"), Set.of(40L)),
                new IndexedInitiative(3, "c", Map.of(Facet.THEME, Set.of("health")), Set.of("plan"), Set.of(41L))));
        ConceptCondition housing = new ConceptCondition("'hous' | 'housing':*", Set.of(), Set.of(), Set.of(), Set.of("housing"));
        ConceptCondition sfax = new ConceptCondition("'sfax':*", Set.of("7"), Set.of(), Set.of(), Set.of());
        ConceptCondition plan = new ConceptCondition("'plan'", Set.of(), Set.of(), Set.of(), Set.of());
        ConceptCondition network = new ConceptCondition(null, Set.of(), Set.of(41L), Set.of(), Set.of());
        assertThat(index.matchingIds(List.of(housing))).containsExactly(1L);
        assertThat(index.matchingIds(List.of(sfax))).containsExactly(2L);
        assertThat(index.matchingIds(List.of(plan))).containsExactly(1L, 3L);
        assertThat(index.matchingIds(List.of(plan, network))).containsExactly(3L);
        // a withdrawn initiative's words stay listed until the next rebuild but no longer match
        index.remove(1);
        assertThat(index.matchingIds(List.of(plan))).containsExactly(3L);
        index.upsert(new IndexedInitiative(1, "a", Map.of(), Set.of("housing"), Set.of()));
        assertThat(index.matchingIds(List.of(housing))).containsExactly(1L);
        assertThat(index.matchingIds(List.of(plan))).containsExactly(3L);
    }

    static IndexedInitiative dated(long id, String name, Map<String, String> translatedNames, java.time.LocalDate day, long changed) {
        return new IndexedInitiative(id, name, Map.of(Facet.ACTIVITY_TYPE, Set.of("peer_exchange")), Set.of(), Set.of(),
                translatedNames, day == null ? IndexedInitiative.NO_DAY : day.toEpochDay(), changed);
    }

    static SearchQuery sorted(org.crossroads.shared.web.ListSort sort, String language) {
        return SearchQuery.all().sorted(sort, language == null ? null : java.util.Locale.forLanguageTag(language));
    }

    @Test
    void resultsComeByNameAsEachReaderSeesItByDateOrByLastChangeWithTheIdBreakingTies() {
        index.replaceAll(List.of(
                dated(1, "zagora", Map.of("ar", "زاكورة"), java.time.LocalDate.of(2019, 1, 1), 300),
                dated(2, "agadir", Map.of("fr", "zzz agadir"), null, 100),
                dated(3, "mopti", Map.of(), java.time.LocalDate.of(2022, 6, 1), 300),
                dated(4, "mopti", Map.of(), java.time.LocalDate.of(2019, 1, 1), 200)));
        assertThat(index.query(sorted(org.crossroads.shared.web.ListSort.NAME, "en"), null).pageIds()).containsExactly(2L, 3L, 4L, 1L);
        assertThat(index.query(sorted(org.crossroads.shared.web.ListSort.NAME, "fr"), null).pageIds()).containsExactly(3L, 4L, 1L, 2L);
        assertThat(index.query(sorted(org.crossroads.shared.web.ListSort.NAME, "ar"), null).pageIds()).containsExactly(2L, 3L, 4L, 1L);
        // newest first, the undated last; the same day or time: the later id first
        assertThat(index.query(sorted(org.crossroads.shared.web.ListSort.DATE, "en"), null).pageIds()).containsExactly(3L, 4L, 1L, 2L);
        assertThat(index.query(sorted(org.crossroads.shared.web.ListSort.CHANGED, "en"), null).pageIds()).containsExactly(3L, 1L, 4L, 2L);
    }

    @Test
    void anInitiativeChangedSinceTheBuildTakesItsPlaceInEveryOrder() {
        index.replaceAll(List.of(dated(1, "b", Map.of(), java.time.LocalDate.of(2020, 1, 1), 10),
                dated(2, "c", Map.of(), java.time.LocalDate.of(2021, 1, 1), 20)));
        index.upsert(dated(1, "d", Map.of(), java.time.LocalDate.of(2024, 1, 1), 30));
        index.upsert(dated(3, "a", Map.of(), null, 5));
        assertThat(index.query(sorted(org.crossroads.shared.web.ListSort.NAME, null), null).pageIds()).containsExactly(3L, 2L, 1L);
        assertThat(index.query(sorted(org.crossroads.shared.web.ListSort.DATE, null), null).pageIds()).containsExactly(1L, 2L, 3L);
        assertThat(index.query(sorted(org.crossroads.shared.web.ListSort.CHANGED, null), null).pageIds()).containsExactly(1L, 2L, 3L);
        index.remove(2);
        assertThat(index.query(sorted(org.crossroads.shared.web.ListSort.DATE, null), null).pageIds()).containsExactly(1L, 3L);
    }

    @Test
    void rankedMatchesComeByRelevanceOnlyWhenRelevanceIsTheOrder() {
        index.replaceAll(List.of(dated(1, "a", Map.of(), null, 1), dated(2, "b", Map.of(), null, 2), dated(3, "c", Map.of(), null, 3)));
        TextMatches ranked = new TextMatches(List.of(3L, 1L), true);
        SearchQuery words = new SearchQuery("words", Map.of(), 1, 20);
        assertThat(index.query(words, ranked).pageIds()).containsExactly(3L, 1L);
        assertThat(index.query(words.sorted(org.crossroads.shared.web.ListSort.NAME, null), ranked).pageIds()).containsExactly(1L, 3L);
        assertThat(index.query(words.sorted(org.crossroads.shared.web.ListSort.CHANGED, null), ranked).pageIds()).containsExactly(3L, 1L);
    }
}
