package org.crossroads.library.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.crossroads.IntegrationTest;
import org.crossroads.directory.Places;
import org.crossroads.learning.events.LearningEvents;
import org.crossroads.library.Document;
import org.crossroads.library.DocumentColumns;
import org.crossroads.library.Documents;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.crossroads.WebClient;

/**
 * The built-in documents: loaded with their provenance, the city migration profiles on their cities' pages, a
 * background document on its event's page; a file naming an unknown reference is refused whole, naming the line and
 * the column.
 */
@IntegrationTest
class BuiltInDocumentsTest {

    @Autowired BuiltInDocuments loader;
    @Autowired Documents documents;
    @Autowired Places places;
    @Autowired LearningEvents events;
    @LocalServerPort int port;

    @Test
    void theBuiltInDocumentsAreLoadedWithTheirSources() {
        Document profile = documents.idOf("doc:mc2cm-city-migration-profile-sfax").flatMap(id -> documents.find(id, Optional.empty()))
                .orElseThrow();
        assertThat(profile.type()).isEqualTo("city_migration_profile");
        assertThat(profile.source()).contains("Annex Table 3");
        assertThat(profile.isPublished()).isTrue();
        long sfax = places.resolve("Sfax, TN").orElseThrow().id();
        assertThat(profile.placeIds()).contains(sfax);
        assertThat(WebClient.anonymous(port).get("/cities/" + sfax).body()).contains("City migration profile: Sfax");
    }

    @Test
    void anEventsPageListsItsBackgroundDocument() {
        long madrid = events.findByExternalId("mc2cm:event:02").orElseThrow().id();
        assertThat(documents.forEvent(madrid, Optional.empty())).extracting(Document::externalId)
                .contains("doc:mc2cm-event-02-background");
        assertThat(WebClient.anonymous(port).get("/events/" + madrid).body()).contains("Thematic Reference (background) document");
    }

    @Test
    void anUnknownReferenceStopsTheLoadNamingTheLineAndColumn() {
        String header = String.join(",", DocumentColumns.ALL.stream().map(c -> c.name()).toList());
        String good = line("doc:test-good-builtin", "org:mc2cm", "Sfax, TN", "mc2cm:event:02");
        String bad = line("doc:test-bad-builtin", "org:no-such-organisation", "Atlantis, XX", "mc2cm:event:99");
        var in = new ByteArrayInputStream((header + "\n" + good + "\n" + bad + "\n").getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> loader.load(in)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("line 3, column publishers").hasMessageContaining("org:no-such-organisation")
                .hasMessageContaining("line 3, column cities").hasMessageContaining("line 3, column events");
        assertThat(documents.idOf("doc:test-good-builtin")).isEmpty();
    }

    private static String line(String id, String publisher, String city, String event) {
        java.util.Map<String, String> cells = java.util.Map.of("external_id", id, "type", "report", "title", "Built-in test",
                "language", "en", "publishers", publisher, "cities", city, "events", event, "access", "public",
                "source", "Test");
        return String.join(",", DocumentColumns.ALL.stream().map(c -> '"' + cells.getOrDefault(c.name(), "") + '"').toList());
    }
}
