package org.crossroads.learning.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.crossroads.learning.LearningFixtures;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.crossroads.IntegrationTest;
import org.crossroads.WebTest;
import org.crossroads.accounts.Accounts;
import org.crossroads.accounts.Editor;
import org.crossroads.directory.Organisations;
import org.crossroads.directory.Places;
import org.crossroads.shared.tabular.ImportContext;
import org.crossroads.shared.tabular.ImportOptions;
import org.crossroads.shared.tabular.ImportReport;
import org.crossroads.shared.tabular.ImportRunner;
import org.crossroads.shared.tabular.Problem;
import org.crossroads.shared.validation.ConcurrentEditException;
import org.crossroads.shared.validation.FieldError;
import org.crossroads.shared.validation.InvalidEntryException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Events: the built-in MC2CM programme, the API, the forms and who may change what. */
@IntegrationTest
public class EventsTest extends WebTest {

    @Autowired LearningEvents events;
    @Autowired EventEditing editing;
    @Autowired Accounts accounts;
    @Autowired Organisations organisations;
    @Autowired Places places;
    @Autowired JsonMapper json;
    @Autowired ImportRunner imports;
    LearningFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = LearningFixtures.of(accounts, organisations, places);
    }

    public static EventDraft draft(String externalId, String theme) {
        return new EventDraft(externalId, theme, "Tangier, MA", LocalDate.of(2024, 5, 14), LocalDate.of(2024, 5, 16), "day",
                "hybrid", List.of("org:mc2cm"), List.of("fr", "ar"), List.of("field_visit", "role_play"),
                List.of(new LearningObjective("Technical staff of transit cities", "Map the local actors of reception")),
                null, List.of("https://example.org/background.pdf"), null, "Test programme");
    }

    @Test
    void theSixteenMc2cmEventsOfTheReviewAreBuiltIn() throws Exception {
        var seville = events.search(EventQuery.text("Seville"));
        assertThat(seville.total()).isEqualTo(2);
        LearningEvent lisbon = events.findByExternalId("mc2cm:event:01").orElseThrow();
        assertThat(lisbon.startsOn()).isEqualTo(LocalDate.of(2016, 7, 1));
        assertThat(lisbon.datePrecision()).isEqualTo("month");
        assertThat(lisbon.organiserIds()).contains(fixtures.organisation("org:mc2cm"));
        assertThat(events.search(new EventQuery("", null, fixtures.organisation("org:mc2cm"), null, 0, 200)).items()
                .stream().filter(e -> e.externalId().startsWith("mc2cm:event:")).count()).isEqualTo(16);
        assertThat(events.findByExternalId("mc2cm:event:13").orElseThrow().format()).isEqualTo("online");

        JsonNode api = json.readTree(mvc.perform(get("/api/events").param("q", "communication migration"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(api.get("total").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(api.get("items").get(0).get("organisers").toString()).contains("MC2CM");

        Document page = Jsoup.parse(mvc.perform(get("/events").param("q", "Sfax").param("lang", "fr"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.select("#event-results li").text()).contains("Coopérer avec la société civile", "juin 2019");
    }

    @Test
    void aCoordinatorCreatesAnEventForTheirNetworkOnly() {
        Editor coordinator = fixtures.mc2cmCoordinator();
        long id = editing.create(draft(null, "Reception of newcomers in transit cities"), coordinator);
        LearningEvent stored = events.find(id).orElseThrow();
        assertThat(stored.externalId()).startsWith("event:");
        assertThat(stored.objectives()).extracting(LearningObjective::audience).containsExactly("Technical staff of transit cities");
        assertThat(stored.methods()).containsExactly("field_visit", "role_play");

        Editor other = fixtures.otherCoordinator();
        assertThatThrownBy(() -> editing.update(id, stored.version(), draft(stored.externalId(), "Hijacked"), other))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> editing.create(draft(null, "Not my network"), other))
                .isInstanceOfSatisfying(InvalidEntryException.class, e ->
                        assertThat(e.errors()).extracting(FieldError::field).contains("organisers"));
        assertThatThrownBy(() -> editing.create(draft(null, "A city cannot"), fixtures.tunisFocalPoint()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void everyBadFieldIsNamedAndNothingIsStored() {
        long before = events.count();
        EventDraft bad = new EventDraft("bad id with spaces", " ", "Atlantis, ZZ", LocalDate.of(2024, 5, 16),
                LocalDate.of(2024, 5, 14), "day", "carrier_pigeon", List.of("org:nobody"), List.of("klingon"),
                List.of("divination"), List.of(), null, List.of("not a link"), null, "");
        assertThatThrownBy(() -> editing.create(bad, fixtures.mc2cmCoordinator()))
                .isInstanceOfSatisfying(InvalidEntryException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                        .contains("external_id", "theme", "host_city", "end", "format", "organisers", "languages",
                                "methods", "background_documents", "source"));
        assertThat(events.count()).isEqualTo(before);
    }

    @Test
    void aSecondEditorWorkingFromAnOldVersionDoesNotOverwriteTheFirst() {
        Editor coordinator = fixtures.mc2cmCoordinator();
        long id = editing.create(draft(null, "Original theme"), coordinator);
        LearningEvent read = events.find(id).orElseThrow();
        editing.update(id, read.version(), draft(read.externalId(), "First change"), coordinator);
        assertThatThrownBy(() -> editing.update(id, read.version(), draft(read.externalId(), "Second change"), coordinator))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(events.find(id).orElseThrow().theme()).isEqualTo("First change");
    }

    @Test
    void theEventFormReportsErrorsByFieldAndKeepsWhatWasTyped() throws Exception {
        fixtures.mc2cmCoordinator();
        String html = mvc.perform(post("/events/new").with(user(LearningFixtures.MC2CM_COORDINATOR)).with(csrf())
                        .param("theme", "Typed theme").param("hostCity", "Nowhere, ZZ").param("start", "2024-05-14")
                        .param("format", "in_person").param("organisers", "org:mc2cm").param("source", "typed"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Document page = Jsoup.parse(html);
        assertThat(page.select("#err-host_city").text()).contains("Nowhere, ZZ");
        assertThat(page.select("#theme").val()).isEqualTo("Typed theme");

        var created = mvc.perform(post("/events/new").with(user(LearningFixtures.MC2CM_COORDINATOR)).with(csrf())
                        .param("theme", "Typed theme").param("hostCity", "Oujda, MA").param("start", "2024-05-14")
                        .param("end", "2024-05-15").param("format", "in_person").param("organisers", "org:mc2cm")
                        .param("methods", "storytelling").param("objectives", "Elected officials: weigh a one-stop office")
                        .param("source", "typed"))
                .andReturn().getResponse();
        assertThat(created.getRedirectedUrl()).matches("/events/\\d+");
    }

    @Test
    void anImportedEventThatFailsValidationIsReportedInTheColumnOfItsField() {
        String csv = "external_id,theme,host_city,start,format,organisers,source\n"
                + "test:import-bad,Reception of newcomers,\"L'Atlantide, ZZ\",2024-05-14,hybrid,org:mc2cm,test\n";
        ImportReport report = imports.run("events", "events.csv", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                ImportOptions.CHECK_ONLY, new ImportContext("importer", Locale.ENGLISH, false));

        assertThat(report.problems()).extracting(Problem::row, Problem::column).contains(tuple(2, "host_city"));
        assertThat(report.problems()).filteredOn(p -> p.column().equals("host_city")).first()
                .satisfies(p -> assertThat(p.text()).contains("No city \"L'Atlantide, ZZ\""));
    }
}
