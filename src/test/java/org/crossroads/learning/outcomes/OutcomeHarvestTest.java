package org.crossroads.learning.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.crossroads.learning.events.EventsTest;
import org.crossroads.learning.events.EventEditing;
import org.crossroads.learning.LearningFixtures;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.crossroads.IntegrationTest;
import org.crossroads.accounts.Accounts;
import org.crossroads.accounts.Editor;
import org.crossroads.accounts.Role;
import org.crossroads.audit.AuditTrail;
import org.crossroads.directory.Organisations;
import org.crossroads.directory.Places;
import org.crossroads.shared.validation.ConcurrentEditException;
import org.crossroads.shared.validation.FieldError;
import org.crossroads.shared.validation.InvalidEntryException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/** Outcome harvesting as a service: the review workflow, who may do what, the Chatham House rule, counts. */
@IntegrationTest
public class OutcomeHarvestTest {

    static final Editor ADMIN = new Editor(0, "outcomes-admin", "Admin", Role.ADMINISTRATOR, null, null);

    @Autowired OutcomeHarvest harvest;
    @Autowired EventEditing eventEditing;
    @Autowired AuditTrail audit;
    @Autowired Accounts accounts;
    @Autowired Organisations organisations;
    @Autowired Places places;
    @Autowired JdbcClient jdbc;
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

    /** A draft about Tunis whose description carries {@code token}, validated by MC2CM's coordinators. */
    public static OutcomeDraft draft(String token, boolean chathamHouse, List<Long> events, String network) {
        return new OutcomeDraft("Municipality of Tunis", "practice",
                "A dedicated public office where migrants meet municipal staff " + token, LocalDate.of(2023, 3, 1),
                "Tunis, TN", "Mutual understanding between migrants and staff", "Inspired by a peer visit",
                "Deputy mayor's adviser " + token, "Office opening decree", chathamHouse, events, List.of("Tangier, MA"),
                "Tangier, MA", "init:mc2cm-tca-02-tangeraccueil", "One-stop shop for migrants", network,
                List.of(new OutcomeDraft.CapabilityTag("deliver", "institutional")));
    }

    public static String token() {
        return "tok" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    long event(String theme) {
        return eventEditing.create(EventsTest.draft(null, theme), mc2cm);
    }

    @Test
    void aDraftIsSubstantiatedByAPeerThenValidatedByTheNetworksCoordinatorAndBecomesPublic() {
        String token = token();
        long id = harvest.draft(draft(token, false, List.of(), "org:mc2cm"), tunis);
        OutcomeQuery byToken = OutcomeQuery.all().withText(token);
        assertThat(harvest.find(id, Optional.empty())).isEmpty();
        assertThat(harvest.search(byToken, Optional.empty()).total()).isZero();
        assertThat(harvest.search(byToken, Optional.of(sfax)).items()).extracting(OutcomeStatement::id).containsExactly(id);

        harvest.substantiate(id, "I visited the office in May", sfax);
        assertThat(harvest.find(id, Optional.of(mc2cm)).orElseThrow().status()).isEqualTo("substantiated");
        assertThatThrownBy(() -> harvest.validate(id, otherNetwork)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> harvest.validate(id, sfax)).isInstanceOf(AccessDeniedException.class);
        harvest.validate(id, mc2cm);

        OutcomeStatement published = harvest.find(id, Optional.empty()).orElseThrow();
        assertThat(published.status()).isEqualTo("validated");
        assertThat(published.attribution().substantiatedBy()).isEqualTo(LearningFixtures.SFAX_FOCAL_POINT);
        assertThat(published.validatedBy()).isEqualTo(LearningFixtures.MC2CM_COORDINATOR);
        assertThat(published.peerPlaceIds()).containsExactly(fixtures.place("Tangier, MA"));
        assertThat(published.inspiredByInitiativeId()).isNotNull();
        assertThat(harvest.search(byToken, Optional.empty()).items()).extracting(OutcomeStatement::id).containsExactly(id);
        assertThat(harvest.ofPlace(fixtures.place("Tunis, TN"))).extracting(OutcomeStatement::id).contains(id);
        assertThat(harvest.inspiredBy(fixtures.place("Tangier, MA"))).extracting(OutcomeStatement::id).contains(id);
        assertThat(audit.history(OutcomeHarvest.RECORD, id)).extracting(AuditTrail.Change::action)
                .containsExactly("validated", "substantiated", "created");
    }

    @Test
    void theAuthorCannotSubstantiateTheirOwnStatementAndOnlyCoordinatorsReject() {
        long id = harvest.draft(draft(token(), false, List.of(), "org:mc2cm"), tunis);
        assertThatThrownBy(() -> harvest.substantiate(id, "It is true, I wrote it", tunis))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> harvest.reject(id, "no", sfax)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> harvest.reject(id, "no", otherNetwork)).isInstanceOf(AccessDeniedException.class);
        assertThat(harvest.actionsFor(id, Optional.of(tunis))).isEqualTo(new OutcomeActions(true, false, false, false, false, false));
        assertThat(harvest.actionsFor(id, Optional.of(sfax))).isEqualTo(new OutcomeActions(false, true, false, false, false, false));
        assertThat(harvest.actionsFor(id, Optional.of(mc2cm))).isEqualTo(new OutcomeActions(true, true, false, true, false, false));

        harvest.reject(id, "The office was opened before the exchange", mc2cm);
        OutcomeStatement rejected = harvest.find(id, Optional.of(tunis)).orElseThrow();
        assertThat(rejected.status()).isEqualTo("rejected");
        assertThat(rejected.rejectionReason()).isEqualTo("The office was opened before the exchange");
        assertThat(harvest.find(id, Optional.of(sfax))).isEmpty();
    }

