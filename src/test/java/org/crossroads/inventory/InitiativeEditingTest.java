package org.crossroads.inventory;

import org.crossroads.shared.validation.InvalidEntryException;
import org.crossroads.shared.validation.ConcurrentEditException;
import org.crossroads.shared.validation.FieldError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crossroads.IntegrationTest;
import org.crossroads.accounts.Editor;
import org.crossroads.accounts.Role;
import org.crossroads.audit.AuditTrail;
import org.crossroads.inventory.search.Facet;
import org.crossroads.inventory.search.InitiativeSearch;
import org.crossroads.inventory.search.SearchQuery;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class InitiativeEditingTest {

    static final Editor ADMIN = new Editor(0, "test-admin", "Test admin", Role.ADMINISTRATOR, null, null);
    static final Editor CONTRIBUTOR = new Editor(0, "test-contributor", "Contributor", Role.CONTRIBUTOR, null, null);

    @Autowired InitiativeEditing editing;
    @Autowired Initiatives initiatives;
    @Autowired InitiativeSearch search;
    @Autowired AuditTrail audit;
    @Autowired JdbcClient jdbc;

    @BeforeEach
    void directoryHasTestPlacesAndANetwork() {
        jdbc.sql("""
                insert into place (external_id, name, country_code, population, latitude, longitude, roles, routes, created_by)
                values ('place:test-zarzis', 'Zarzis-Test', 'TN', 80000, 33.5, 11.1, '{transit}', '{central_med}', 'test')
                on conflict do nothing""").update();
        jdbc.sql("""
                insert into organisation (external_id, name, acronym, type, source, created_by)
                values ('org:test-network', 'Test Network of Cities', 'TNC', 'city_network', 'test', 'test')
                on conflict do nothing""").update();
    }

    static InitiativeDraft draft(String externalId, String name) {
        return new InitiativeDraft(externalId, name, "Peer exchange on reception of migrants", "peer_exchange",
                List.of("reception_orientation", "housing"), List.of("place:test-zarzis"), List.of("TN"), false,
                List.of("org:test-network"), List.of(), List.of(), List.of(), LocalDate.of(2020, 1, 1),
                LocalDate.of(2022, 12, 31), "active", List.of("https://example.org/x"), List.of(5, 15), List.of(),
                List.of("10.7"), List.of(1), List.of("central_med"), Map.of("fr", Map.of("name", name + " (fr)")), "Test source");
    }

    @Test
    void aValidDraftIsStoredWithItsPlacesNetworksAndHistory() {
        long id = editing.create(draft("test:stored", "Stored exchange"), ADMIN);
        Initiative stored = initiatives.find(id).orElseThrow();
        assertThat(stored.placeIds()).hasSize(1);
        assertThat(stored.networkIds()).hasSize(1);
        assertThat(stored.gcmObjectives()).containsExactly(5, 15);
        assertThat(stored.name(java.util.Locale.FRENCH)).isEqualTo("Stored exchange (fr)");
        assertThat(stored.isPublished()).isTrue();
        assertThat(audit.history("initiative", id)).singleElement().satisfies(c -> assertThat(c.actor()).isEqualTo("test-admin"));
    }

    @Test
    void everyInvalidFieldIsNamed() {
        var bad = new InitiativeDraft("bad id with spaces", "", null, "no_such_type", List.of("no_theme"),
                List.of("Atlantis, ZZ"), List.of("XX"), false, List.of("org:nobody"), List.of(), List.of(), List.of(),
                LocalDate.of(2022, 1, 1), LocalDate.of(2021, 1, 1), "active", List.of("javascript:alert(1)"),
                List.of(24), List.of(), List.of(), List.of(), List.of(), Map.of(), "");
        assertThatThrownBy(() -> editing.create(bad, ADMIN)).isInstanceOfSatisfying(InvalidEntryException.class,
                e -> assertThat(e.errors()).extracting(FieldError::field).contains("external_id", "name", "source",
                        "activity_type", "themes", "cities", "countries", "networks", "end", "links", "gcm_objectives"));
    }

    @Test
    void aStaleVersionIsAConflictAndKeepsTheStoredValue() {
        long id = editing.create(draft("test:conflict", "Conflict exchange"), ADMIN);
        editing.update(id, 0, draft("test:conflict", "First editor's name"), ADMIN);
        assertThatThrownBy(() -> editing.update(id, 0, draft("test:conflict", "Second editor's name"), ADMIN))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(initiatives.find(id).orElseThrow().name()).isEqualTo("First editor's name");
    }

    @Test
    void contributorsProposeAndCannotEditOthersRecords() {
        long mine = editing.create(draft("test:proposal", "Proposed exchange"), CONTRIBUTOR);
        assertThat(initiatives.find(mine).orElseThrow().isPublished()).isFalse();
        long others = editing.create(draft("test:others", "Other exchange"), ADMIN);
        assertThatThrownBy(() -> editing.update(others, 0, draft("test:others", "x"), CONTRIBUTOR))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(search.search(new SearchQuery("Proposed exchange", Map.of(), 1, 20)).total()).isZero();
        editing.publish(mine, ADMIN);
        assertThat(search.search(new SearchQuery("Proposed exchange", Map.of(), 1, 20)).total()).isEqualTo(1);
    }

    @Test
    void searchCombinesTextAndFacetsAndCountsAlternatives() {
        editing.create(draft("test:facets", "Facetted reception exchange"), ADMIN);
        var result = search.search(new SearchQuery("facetted", Map.of(Facet.CITY_ROLE, Set.of("transit")), 1, 20));
        assertThat(result.total()).isEqualTo(1);
        assertThat(result.initiatives().get(0).name()).isEqualTo("Facetted reception exchange");
        assertThat(result.facetCounts().get(Facet.THEME)).containsEntry("housing", 1);
        assertThat(result.facetCounts().get(Facet.SIZE_CLASS)).containsEntry("intermediary", 1);
        assertThat(search.search(new SearchQuery("facetted", Map.of(Facet.ROUTE, Set.of("atlantic")), 1, 20)).total()).isZero();
        assertThat(search.search(new SearchQuery("zarzis", Map.of(), 1, 20)).total()).isGreaterThanOrEqualTo(1);
    }
}
