package org.crossroads.shared.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EditDistanceTest {

    @Test
    void oneReplacementInsertionDeletionOrSwapIsOneEdit() {
        assertThat(EditDistance.withinOne("migration", "migration")).isTrue();
        assertThat(EditDistance.withinOne("migration", "migrasion")).isTrue();
        assertThat(EditDistance.withinOne("migration", "migrtion")).isTrue();
        assertThat(EditDistance.withinOne("migration", "migrattion")).isTrue();
        assertThat(EditDistance.withinOne("tangier", "tangeir")).isTrue();
        assertThat(EditDistance.withinOne("صفاقس", "صفاقص")).isTrue();
    }

    @Test
    void twoEditsAreNot() {
        assertThat(EditDistance.withinOne("migration", "migrasyon")).isFalse();
        assertThat(EditDistance.withinOne("migration", "migrat")).isFalse();
        assertThat(EditDistance.withinOne("tangier", "tnagire")).isFalse();
    }

    @Test
    void anInMemoryLexiconCorrectsOnlyWordsOfFiveLettersOrMore() {
        Lexicon lexicon = Lexicon.of(List.of("mixed", "migration", "centre", "mayors", "council", "unhcr"));
        assertThat(lexicon.matches("migr")).isTrue();
        assertThat(lexicon.matches("migrasion")).isFalse();
        assertThat(lexicon.nearest("migrasion")).contains("migration");
        assertThat(lexicon.nearest("mayros")).contains("mayors");
        assertThat(lexicon.nearest("unhcd")).contains("unhcr");
        // four letters: one edit is too much of the word
        assertThat(lexicon.nearest("mixd")).isEmpty();
        assertThat(lexicon.nearest("migratoin")).contains("migration");
        assertThat(lexicon.nearest("migrasyon")).isEmpty();
    }
}