    @Test
    void wrongTransitionsAreRefusedNamingTheStatus() {
        long id = harvest.draft(draft(token(), false, List.of(), "org:mc2cm"), tunis);
        assertThatThrownBy(() -> harvest.validate(id, mc2cm)).isInstanceOfSatisfying(InvalidEntryException.class,
                e -> assertThat(e.errors()).containsExactly(FieldError.of("status", "outcomes.error.validateNotSubstantiated")));
        assertThatThrownBy(() -> harvest.substantiate(id, " ", sfax)).isInstanceOfSatisfying(InvalidEntryException.class,
                e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("substantiation"));
        harvest.substantiate(id, "Seen on the city website", sfax);
        assertThatThrownBy(() -> harvest.substantiate(id, "Again", mc2cm)).isInstanceOfSatisfying(InvalidEntryException.class,
                e -> assertThat(e.errors()).extracting(FieldError::messageKey).containsExactly("outcomes.error.substantiateNotDraft"));
        assertThatThrownBy(() -> harvest.reject(id, "", mc2cm)).isInstanceOfSatisfying(InvalidEntryException.class,
                e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("reason"));
        harvest.validate(id, ADMIN);
        int version = harvest.find(id, Optional.of(mc2cm)).orElseThrow().version();
        assertThatThrownBy(() -> harvest.validate(id, mc2cm)).isInstanceOf(InvalidEntryException.class);
        assertThatThrownBy(() -> harvest.reject(id, "Too late", mc2cm)).isInstanceOfSatisfying(InvalidEntryException.class,
                e -> assertThat(e.errors()).extracting(FieldError::messageKey).containsExactly("outcomes.error.rejectClosed"));
        assertThatThrownBy(() -> harvest.update(id, version, draft(token(), false, List.of(), "org:mc2cm"), mc2cm))
                .isInstanceOfSatisfying(InvalidEntryException.class,
                        e -> assertThat(e.errors()).extracting(FieldError::messageKey).containsExactly("outcomes.error.notEditable"));
    }

