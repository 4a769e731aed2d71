package org.crossroads.shared.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crossroads.shared.vocabulary.Vocabularies;
import org.junit.jupiter.api.Test;

/** How a query becomes concepts: vocabulary labels in four languages, longest names first, ambiguity, typos. */
class QueryUnderstandingTest {

    /** Two organisations share "MMC"; "Mayors Migration Council" is also a name. */
    static final NameSource ORGANISATIONS = new NameSource() {
        final NameMatch council = new NameMatch("organisation", "1", "Mayors Migration Council", Set.of("Mayors Migration Council", "MMC"));
        final NameMatch centre = new NameMatch("organisation", "2", "Mixed Migration Centre", Set.of("Mixed Migration Centre", "MMC"));

        @Override
        public List<NameMatch> matching(String phraseKey) {
            return Map.of("mmc", List.of(council, centre), "mayors migration council", List.of(council))
                    .getOrDefault(phraseKey, List.of());
        }

        @Override
        public boolean announcesAmbiguity() {
            return true;
        }
    };

    final QueryUnderstanding understanding = new QueryUnderstanding(
            List.of(new VocabularyNames(new Vocabularies()), ORGANISATIONS));

    @Test
    void twinningInFrenchSpanishAndArabicNamesTheTermAndTheActivityType() {
        for (String word : List.of("jumelage", "Hermanamiento", "توأمة", "twinning", "jumelages")) {
            QueryConcept concept = understanding.understand(word).concepts().get(0);
            assertThat(concept.references("partnership_kind")).as(word).containsExactly("twinning");
            assertThat(concept.references("activity_type")).as(word).containsExactly("city_partnership");
            assertThat(concept.phrases()).as(word).contains("twinning", "jumelage", "hermanamiento", "توامه");
        }
    }

    @Test
    void aWholeLabelInAnyLanguageNamesItsTerm() {
        QueryConcept concept = understanding.understand("Partenariats entre villes").concepts().get(0);
        assertThat(concept.references("activity_type")).containsExactly("city_partnership");
        assertThat(concept.phrases()).contains("city partnerships", "alianzas entre ciudades");
    }

    @Test
    void theLongestNameWinsAndOtherWordsStayWords() {
        UnderstoodQuery query = understanding.understand("reception Mayors Migration Council");
        assertThat(query.concepts()).extracting(QueryConcept::written).containsExactly("reception", "mayors migration council");
        assertThat(query.concepts().get(1).ids("organisation")).containsExactly(1L);
        assertThat(query.ambiguities()).isEmpty();
    }

    @Test
    void anAcronymOfTwoOrganisationsIsSearchedForBothAndSaid() {
        UnderstoodQuery query = understanding.understand("mmc");
        assertThat(query.concepts().get(0).ids("organisation")).containsExactlyInAnyOrder(1L, 2L);
        assertThat(query.ambiguities()).containsExactly(new UnderstoodQuery.Ambiguity("MMC",
                List.of("Mayors Migration Council", "Mixed Migration Centre")));
    }

    @Test
    void unknownLongWordsAreReadAsTheirNearestWordOnlyWhenAsked() {
        Lexicon lexicon = Lexicon.of(List.of("housing", "reception", "tangier"));
        UnderstoodQuery written = understanding.understand("housing Tangeir");
        assertThat(written.corrected()).isFalse();
        UnderstoodQuery read = understanding.correct(written, lexicon);
        assertThat(read.corrections()).containsExactly(new UnderstoodQuery.Correction("tangeir", "tangier"));
        assertThat(read.readAs()).isEqualTo("housing tangier");
        assertThat(read.concepts().get(1).phrases()).containsExactlyInAnyOrder("tangeir", "tangier");
        // names are never corrected, nor words of four letters
        assertThat(understanding.correct(understanding.understand("mmc tngr"), lexicon).corrected()).isFalse();
    }

    @Test
    void aQueryUnderstoodForTheOneSearchIsReusedByEachKindOnlyForTheSameWordsAndOnlyWithinIt() {
        UnderstoodQuery once = understanding.understand("jumelage");
        UnderstoodQuery inside = understanding.reusing(once, () -> understanding.understand("jumelage"));
        assertThat(inside).isSameAs(once);
        UnderstoodQuery other = understanding.reusing(once, () -> understanding.understand("twinning"));
        assertThat(other.text()).isEqualTo("twinning");
        assertThat(understanding.understand("jumelage")).as("after the one search").isNotSameAs(once).isEqualTo(once);
    }
}
