package org.crossroads.learning.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.crossroads.learning.LearningFixtures;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.crossroads.IntegrationTest;
import org.crossroads.WebTest;
import org.crossroads.accounts.Accounts;
import org.crossroads.accounts.Editor;
import org.crossroads.accounts.Role;
import org.crossroads.audit.AuditTrail;
import org.crossroads.directory.Organisations;
import org.crossroads.directory.Places;
import org.crossroads.shared.validation.InvalidEntryException;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Validated outcomes corrected (a new version, the previous kept in the history, audited) and withdrawn
 * (out of every public view, kept for coordinators), and possible duplicates shown when a statement is drafted.
 */
@IntegrationTest
class OutcomeCorrectionsTest extends WebTest {

    static final Editor ADMIN = new Editor(0, "corrections-admin", "Admin", Role.ADMINISTRATOR, null, null);

    @Autowired OutcomeHarvest harvest;
    @Autowired AuditTrail audit;
    @Autowired Accounts accounts;
    @Autowired Organisations organisations;
    @Autowired Places places;
    LearningFixtures fixtures;
    Editor mc2cm;
    Editor otherNetwork;
    Editor tunis;
    Editor sfax;

    @BeforeEach
    void setUp() {
        fixtures = LearningFixtures.of(accounts, organisations, places);
        mc2cm = fixtures.mc2cmCoordinator();
        otherNetwork = fixtures.otherCoordinator();
        tunis = fixtures.tunisFocalPoint();
        sfax = fixtures.sfaxFocalPoint();
    }

    long validated(String token) {
        long id = harvest.draft(OutcomeHarvestTest.draft(token, false, List.of(), "org:mc2cm"), tunis);
        harvest.substantiate(id, "Seen on a visit", sfax);
        harvest.validate(id, mc2cm);
        return id;
    }