    @Test
    void theValidatingNetworkIsTheOrganiserOfALinkedEventWhenNoneIsNamed() {
        long event = event("Reception offices for migrants " + token());
        long id = harvest.draft(draft(token(), false, List.of(event), null), tunis);
        OutcomeStatement stored = harvest.find(id, Optional.of(tunis)).orElseThrow();
        assertThat(stored.networkId()).isEqualTo(fixtures.organisation("org:mc2cm"));
        assertThat(stored.eventIds()).containsExactly(event);
        assertThat(harvest.ofEvent(event)).isEmpty();

        assertThatThrownBy(() -> harvest.draft(draft(token(), false, List.of(), null), tunis))
                .isInstanceOfSatisfying(InvalidEntryException.class,
                        e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("network"));
        // a coordinator's own network stands in when nothing is linked
        long own = harvest.draft(draft(token(), false, List.of(), null), otherNetwork);
        assertThat(harvest.find(own, Optional.of(otherNetwork)).orElseThrow().networkId())
                .isEqualTo(fixtures.organisation("org:uclg-africa"));
    }

    @Test
    void underTheChathamHouseRuleOnlyTheNetworksCoordinatorsAndAdministratorsSeeWhoSaidIt() {
        String token = token();
        long id = harvest.draft(draft(token, true, List.of(), "org:mc2cm"), tunis);
        harvest.substantiate(id, "Confirmed at the Sfax meeting", sfax);
        harvest.validate(id, mc2cm);

        for (Optional<Editor> viewer : List.of(Optional.<Editor>empty(), Optional.of(sfax), Optional.of(tunis),
                Optional.of(otherNetwork))) {
            OutcomeStatement seen = harvest.find(id, viewer).orElseThrow();
            assertThat(seen.attribution()).isEqualTo(new OutcomeStatement.Attribution(null, null, null, true));
            assertThat(seen.attribution().sourceKey()).isEqualTo("outcomes.chathamHouse.source");
            assertThat(seen.attribution().personKey()).isEqualTo("outcomes.chathamHouse.person");
            assertThat(seen.description()).contains(token);
            assertThat(harvest.search(OutcomeQuery.all().withText(token), viewer).items())
                    .allSatisfy(o -> assertThat(o.attribution().hidden()).isTrue());
        }
        for (Editor coordinator : List.of(mc2cm, ADMIN)) {
            OutcomeStatement seen = harvest.find(id, Optional.of(coordinator)).orElseThrow();
            assertThat(seen.attribution().hidden()).isFalse();
            assertThat(seen.attribution().source()).isEqualTo("Deputy mayor's adviser " + token);
            assertThat(seen.attribution().createdBy()).isEqualTo(LearningFixtures.TUNIS_FOCAL_POINT);
            assertThat(seen.attribution().substantiatedBy()).isEqualTo(LearningFixtures.SFAX_FOCAL_POINT);
        }
        // the source is not searchable: searching it would tell who said it
        assertThat(harvest.search(OutcomeQuery.all().withText("adviser " + token), Optional.empty()).total()).isZero();
        assertThat(harvest.ofPlace(fixtures.place("Tunis, TN")).stream().filter(o -> o.id() == id))
                .allSatisfy(o -> assertThat(o.attribution().hidden()).isTrue());
    }

