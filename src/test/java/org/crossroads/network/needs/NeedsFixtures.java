package org.crossroads.network.needs;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.crossroads.accounts.Accounts;
import org.crossroads.accounts.Editor;
import org.crossroads.accounts.Role;
import org.crossroads.directory.LocalAuthorityDraft;
import org.crossroads.directory.MembershipDraft;
import org.crossroads.directory.MembershipEditing;
import org.crossroads.directory.OrganisationDraft;
import org.crossroads.directory.OrganisationEditing;
import org.crossroads.directory.PlaceEditing;
import org.crossroads.inventory.InitiativeDraft;
import org.crossroads.inventory.InitiativeEditing;
import org.crossroads.learning.outcomes.OutcomeDraft;
import org.crossroads.learning.outcomes.OutcomeHarvest;

/**
 * The records the needs and offers tests share, made once per run with unique names: a city and a network it
 * is a member of, another city and its own network, accounts in and out of their scopes, an initiative and a
 * validated outcome in each city.
 */
record NeedsFixtures(String run, long city, String cityReference, long otherCity, String otherCityReference,
        Map<String, Editor> editors, long initiative, long otherInitiative, long outcome, long otherOutcome) {

    static final String PASSWORD = "password-for-tests";

    static NeedsFixtures make(Accounts accounts, PlaceEditing placeEditing, OrganisationEditing organisations,
            MembershipEditing memberships, InitiativeEditing initiatives, OutcomeHarvest harvest) {
        String run = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        String cityReference = "place:needs-" + run;
        String otherReference = "place:needs-other-" + run;
        long city = placeEditing.addLocalAuthority(new LocalAuthorityDraft(cityReference, "Needsville " + run, "GM", 380_000L,
                13.45, -16.68, List.of("origin", "transit"), List.of("atlantic"), "Needs test"), "test").id();
        long otherCity = placeEditing.addLocalAuthority(new LocalAuthorityDraft(otherReference, "Offerton " + run, "MA",
                900_000L, 35.76, -5.83, List.of("transit"), List.of("western_med"), "Needs test"), "test").id();
        String network = "org:needs-" + run;
        String otherNetwork = "org:needs-other-" + run;
        long networkId = organisations.upsertByExternalId(new OrganisationDraft(network, "Needs Network " + run, null,
                "city_network", null, null, null, null, "Needs test"), "test").id();
        long otherNetworkId = organisations.upsertByExternalId(new OrganisationDraft(otherNetwork, "Other Needs Network " + run,
                null, "city_network", null, null, null, null, "Needs test"), "test").id();
        memberships.upsert(new MembershipDraft(network, cityReference, null, null, null, "Needs test"), "test");
        memberships.upsert(new MembershipDraft(otherNetwork, otherReference, null, null, null, "Needs test"), "test");

        Map<String, Editor> editors = Map.of(
                "focal_point", account(accounts, "nd-focal-" + run, Role.CITY_FOCAL_POINT, null, city),
                "other_focal_point", account(accounts, "nd-focal-other-" + run, Role.CITY_FOCAL_POINT, null, otherCity),
                "coordinator", account(accounts, "nd-coord-" + run, Role.NETWORK_COORDINATOR, networkId, null),
                "other_coordinator", account(accounts, "nd-coord-other-" + run, Role.NETWORK_COORDINATOR, otherNetworkId, null),
                "contributor", account(accounts, "nd-contributor-" + run, Role.CONTRIBUTOR, null, null),
                "administrator", account(accounts, "nd-admin-" + run, Role.ADMINISTRATOR, null, null));
        Editor admin = editors.get("administrator");
        long initiative = initiative(initiatives, "init:needs-" + run, "One-stop shop " + run, cityReference, admin);
        long otherInitiative = initiative(initiatives, "init:needs-other-" + run, "Migrant office " + run, otherReference, admin);
        long outcome = harvest.recordValidated(outcome(cityReference, network, "A one-stop shop opened " + run), "Checked", "test");
        long otherOutcome = harvest.recordValidated(outcome(otherReference, otherNetwork, "A migrant office opened " + run),
                "Checked", "test");
        return new NeedsFixtures(run, city, cityReference, otherCity, otherReference, editors, initiative, otherInitiative,
                outcome, otherOutcome);
    }

    Editor editor(String role) {
        return editors.get(role);
    }

    /** A valid need of the city: one theme, French with an Arabic translation, a few constraints. */
    NeedDraft need(String title, String visibility) {
        return new NeedDraft("fr", title, "La commune veut ouvrir un guichet unique pour les migrants.",
                Map.of("ar", Map.of("title", "شباك موحد " + run, "description", "تريد البلدية فتح شباك موحد للمهاجرين.")),
                List.of("reception_orientation"), List.of("peer_exchange"), List.of("fr", "ar"),
                new NeedConstraints(true, true, false, 2500, 1), visibility);
    }

    OfferDraft offer(String title, String visibility, Evidence evidence) {
        return new OfferDraft("en", title, "We run a one-stop shop and can host a study visit.", Map.of(),
                List.of("reception_orientation"), List.of("peer_exchange"), List.of("en", "fr"), evidence, true, visibility);
    }

    private static long initiative(InitiativeEditing initiatives, String externalId, String name, String city, Editor admin) {
        return initiatives.create(new InitiativeDraft(externalId, name, "A municipal service", "inclusive_services",
                List.of("reception_orientation"), List.of(city), List.of(), false, List.of(), List.of(), List.of(), List.of(),
                LocalDate.of(2019, 1, 1), null, "active", List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                Map.of(), "Needs test"), admin);
    }

    private static OutcomeDraft outcome(String city, String network, String description) {
        return new OutcomeDraft("Municipality", "practice", description, LocalDate.of(2023, 3, 1), city, "Newcomers are received",
                "A peer visit", "An adviser", "Decree", false, List.of(), List.of(), null, null, null, network, List.of());
    }

    private static Editor account(Accounts accounts, String username, Role role, Long organisationId, Long placeId) {
        accounts.create(username, "Needs " + role.name().toLowerCase(java.util.Locale.ROOT), "{noop}" + PASSWORD, role,
                organisationId, placeId);
        return accounts.findByUsername(username).orElseThrow();
    }
}
