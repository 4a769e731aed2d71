package org.crossroads.shared.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tsquery texts crossroads_alternatives_query writes, evaluated in memory as PostgreSQL would match them. */
class WordQueryTest {

    final Postings words = Postings.lookedUp();
    final BitSet all = new BitSet();

    WordQueryTest() {
        List<List<String>> initiatives = List.of(
                List.of("housing", "hous", "city", "partnership"), // 0
                List.of("houses", "hous", "sfax"), // 1
                List.of("city", "twinning"), // 2
                List.of("covid-19", "covid", "19", "l'accueil"), // 3
                List.of("سكن", "مدينه")); // 4
        for (int slot = 0; slot < initiatives.size(); slot++) {
            all.set(slot);
            for (String w : initiatives.get(slot)) {
                words.add(w, slot);
            }
        }
    }

    BitSet match(String tsquery) {
        return WordQuery.matching(tsquery, words, all);
    }

    @Test
    void wordsMatchExactlyAndPrefixesMatchEveryWordStartingWithThem() {
        assertThat(match("'hous'").stream()).containsExactly(0, 1);
        assertThat(match("'housing'").stream()).containsExactly(0);
        assertThat(match("'hou':*").stream()).containsExactly(0, 1);
        assertThat(match("'house':*").stream()).containsExactly(1);
        assertThat(match("'سكن'").stream()).containsExactly(4);
    }

    @Test
    void operatorsCombineAsInPostgresql() {
        assertThat(match("'housing':* | 'hous' | 'housing' | 'twinning'").stream()).containsExactly(0, 1, 2);
        assertThat(match("'city' & 'partnership' | 'sfax'").stream()).containsExactly(0, 1);
        assertThat(match("'twinning' | ( 'city' & 'partnership' )").stream()).containsExactly(0, 2);
        assertThat(match("'city' & !'twinning'").stream()).containsExactly(0);
        assertThat(match("!( 'city' | 'hous' )").stream()).containsExactly(3, 4);
    }

    @Test
    void aPhraseIsReadAsAllItsWordsAndQuotesAreUnescaped() {
        assertThat(match("'covid-19' <-> 'covid' <-> '19'").stream()).containsExactly(3);
        assertThat(match("'covid' <2> 'hous'").stream()).isEmpty();
        assertThat(match("'l''accueil'").stream()).containsExactly(3);
        assertThat(match("'hous':*A").stream()).containsExactly(0, 1);
    }

    @Test
    void noQueryMatchesNothingAndAnUnreadableOneIsRefused() {
        assertThat(match(null).isEmpty()).isTrue();
        assertThat(match("").isEmpty()).isTrue();
        assertThatThrownBy(() -> match("'city' &")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> match("'city")).isInstanceOf(IllegalArgumentException.class);
    }
}