    @Test
    void aFollowUpAnswerIsDraftedOnceUnderTheChathamHouseRule() {
        long event = event("Follow-up of reception offices " + token());
        long response = surveyResponse(event);
        long tunisId = fixtures.place("Tunis, TN");
        long id = harvest.draftFromFollowUp(event, tunisId, "behaviour", "We now meet migrant associations monthly",
                response, "Follow-up survey, 6 months");
        long again = harvest.draftFromFollowUp(event, tunisId, "behaviour", "We now meet migrant associations monthly",
                response, "Follow-up survey, 6 months");
        assertThat(again).isEqualTo(id);
        assertThat(LearningFixtures.count(jdbc, "select count(*) from outcome_statement where survey_response_id = " + response))
                .isEqualTo(1);

        OutcomeStatement stored = harvest.find(id, Optional.of(mc2cm)).orElseThrow();
        assertThat(stored.status()).isEqualTo("draft");
        assertThat(stored.chathamHouse()).isTrue();
        assertThat(stored.fromFollowUpSurvey()).isTrue();
        assertThat(stored.attribution().createdBy()).isEqualTo("follow-up survey");
        assertThat(stored.eventIds()).containsExactly(event);
        assertThat(stored.placeId()).isEqualTo(tunisId);
        assertThat(stored.changeAgent()).isEqualTo("Tunis, TN");
        assertThat(stored.networkId()).isEqualTo(fixtures.organisation("org:mc2cm"));
        assertThat(harvest.find(id, Optional.of(sfax)).orElseThrow().attribution().hidden()).isTrue();
        // anyone but the survey may substantiate it
        harvest.substantiate(id, "The associations confirmed it", sfax);
    }

    @Test
    void everyBadFieldIsNamedAndNothingIsStored() {
        long before = LearningFixtures.count(jdbc, "select count(*) from outcome_statement");
        OutcomeDraft bad = new OutcomeDraft(" ", "miracle", "", LocalDate.now().plusDays(3), "Atlantis, ZZ", null, null,
                "x".repeat(501), null, false, List.of(999_999_999L), List.of("Nowhere, ZZ"), "El Dorado, ZZ",
                "init:does-not-exist", null, "org:nobody",
                List.of(new OutcomeDraft.CapabilityTag("telepathy", "individual"),
                        new OutcomeDraft.CapabilityTag("deliver", "cosmic")));
        assertThatThrownBy(() -> harvest.draft(bad, tunis)).isInstanceOfSatisfying(InvalidEntryException.class,
                e -> assertThat(e.errors()).extracting(FieldError::field).contains("change_agent", "change_type",
                        "description", "observed_on", "city", "source", "events", "peer_cities", "inspired_by_city",
                        "inspired_by_initiative", "network", "capabilities"));
        assertThatThrownBy(() -> harvest.draft(draft(token(), false, List.of(), "org:mc2cm").withNetwork("Tunis"), tunis))
                .isInstanceOf(InvalidEntryException.class);
        assertThat(LearningFixtures.count(jdbc, "select count(*) from outcome_statement")).isEqualTo(before);
    }

