package org.crossroads.directory;

import org.crossroads.shared.validation.InvalidEntryException;
import org.crossroads.shared.validation.ConcurrentEditException;
import org.crossroads.shared.validation.FieldError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.crossroads.IntegrationTest;
import org.crossroads.accounts.Editor;
import org.crossroads.accounts.Role;
import org.crossroads.audit.AuditTrail;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/** Editing the directory: validation naming the field, access rules, optimistic locking, upserts, audit. */
@IntegrationTest
class DirectoryEditingTest {

    static final String RUN = Long.toString(System.nanoTime(), 36);
    static final Editor ADMIN = new Editor(0, "editing-admin", "Admin", Role.ADMINISTRATOR, null, null);
    static final Editor CONTRIBUTOR = new Editor(0, "editing-contributor-" + RUN, "Contributor", Role.CONTRIBUTOR, null, null);

    @Autowired PlaceEditing placeEditing;
    @Autowired OrganisationEditing organisationEditing;
    @Autowired MembershipEditing membershipEditing;
    @Autowired PartnershipEditing partnershipEditing;
    @Autowired Places places;
    @Autowired Organisations organisations;
    @Autowired Memberships memberships;
    @Autowired Partnerships partnerships;
    @Autowired AuditTrail audit;
    @Autowired TransactionTemplate transaction;

    static LocalAuthorityDraft localAuthority(String slug) {
        return new LocalAuthorityDraft("place:" + slug + "-" + RUN, "Test town " + slug, "GM", 30_000L, 13.45, -16.68,
                List.of("transit"), List.of("atlantic"), "Test source");
    }

    static OrganisationDraft organisation(String slug) {
        return new OrganisationDraft("org:" + slug + "-" + RUN, "Test network " + slug, "TN" + slug.toUpperCase(),
                "city_network", "TN", "Sfax, TN", "https://example.org/" + slug, "A test network", "Test source");
    }

    static List<String> fields(InvalidEntryException e) {
        return e.errors().stream().map(FieldError::field).toList();
    }

    @Test
    void invalidValuesAreRejectedNamingTheField() {
        var bad = new LocalAuthorityDraft(null, "Nowhere", "XX", -5L, 91.0, 200.0, List.of("wanderer"), List.of("silk_road"), "");
        assertThatThrownBy(() -> placeEditing.addLocalAuthority(bad, ADMIN))
                .isInstanceOfSatisfying(InvalidEntryException.class, e -> assertThat(fields(e))
                        .contains("country", "population", "latitude", "longitude", "roles", "routes", "source"));
        assertThatThrownBy(() -> organisationEditing.create(new OrganisationDraft(null, "", null, "guild", "ZZ",
                "Atlantis, TN", "ftp://example.org", null, "s"), ADMIN))
                .isInstanceOfSatisfying(InvalidEntryException.class, e -> assertThat(fields(e))
                        .contains("name", "type", "country", "city", "website"));
    }

    @Test
    void vocabularyValuesMatchLabelsInAnyLanguage() {
        long id = placeEditing.addLocalAuthority(new LocalAuthorityDraft(null, "Labelville " + RUN, "ma", null, 34.0, -5.0,
                List.of("Tránsito", "ORIGINE"), List.of("Route de la Méditerranée occidentale"), "s"), ADMIN);
        Place place = places.find(id).orElseThrow();
        assertThat(place.roles()).containsExactly("transit", "origin");
        assertThat(place.routes()).containsExactly("western_med");
        assertThat(place.countryCode()).isEqualTo("MA");
        assertThat(place.externalId()).isEqualTo("place:labelville-" + RUN);
        assertThat(place.sizeClass()).as("no population: size not known").isEqualTo("unknown");
    }

    @Test
    void aLocalAuthorityIsFoundByItsExternalIdAndReimportingUpdatesIt() {
        Saved first = placeEditing.addLocalAuthority(localAuthority("kanifing"), "importer");
        var changed = new LocalAuthorityDraft("place:kanifing-" + RUN, "Kanifing " + RUN, "GM", 382_000L, 13.45, -16.68,
                List.of("origin", "transit"), List.of("atlantic"), "Test source 2");
        Saved second = placeEditing.addLocalAuthority(changed, "importer");
        assertThat(first.created()).isTrue();
        assertThat(second).isEqualTo(new Saved(first.id(), false));
        Place place = places.resolve("place:kanifing-" + RUN).orElseThrow();
        assertThat(place.population()).isEqualTo(382_000L);
        assertThat(place.sizeClass()).isEqualTo("intermediary");
        assertThat(place.reference()).isEqualTo("place:kanifing-" + RUN);
    }