    @Test
    void aCoordinatorCorrectsAValidatedOutcomeTheEarlierVersionStaysInItsHistoryAndTheChangeIsAudited() {
        String token = OutcomeHarvestTest.token();
        long id = validated(token);
        OutcomeStatement before = harvest.find(id, Optional.of(mc2cm)).orElseThrow();
        OutcomeDraft corrected = OutcomeHarvestTest.draft(token, false, List.of(), "org:mc2cm").withChangeType("policy");

        assertThatThrownBy(() -> harvest.correct(id, before.version(), corrected, "typo", otherNetwork))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> harvest.correct(id, before.version(), corrected, "typo", tunis))
                .as("not even its author").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> harvest.correct(id, before.version(), corrected, " ", mc2cm))
                .isInstanceOf(InvalidEntryException.class);
        harvest.correct(id, before.version(), corrected, "It was a municipal policy, not a practice", mc2cm);

        OutcomeStatement after = harvest.find(id, Optional.empty()).orElseThrow();
        assertThat(after.status()).as("still validated, still public").isEqualTo(OutcomeStatement.VALIDATED);
        assertThat(after.changeType()).isEqualTo("policy");
        assertThat(after.version()).isGreaterThan(before.version());
        assertThat(harvest.history(id, Optional.of(mc2cm))).singleElement().satisfies(r -> {
            assertThat(r.change()).isEqualTo(OutcomeRevision.CORRECTED);
            assertThat(r.previousChangeType()).isEqualTo("practice");
            assertThat(r.previousDescription()).isEqualTo(before.description());
            assertThat(r.version()).isEqualTo(before.version());
            assertThat(r.reason()).isEqualTo("It was a municipal policy, not a practice");
            assertThat(r.changedBy()).isEqualTo(LearningFixtures.MC2CM_COORDINATOR);
        });
        assertThat(harvest.history(id, Optional.empty())).as("the history is for coordinators").isEmpty();
        assertThat(harvest.history(id, Optional.of(tunis))).isEmpty();
        assertThat(audit.history(OutcomeHarvest.RECORD, id)).extracting(AuditTrail.Change::action).first().isEqualTo("corrected");

        harvest.correct(id, after.version(), corrected.withChangeType("practice"), "An administrator's second look", ADMIN);
        assertThat(harvest.history(id, Optional.of(ADMIN))).hasSize(2);
        assertThatThrownBy(() -> harvest.correct(id, after.version(), corrected, "stale", mc2cm))
                .isInstanceOf(org.crossroads.shared.validation.ConcurrentEditException.class);
    }

    @Test
    void aWithdrawnOutcomeLeavesEveryPublicViewButStaysWithItsHistoryForCoordinators() throws Exception {
        String token = OutcomeHarvestTest.token();
        long id = validated(token);
        long tunisId = fixtures.place("Tunis, TN");
        long validatedBefore = harvest.countsByStatus(OutcomeQuery.validated()).get(OutcomeStatement.VALIDATED);
        assertThatThrownBy(() -> harvest.withdraw(id, "", mc2cm)).isInstanceOf(InvalidEntryException.class);
        assertThatThrownBy(() -> harvest.withdraw(id, "No longer true", sfax)).isInstanceOf(AccessDeniedException.class);
        long draft = harvest.draft(OutcomeHarvestTest.draft(OutcomeHarvestTest.token(), false, List.of(), "org:mc2cm"), tunis);
        assertThatThrownBy(() -> harvest.withdraw(draft, "Not validated", mc2cm)).isInstanceOf(InvalidEntryException.class);

        harvest.withdraw(id, "The office closed before it opened to the public", mc2cm);

        assertThat(harvest.find(id, Optional.empty())).isEmpty();
        assertThat(harvest.search(OutcomeQuery.all().withText(token), Optional.empty()).total()).isZero();
        assertThat(harvest.ofPlace(tunisId)).extracting(OutcomeStatement::id).doesNotContain(id);
        assertThat(harvest.inspiredBy(fixtures.place("Tangier, MA"))).extracting(OutcomeStatement::id).doesNotContain(id);
        assertThat(harvest.countsByStatus(OutcomeQuery.validated()).get(OutcomeStatement.VALIDATED))
                .isEqualTo(validatedBefore - 1);
        assertThat(status(get("/api/outcomes/" + id))).isEqualTo(404);
        assertThat(body(get("/api/outcomes").param("q", token))).doesNotContain(token);
        assertThat(page(get("/outcomes").param("q", token)).select("#outcome-results").text()).doesNotContain(token);
        assertThat(body(get("/outcomes.csv").param("q", token))).doesNotContain(token);

        OutcomeStatement kept = harvest.find(id, Optional.of(mc2cm)).orElseThrow();
        assertThat(kept.status()).isEqualTo(OutcomeStatement.WITHDRAWN);
        assertThat(harvest.history(id, Optional.of(mc2cm))).singleElement().satisfies(r -> {
            assertThat(r.change()).isEqualTo(OutcomeRevision.WITHDRAWN);
            assertThat(r.reason()).isEqualTo("The office closed before it opened to the public");
        });
        assertThatThrownBy(() -> harvest.withdraw(id, "again", mc2cm)).isInstanceOf(InvalidEntryException.class);
        Document page = page(get("/outcomes/" + id).with(user(LearningFixtures.MC2CM_COORDINATOR)));
        assertThat(page.select("#outcome-status").text()).isEqualTo("Withdrawn");
        assertThat(page.select("#outcome-history").text()).contains("Withdrawn", "The office closed before it opened");
        assertThat(page.select("#withdraw-form")).isEmpty();
        assertThat(status(get("/outcomes/" + id).with(user(LearningFixtures.SFAX_FOCAL_POINT)))).isEqualTo(404);
    }

    @Test
    void theOutcomePageLetsTheNetworksCoordinatorCorrectAndWithdraw() throws Exception {
        String token = OutcomeHarvestTest.token();
        long id = validated(token);
        Document asCoordinator = page(get("/outcomes/" + id).with(user(LearningFixtures.MC2CM_COORDINATOR)));
        assertThat(asCoordinator.select("#outcome-correct")).hasSize(1);
        assertThat(asCoordinator.select("#withdraw-form textarea[name=reason][required]")).hasSize(1);
        assertThat(page(get("/outcomes/" + id).with(user(LearningFixtures.TUNIS_FOCAL_POINT))).select("#outcome-correct, #withdraw-form"))
                .as("the author may not change a validated statement").isEmpty();
        assertThat(status(get("/outcomes/" + id + "/correct").with(user(LearningFixtures.OTHER_COORDINATOR)))).isEqualTo(403);

        Document form = page(get("/outcomes/" + id + "/correct").with(user(LearningFixtures.MC2CM_COORDINATOR)));
        assertThat(form.select("#outcome-form").attr("action")).isEqualTo("/outcomes/" + id + "/correct");
        assertThat(form.select("textarea#reason[required]")).hasSize(1);
        String version = form.select("#version").val();
        var save = post("/outcomes/" + id + "/correct").with(user(LearningFixtures.MC2CM_COORDINATOR)).with(csrf())
                .param("version", version).param("changeAgent", "Municipality of Tunis").param("changeType", "policy")
                .param("description", "Corrected statement " + token).param("city", "Tunis, TN").param("network", "org:mc2cm");
        Document noReason = page(save);
        assertThat(noReason.select("#err-reason").text()).isNotBlank();
        assertThat(mvc.perform(save.param("reason", "Wrong description")).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo("/outcomes/" + id);
        assertThat(harvest.find(id, Optional.empty()).orElseThrow().description()).isEqualTo("Corrected statement " + token);

        String refused = mvc.perform(post("/outcomes/" + id + "/withdraw").with(user(LearningFixtures.MC2CM_COORDINATOR)).with(csrf()))
                .andReturn().getFlashMap().get("actionErrors").toString();
        assertThat(refused).isNotBlank();
        assertThat(harvest.find(id, Optional.empty())).isPresent();
        mvc.perform(post("/outcomes/" + id + "/withdraw").with(user(LearningFixtures.MC2CM_COORDINATOR)).with(csrf())
                .param("reason", "Duplicate of another statement"));
        assertThat(harvest.find(id, Optional.empty())).isEmpty();
    }

    @Test
    void aWithdrawnOutcomeIsRestoredWithAReasonByTheNetworksCoordinatorAndIsPublicAgainWithBothInItsHistory() throws Exception {
        String token = OutcomeHarvestTest.token();
        long id = validated(token);
        long tunisId = fixtures.place("Tunis, TN");
        assertThatThrownBy(() -> harvest.restore(id, "Not withdrawn", mc2cm)).as("a validated statement")
                .isInstanceOf(InvalidEntryException.class);
        harvest.withdraw(id, "Thought to be a duplicate", mc2cm);
        long validatedWhileWithdrawn = harvest.countsByStatus(OutcomeQuery.validated()).get(OutcomeStatement.VALIDATED);

        assertThatThrownBy(() -> harvest.restore(id, "It is not a duplicate", otherNetwork)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> harvest.restore(id, "It is not a duplicate", tunis)).as("not even its author")
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> harvest.restore(id, "It is not a duplicate", sfax)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> harvest.restore(id, " ", mc2cm)).as("a reason is required").isInstanceOf(InvalidEntryException.class);
        OutcomeStatement withdrawn = harvest.find(id, Optional.of(mc2cm)).orElseThrow();

        harvest.restore(id, "It is not a duplicate: the other statement is about Sfax", mc2cm);

        OutcomeStatement restored = harvest.find(id, Optional.empty()).orElseThrow();
        assertThat(restored.status()).as("the status it had before the withdrawal").isEqualTo(OutcomeStatement.VALIDATED);
        assertThat(restored.version()).isGreaterThan(withdrawn.version());
        assertThat(harvest.search(OutcomeQuery.all().withText(token), Optional.empty()).total()).isEqualTo(1);
        assertThat(harvest.ofPlace(tunisId)).extracting(OutcomeStatement::id).contains(id);
        assertThat(harvest.countsByStatus(OutcomeQuery.validated()).get(OutcomeStatement.VALIDATED))
                .as("counted on the dashboards again").isEqualTo(validatedWhileWithdrawn + 1);
        assertThat(status(get("/api/outcomes/" + id))).isEqualTo(200);
        assertThat(page(get("/outcomes").param("q", token)).select("#outcome-results").text()).contains(token);
        assertThat(harvest.history(id, Optional.of(mc2cm))).extracting(OutcomeRevision::change, OutcomeRevision::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(OutcomeRevision.RESTORED,
                                "It is not a duplicate: the other statement is about Sfax"),
                        org.assertj.core.groups.Tuple.tuple(OutcomeRevision.WITHDRAWN, "Thought to be a duplicate"));
        assertThat(audit.history(OutcomeHarvest.RECORD, id)).extracting(AuditTrail.Change::action)
                .startsWith("restored", "withdrawn");
        assertThatThrownBy(() -> harvest.restore(id, "again", mc2cm)).isInstanceOf(InvalidEntryException.class);

        // an administrator may restore too, and every one of the network's coordinators sees the history
        harvest.withdraw(id, "Withdrawn a second time", mc2cm);
        harvest.restore(id, "Restored by an administrator", ADMIN);
        assertThat(harvest.find(id, Optional.empty())).isPresent();
        assertThat(harvest.history(id, Optional.of(ADMIN))).hasSize(4);
    }

    @Test
    void theOutcomePageOffersRestoringAWithdrawnOutcomeBesideItsHistoryToItsCoordinatorsOnly() throws Exception {
        String token = OutcomeHarvestTest.token();
        long id = validated(token);
        harvest.withdraw(id, "Wrong city", mc2cm);
        Document asCoordinator = page(get("/outcomes/" + id).with(user(LearningFixtures.MC2CM_COORDINATOR)));
        assertThat(asCoordinator.select("#outcome-history #restore-form textarea[name=reason][required]")).hasSize(1);
        assertThat(asCoordinator.select("#restore-form").attr("action")).isEqualTo("/outcomes/" + id + "/restore");
        for (String lang : List.of("fr", "ar", "es")) {
            Document translated = page(get("/outcomes/" + id).param("lang", lang).with(user(LearningFixtures.MC2CM_COORDINATOR)));
            assertThat(translated.select("#restore-form button").text()).as(lang).isNotBlank().isNotEqualTo("Restore");
        }
        assertThat(page(get("/outcomes/" + id).with(user(LearningFixtures.TUNIS_FOCAL_POINT))).select("#restore-form"))
                .as("its author sees it withdrawn but may not restore it").isEmpty();

        var restore = post("/outcomes/" + id + "/restore").with(csrf()).param("reason", "The city was right after all");
        assertThat(status(post("/outcomes/" + id + "/restore").with(csrf()).param("reason", "x")))
                .as("anonymous: to the login page").isEqualTo(302);
        assertThat(status(post("/outcomes/" + id + "/restore").with(user(LearningFixtures.OTHER_COORDINATOR)).with(csrf())
                .param("reason", "x"))).isEqualTo(403);
        assertThat(status(post("/outcomes/" + id + "/restore").with(user(LearningFixtures.TUNIS_FOCAL_POINT)).with(csrf())
                .param("reason", "x"))).isEqualTo(403);
        assertThat(status(post("/outcomes/987654321/restore").with(user(LearningFixtures.MC2CM_COORDINATOR)).with(csrf())
                .param("reason", "x"))).isEqualTo(404);
        assertThat(harvest.find(id, Optional.empty())).isEmpty();

        String refused = mvc.perform(post("/outcomes/" + id + "/restore").with(user(LearningFixtures.MC2CM_COORDINATOR)).with(csrf()))
                .andReturn().getFlashMap().get("actionErrors").toString();
        assertThat(refused).as("no reason").isNotBlank();
        assertThat(mvc.perform(restore.with(user(LearningFixtures.MC2CM_COORDINATOR))).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo("/outcomes/" + id);
        assertThat(harvest.find(id, Optional.empty())).isPresent();
        Document after = page(get("/outcomes/" + id).with(user(LearningFixtures.MC2CM_COORDINATOR)));
        assertThat(after.select("#outcome-status").text()).isEqualTo("Validated");
        assertThat(after.select("#outcome-history").text()).contains("Restored", "The city was right after all", "Withdrawn", "Wrong city");
        assertThat(after.select("#restore-form")).isEmpty();
        assertThat(after.select("#withdraw-form")).hasSize(1);
    }

    @Test
    void draftingAStatementLikeOneOfTheSameCityShowsItAsAPossibleDuplicateFirst() throws Exception {
        String token = OutcomeHarvestTest.token();
        String description = "Sfax opened a night shelter for young migrants in the old medina " + token;
        long first = harvest.draft(new OutcomeDraft("Municipality of Sfax", "practice", description, LocalDate.of(2024, 2, 1),
                "Sfax, TN", null, null, null, null, false, List.of(), List.of(), null, null, null, "org:mc2cm", List.of()), sfax);
        OutcomeDraft again = new OutcomeDraft("City of Sfax", "practice", "Sfax opened a night shelter for young migrants "
                + "in the medina", null, "Sfax, TN", null, null, null, null, false, List.of(), List.of(), null, null, null,
                "org:mc2cm", List.of());
        assertThat(harvest.similar(again, null, tunis)).extracting(OutcomeStatement::id).contains(first);
        assertThat(harvest.similar(again, first, tunis)).extracting(OutcomeStatement::id).doesNotContain(first);
        assertThat(harvest.similar(new OutcomeDraft("City of Sousse", "practice", again.description(), null, "Sousse, TN",
                null, null, null, null, false, List.of(), List.of(), null, null, null, "org:mc2cm", List.of()), null, tunis))
                .as("another city").extracting(OutcomeStatement::id).doesNotContain(first);
        assertThat(harvest.similar(new OutcomeDraft("City of Sfax", "practice", "A bus line to the port", null, "Sfax, TN",
                null, null, null, null, false, List.of(), List.of(), null, null, null, "org:mc2cm", List.of()), null, tunis))
                .as("another statement").extracting(OutcomeStatement::id).doesNotContain(first);

        var submit = post("/outcomes/new").with(user(LearningFixtures.TUNIS_FOCAL_POINT)).with(csrf())
                .param("changeAgent", "City of Sfax").param("changeType", "practice")
                .param("description", again.description()).param("city", "Sfax, TN").param("network", "org:mc2cm");
        Document shown = page(submit);
        assertThat(shown.select("#possible-duplicates a[href=/outcomes/" + first + "]")).hasSize(1);
        assertThat(shown.select("#description").val()).isEqualTo(again.description());
        assertThat(shown.select("#save-anyway[name=confirmedNew][value=true]")).hasSize(1);
        String saved = mvc.perform(submit.param("confirmedNew", "true")).andReturn().getResponse().getRedirectedUrl();
        assertThat(saved).matches("/outcomes/\\d+").isNotEqualTo("/outcomes/" + first);
    }
}
