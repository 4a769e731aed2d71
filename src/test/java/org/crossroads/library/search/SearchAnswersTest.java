package org.crossroads.library.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.crossroads.IntegrationTest;
import org.crossroads.accounts.Editor;
import org.crossroads.accounts.Role;
import org.crossroads.directory.OrganisationDraft;
import org.crossroads.directory.OrganisationEditing;
import org.crossroads.shared.search.SearchGeneration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Anonymous readers' answers are kept (the same request is answered once) and a committed change to anything search
 * reads is found by the very next request, whether the application or plain SQL made it; signed-in readers' answers
 * are always computed.
 */
@IntegrationTest
class SearchAnswersTest {

    static final Editor ADMIN = new Editor(0, "answers-admin", "Admin", Role.ADMINISTRATOR, null, null);

    @Autowired PlatformSearch search;
    @Autowired SearchGeneration generation;
    @Autowired OrganisationEditing organisations;
    @Autowired JdbcClient jdbc;

    static String word() {
        Random random = new Random();
        StringBuilder letters = new StringBuilder("zq");
        for (int i = 0; i < 8; i++) {
            letters.append((char) ('a' + random.nextInt(26)));
        }
        return letters.toString();
    }

    PlatformSearch.Answer anonymous(String q) {
        return search.search(new PlatformSearch.Request(q, null, Map.of(), 5, null), Optional.empty(), Locale.ENGLISH);
    }

    /**
     * The same anonymous request twice while nothing changed: background work of other tests (text extraction) may
     * write between two requests, so it is tried again until a quiet moment.
     */
    PlatformSearch.Answer[] twiceWhileNothingChanges(String q) {
        for (int attempt = 0; ; attempt++) {
            long before = generation.current();
            PlatformSearch.Answer first = anonymous(q);
            PlatformSearch.Answer second = anonymous(q);
            if (generation.current() == before || attempt == 20) {
                return new PlatformSearch.Answer[] {first, second};
            }
        }
    }

    long organisationsFound(PlatformSearch.Answer answer) {
        return answer.groups().stream().filter(g -> g.kind() == PlatformSearch.Kind.ORGANISATIONS)
                .mapToLong(PlatformSearch.Group::total).sum();
    }

    @Test
    void theSameAnonymousRequestIsAnsweredOnceUntilSomethingChanges() {
        String word = word();
        PlatformSearch.Answer[] twice = twiceWhileNothingChanges(word);
        PlatformSearch.Answer first = twice[0];
        assertThat(first.total()).isZero();
        assertThat(twice[1]).isSameAs(first);
        // another language is another answer (labels, names)
        assertThat(search.search(first.request(), Optional.empty(), Locale.FRENCH)).isNotSameAs(first);

        long before = generation.current();
        organisations.upsertByExternalId(new OrganisationDraft("org:answers-" + word, "Answers Network " + word, null,
                "city_network", null, null, null, null, "Search answers test"), "test");
        assertThat(generation.current()).isGreaterThan(before);
        assertThat(organisationsFound(anonymous(word))).isEqualTo(1);
        twice = twiceWhileNothingChanges(word);
        assertThat(twice[1]).isSameAs(twice[0]);

        // a change made outside the application (an import, SQL by hand) is found too
        jdbc.sql("update organisation set name = :n where external_id = :e").param("n", "Renamed network")
                .param("e", "org:answers-" + word).update();
        assertThat(organisationsFound(anonymous(word))).isZero();
    }

    @Test
    void signedInReadersAreAlwaysAnsweredAfresh() {
        String word = word();
        PlatformSearch.Request request = new PlatformSearch.Request(word, null, Map.of(), 5, null);
        PlatformSearch.Answer signedIn = search.search(request, Optional.of(ADMIN), Locale.ENGLISH);
        assertThat(search.search(request, Optional.of(ADMIN), Locale.ENGLISH)).isNotSameAs(signedIn);
    }
}