    @Test
    void aFocalPointDescribesItsOwnCityButNoOther() {
        long own = placeEditing.addLocalAuthority(localAuthority("own"), "importer").id();
        long other = placeEditing.addLocalAuthority(localAuthority("other"), "importer").id();
        Editor focalPoint = new Editor(0, "focal-" + RUN, "Focal point", Role.CITY_FOCAL_POINT, null, own);
        int version = places.find(own).orElseThrow().version();
        placeEditing.describe(own, version, new PlaceDescription(List.of("destination"), List.of(),
                Map.of("fr", "Ville propre", "ar", "مدينة"), "Focal point"), focalPoint);
        assertThat(places.find(own).orElseThrow().roles()).containsExactly("destination");
        assertThat(places.localNames(own)).containsEntry("fr", "Ville propre").containsEntry("ar", "مدينة");
        assertThat(places.provenance(own).orElseThrow().updatedBy()).isEqualTo("focal-" + RUN);
        int otherVersion = places.find(other).orElseThrow().version();
        assertThatThrownBy(() -> placeEditing.describe(other, otherVersion,
                new PlaceDescription(List.of("origin"), List.of(), Map.of(), "x"), focalPoint))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(places.find(other).orElseThrow().roles()).containsExactly("transit");
    }

    @Test
    void aConcurrentEditIsAConflictAndKeepsTheStoredValue() {
        long id = placeEditing.addLocalAuthority(localAuthority("race"), "importer").id();
        int seenByBoth = places.find(id).orElseThrow().version();
        placeEditing.describe(id, seenByBoth, new PlaceDescription(List.of("origin"), List.of(), Map.of(), "first"), ADMIN);
        assertThatThrownBy(() -> placeEditing.describe(id, seenByBoth,
                new PlaceDescription(List.of("destination"), List.of(), Map.of(), "second"), ADMIN))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(places.find(id).orElseThrow().roles()).containsExactly("origin");
        assertThat(places.provenance(id).orElseThrow().source()).isEqualTo("first");
    }

    @Test
    void aContributorsOrganisationIsProposedAndHiddenUntilACoordinatorPublishesIt() {
        long id = organisationEditing.create(new OrganisationDraft(null, "Proposed association " + RUN, null,
                "migrant_association", "TN", null, null, null, "Contributor"), CONTRIBUTOR);
        assertThat(organisations.find(id).orElseThrow().publication()).isEqualTo("proposed");
        assertThat(organisations.list(new OrganisationQuery("Proposed association " + RUN, "", 0, 20)).items()).isEmpty();
        assertThat(organisations.proposed()).extracting(Organisation::id).contains(id);

        assertThatThrownBy(() -> organisationEditing.publish(id, CONTRIBUTOR)).isInstanceOf(AccessDeniedException.class);
        Editor coordinator = new Editor(0, "coordinator-" + RUN, "Coordinator", Role.NETWORK_COORDINATOR, 1L, null);
        organisationEditing.publish(id, coordinator);
        assertThat(organisations.list(new OrganisationQuery("Proposed association " + RUN, "", 0, 20)).items())
                .extracting(Organisation::id).containsExactly(id);
    }