    @Test
    void aSecondEditorWorkingFromAnOldVersionDoesNotOverwriteTheFirst() {
        long id = harvest.draft(draft(token(), false, List.of(), "org:mc2cm"), tunis);
        int seen = harvest.forEditing(id, tunis).version();
        harvest.update(id, seen, draft("first change", false, List.of(), "org:mc2cm"), tunis);
        assertThatThrownBy(() -> harvest.update(id, seen, draft("second change", false, List.of(), "org:mc2cm"), mc2cm))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(harvest.forEditing(id, mc2cm).description()).endsWith("first change");
        assertThatThrownBy(() -> harvest.update(id, seen + 1, draft("hijack", false, List.of(), "org:mc2cm"), sfax))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> harvest.forEditing(id, otherNetwork)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void whenTheAuthorChangesASubstantiatedStatementItIsSubstantiatedAgain() {
        long id = harvest.draft(draft(token(), false, List.of(), "org:mc2cm"), tunis);
        harvest.substantiate(id, "Seen it", sfax);
        int version = harvest.forEditing(id, tunis).version();
        harvest.update(id, version, draft("now a bigger office", false, List.of(), "org:mc2cm"), tunis);
        OutcomeStatement reopened = harvest.forEditing(id, tunis);
        assertThat(reopened.status()).isEqualTo("draft");
        assertThat(reopened.substantiation()).isNull();

        harvest.substantiate(id, "Seen the bigger one", sfax);
        harvest.update(id, harvest.forEditing(id, mc2cm).version(), draft("typo fixed", false, List.of(), "org:mc2cm"), mc2cm);
        assertThat(harvest.forEditing(id, mc2cm).status()).isEqualTo("substantiated");
    }

    @Test
    void countsByCapabilityAndLevelChangeTypeAndStatusForAFilter() {
        long event = event("Counting outcomes " + token());
        OutcomeDraft base = draft(token(), false, List.of(event), null);
        long a = harvest.draft(base.withCapabilities(List.of(new OutcomeDraft.CapabilityTag("deliver", "institutional"),
                new OutcomeDraft.CapabilityTag("relate", "individual"))), tunis);
        harvest.draft(base.withChangeType("policy").withCapabilities(List.of(
                new OutcomeDraft.CapabilityTag("deliver", "institutional"))), tunis);
        harvest.draft(base.withCapabilities(List.of(new OutcomeDraft.CapabilityTag("commit_engage", "collective"))), sfax);
        harvest.substantiate(a, "Confirmed", sfax);
        harvest.validate(a, mc2cm);

        OutcomeQuery ofEvent = OutcomeQuery.all().withEvent(event);
        assertThat(harvest.countsByCapabilityAndLevel(ofEvent)).extracting(c -> c.capability() + ":" + c.level() + "=" + c.count())
                .containsExactly("commit_engage:collective=1", "deliver:institutional=2", "relate:individual=1");
        assertThat(harvest.countsByCapabilityAndLevel(OutcomeQuery.validated().withEvent(event)))
                .extracting(c -> c.capability() + ":" + c.level() + "=" + c.count())
                .containsExactly("deliver:institutional=1", "relate:individual=1");
        assertThat(harvest.countsByChangeType(ofEvent)).containsExactly(java.util.Map.entry("behaviour", 0L),
                java.util.Map.entry("relationship", 0L), java.util.Map.entry("practice", 2L), java.util.Map.entry("policy", 1L),
                java.util.Map.entry("resources", 0L));
        assertThat(harvest.countsByStatus(ofEvent)).containsExactly(java.util.Map.entry("draft", 2L),
                java.util.Map.entry("substantiated", 0L), java.util.Map.entry("validated", 1L), java.util.Map.entry("rejected", 0L),
                java.util.Map.entry("withdrawn", 0L));
        assertThat(harvest.countsByStatus(ofEvent.withCapability("deliver", "institutional")).get("draft")).isEqualTo(1L);
        assertThat(harvest.ofEvent(event)).extracting(OutcomeStatement::id).containsExactly(a);
        assertThat(harvest.search(ofEvent.withCapability("relate", null), Optional.empty()).items())
                .extracting(OutcomeStatement::id).containsExactly(a);
    }

    @Test
    void theOutcomesThatSeed000ReportsAreBuiltInAndValidated() {
        var oujda = harvest.search(OutcomeQuery.all().withText("Migration Coordination Unit"), Optional.empty()).items();
        assertThat(oujda).anySatisfy(o -> {
            assertThat(o.placeId()).isEqualTo(fixtures.place("Oujda, MA"));
            assertThat(o.status()).isEqualTo("validated");
            assertThat(o.attribution().source()).contains("EIP (2023)", "Effect 1");
            assertThat(o.capabilities()).extracting(OutcomeStatement.CapabilityTag::toString).contains("deliver:institutional");
        });
        assertThat(harvest.inspiredBy(fixtures.place("Tangier, MA"))).anySatisfy(o -> {
            assertThat(o.placeId()).isEqualTo(fixtures.place("Tunis, TN"));
            assertThat(o.description()).contains("public office where migrants can meet staff from local authorities");
        });
    }

    private long surveyResponse(long event) {
        long survey = jdbc.sql("""
                insert into survey (event_id, template_id, round, opens_on, closes_on, created_by)
                values (:e, (select min(id) from survey_template where kind = 'follow_up'), 'follow_up_6', current_date,
                        current_date, 'test') returning id""").param("e", event).query(Long.class).single();
        return jdbc.sql("insert into survey_response (survey_id, language) values (:s, 'en') returning id")
                .param("s", survey).query(Long.class).single();
    }
}