    @Test
    void aCoordinatorEditsItsOwnOrganisationOnly() {
        Saved own = organisationEditing.upsertByExternalId(organisation("own"), "importer");
        Saved other = organisationEditing.upsertByExternalId(organisation("other"), "importer");
        Editor coordinator = new Editor(0, "coord-" + RUN, "Coordinator", Role.NETWORK_COORDINATOR, own.id(), null);
        Organisation current = organisations.find(own.id()).orElseThrow();
        organisationEditing.update(own.id(), current.version(), new OrganisationDraft(null, "Renamed network " + RUN,
                null, "city_network", null, null, null, null, "Coordinator"), coordinator);
        assertThat(organisations.find(own.id()).orElseThrow().name()).isEqualTo("Renamed network " + RUN);
        assertThatThrownBy(() -> organisationEditing.update(other.id(), 0, organisation("other"), coordinator))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void reimportingAnOrganisationUpdatesItInsteadOfDuplicating() {
        Saved first = organisationEditing.upsertByExternalId(organisation("again"), "importer");
        var renamed = new OrganisationDraft("org:again-" + RUN, "Network renamed", null, "Réseau de villes", null,
                "geonames:2467454", null, null, "Second import");
        Saved second = organisationEditing.upsertByExternalId(renamed, "importer");
        assertThat(second).isEqualTo(new Saved(first.id(), false));
        Organisation stored = organisations.find(first.id()).orElseThrow();
        assertThat(stored.name()).isEqualTo("Network renamed");
        assertThat(stored.countryCode()).isEqualTo("TN");
        assertThat(stored.placeId()).isEqualTo(places.resolve("Sfax, TN").orElseThrow().id());
    }

    @Test
    void membershipsAreKeyedByOrganisationCityAndRoleAndChecked() {
        Saved network = organisationEditing.upsertByExternalId(organisation("members"), "importer");
        var draft = new MembershipDraft("org:members-" + RUN, "Sfax, TN", "Member", LocalDate.of(2016, 1, 1), null, "Annex I");
        Saved first = membershipEditing.upsert(draft, "importer");
        Saved again = membershipEditing.upsert(new MembershipDraft("org:members-" + RUN, "geonames:2467454", "member",
                LocalDate.of(2016, 1, 1), LocalDate.of(2022, 12, 31), "Annex I"), "importer");
        assertThat(again).isEqualTo(new Saved(first.id(), false));
        assertThat(memberships.ofOrganisation(network.id())).singleElement()
                .satisfies(m -> assertThat(m.until()).isEqualTo(LocalDate.of(2022, 12, 31)));

        assertThatThrownBy(() -> membershipEditing.upsert(new MembershipDraft("org:nobody-" + RUN, "Nowhere, TN",
                "member", LocalDate.of(2020, 1, 1), LocalDate.of(2019, 1, 1), "x"), "importer"))
                .isInstanceOfSatisfying(InvalidEntryException.class,
                        e -> assertThat(fields(e)).containsExactly("organisation", "place", "until"));

        Editor otherCoordinator = new Editor(0, "other-" + RUN, "Other", Role.NETWORK_COORDINATOR, -1L, null);
        assertThatThrownBy(() -> membershipEditing.remove(first.id(), otherCoordinator)).isInstanceOf(AccessDeniedException.class);
        membershipEditing.remove(first.id(), ADMIN);
        assertThat(memberships.ofOrganisation(network.id())).isEmpty();
        assertThat(audit.history("membership", first.id())).extracting(AuditTrail.Change::action)
                .containsExactly("removed", "updated", "created");
    }

    @Test
    void partnershipsAreOnePerPairAndKindInEitherOrder() {
        long a = placeEditing.addLocalAuthority(localAuthority("twin-a"), "importer").id();
        String b = "place:twin-b-" + RUN;
        placeEditing.addLocalAuthority(localAuthority("twin-b"), "importer");
        Saved first = partnershipEditing.upsert(new PartnershipDraft("place:twin-a-" + RUN, b, "twinning",
                List.of("housing"), LocalDate.of(2019, 5, 1), null, "s"), "importer");
        Saved reversed = partnershipEditing.upsert(new PartnershipDraft(b, "place:twin-a-" + RUN, "Jumelage",
                List.of("housing", "education"), LocalDate.of(2019, 5, 1), null, "s"), "importer");
        assertThat(reversed).isEqualTo(new Saved(first.id(), false));
        assertThat(partnerships.ofPlace(a)).singleElement().satisfies(p -> assertThat(p.topics()).containsExactly("housing", "education"));

        Editor focalPointOfA = new Editor(0, "focal-a-" + RUN, "A", Role.CITY_FOCAL_POINT, null, a);
        Editor focalPointElsewhere = new Editor(0, "focal-x-" + RUN, "X", Role.CITY_FOCAL_POINT, null, -1L);
        assertThatThrownBy(() -> partnershipEditing.remove(first.id(), focalPointElsewhere)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> partnershipEditing.upsert(new PartnershipDraft(b, b, "twinning", List.of(), null, null, "s"), "i"))
                .isInstanceOfSatisfying(InvalidEntryException.class, e -> assertThat(fields(e)).containsExactly("place_b"));
        partnershipEditing.remove(first.id(), focalPointOfA);
        assertThat(partnerships.ofPlace(a)).isEmpty();
    }

    @Test
    void importsJoinTheCallersTransactionSoAFailingFileLeavesNothing() {
        String externalId = "org:rolled-back-" + RUN;
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
            organisationEditing.upsertByExternalId(new OrganisationDraft(externalId, "Rolled back", null, "ngo", null,
                    null, null, null, "s"), "importer");
            membershipEditing.upsert(new MembershipDraft(externalId, "Nowhere, TN", null, null, null, "s"), "importer");
        })).isInstanceOf(InvalidEntryException.class);
        assertThat(organisations.resolve(externalId)).isEmpty();
    }

    @Test
    void everyChangeIsInTheHistoryWithWhoAndWhat() {
        long id = placeEditing.addLocalAuthority(localAuthority("history"), ADMIN);
        placeEditing.describe(id, places.find(id).orElseThrow().version(),
                new PlaceDescription(List.of("origin"), List.of("atlantic"), Map.of(), "Second source"), ADMIN);
        var history = audit.history("place", id);
        assertThat(history).extracting(AuditTrail.Change::action).containsExactly("updated", "created");
        assertThat(history.get(0).actor()).isEqualTo("editing-admin");
        assertThat(history.get(0).fields()).extracting(org.crossroads.audit.FieldChange::field)
                .containsExactlyInAnyOrder("roles", "source");
    }
}
