package org.crossroads.network.matching;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crossroads.accounts.Accounts;
import org.crossroads.accounts.Editor;
import org.crossroads.accounts.Role;
import org.crossroads.directory.LocalAuthorityDraft;
import org.crossroads.directory.MembershipDraft;
import org.crossroads.directory.MembershipEditing;
import org.crossroads.directory.OrganisationDraft;
import org.crossroads.directory.OrganisationEditing;
import org.crossroads.directory.PartnershipDraft;
import org.crossroads.directory.PartnershipEditing;
import org.crossroads.directory.PlaceEditing;
import org.crossroads.inventory.InitiativeDraft;
import org.crossroads.inventory.InitiativeEditing;
import org.crossroads.learning.outcomes.OutcomeDraft;
import org.crossroads.learning.outcomes.OutcomeHarvest;
import org.crossroads.network.needs.Evidence;
import org.crossroads.network.needs.NeedConstraints;
import org.crossroads.network.needs.NeedDraft;
import org.crossroads.network.needs.NeedEditing;
import org.crossroads.network.needs.OfferDraft;
import org.crossroads.network.needs.OfferEditing;

/**
 * A small world for matching, made once per run with unique names, on one theme no other record uses. The seeking
 * city S (The Gambia, transit on the Atlantic route, 380,000) and five peers holding evidence on the theme:
 * <pre>
 *   A  Morocco, transit, Atlantic, 900,000, ~830 km: initiative since 2016, an offer with contact consent (peer
 *      exchange), and an outcome in C it inspired
 *   B  Spain, destination, Atlantic, 500,000: initiative since 2018 (global North)
 *   C  Senegal, origin, Atlantic, 200,000, ~160 km: initiative since 2020, the validated outcome A inspired, twinned
 *      with S (a tie, not on the theme), and a private offer with consent
 *   D  Mauritania, transit, Western Mediterranean, 100,000: runs an initiative on the theme together with S
 *   E  Kenya, no route, 4,000,000, ~6,000 km: initiative since 2019
 * </pre>
 * S states a public need (theme, peer exchange, French, South-South, within 3,000 km) and a private one.
 */
record MatchingFixtures(String run, String theme, Map<String, Long> city, Map<String, String> ref, Map<String, Editor> editors,
        long publicNeed, long privateNeed, long offerOfA, long privateOfferOfC, long outcomeInC) {

    static MatchingFixtures make(String theme, Accounts accounts, PlaceEditing places, PartnershipEditing partnerships,
            InitiativeEditing initiatives, OutcomeHarvest harvest, NeedEditing needs, OfferEditing offers,
            OrganisationEditing organisations, MembershipEditing memberships) {
        String run = Long.toString(System.nanoTime(), 36);
        Map<String, Long> city = new LinkedHashMap<>();
        Map<String, String> ref = new LinkedHashMap<>();
        Object[][] rows = {
            {"S", "Seekton", "GM", 380_000L, 13.45, -16.68, "transit", "atlantic"},
            {"A", "Alphaville", "MA", 900_000L, 20.9, -17.0, "transit", "atlantic"},
            {"B", "Betaburg", "ES", 500_000L, 28.1, -15.4, "destination", "atlantic"},
            {"C", "Gammaton", "SN", 200_000L, 14.7, -17.4, "origin", "atlantic"},
            {"D", "Deltapur", "MR", 100_000L, 18.1, -15.9, "transit", "western_med"},
            {"E", "Epsilon", "KE", 4_000_000L, -1.3, 36.8, null, null}};
        for (Object[] r : rows) {
            String key = (String) r[0];
            String reference = "place:match-" + key.toLowerCase() + "-" + run;
            ref.put(key, reference);
            city.put(key, places.addLocalAuthority(new LocalAuthorityDraft(reference, r[1] + " " + run, (String) r[2], (Long) r[3],
                    (Double) r[4], (Double) r[5], r[6] == null ? List.of() : List.of((String) r[6]),
                    r[7] == null ? List.of() : List.of((String) r[7]), "Matching test"), "test").id());
        }
        Map<String, Editor> editors = Map.of(
                "admin", account(accounts, "mt-admin-" + run, Role.ADMINISTRATOR, null),
                "focalS", account(accounts, "mt-focal-s-" + run, Role.CITY_FOCAL_POINT, city.get("S")),
                "focalC", account(accounts, "mt-focal-c-" + run, Role.CITY_FOCAL_POINT, city.get("C")));
        Editor admin = editors.get("admin");
        long initiativeOfA = initiative(initiatives, theme, "init:match-a-" + run, "Night shelter of Alphaville " + run,
                List.of(ref.get("A")), 2016, admin);
        initiative(initiatives, theme, "init:match-b-" + run, "Housing first in Betaburg " + run, List.of(ref.get("B")), 2018, admin);
        long initiativeOfC = initiative(initiatives, theme, "init:match-c-" + run, "Street outreach in Gammaton " + run,
                List.of(ref.get("C")), 2020, admin);
        initiative(initiatives, theme, "init:match-sd-" + run, "Seekton and Deltapur shelters " + run,
                List.of(ref.get("S"), ref.get("D")), 2021, admin);
        initiative(initiatives, theme, "init:match-e-" + run, "Epsilon hostels " + run, List.of(ref.get("E")), 2019, admin);
        partnerships.upsert(new PartnershipDraft(ref.get("S"), ref.get("C"), "twinning", List.of(), LocalDate.of(2010, 1, 1), null,
                "Matching test " + run), "test");
        // the outcome's network, of which C alone is a member (so it ties no city to S)
        String network = "org:match-net-" + run;
        organisations.upsertByExternalId(new OrganisationDraft(network, "Matching Network " + run, null, "city_network", null, null,
                null, null, "Matching test"), "test");
        memberships.upsert(new MembershipDraft(network, ref.get("C"), null, null, null, "Matching test"), "test");
        long outcomeInC = harvest.recordValidated(new OutcomeDraft("Municipality", "practice",
                "Gammaton opened a night shelter on Alphaville's model " + run, LocalDate.of(2022, 5, 1), ref.get("C"),
                "People sleep indoors", "A study visit", "Matching test", "Decree", false, List.of(), List.of(), ref.get("A"),
                "init:match-a-" + run, null, network, List.of()), "Checked", "test");

        long offerOfA = offers.create(city.get("A"), new OfferDraft("en", "Night shelter know-how " + run, "We can host a visit.",
                Map.of(), List.of(theme), List.of("peer_exchange"), List.of("fr", "ar"),
                new Evidence(List.of(initiativeOfA), List.of(outcomeInC), List.of()), true, "public"), admin);
        long privateOfferOfC = offers.create(city.get("C"), new OfferDraft("fr", "Maraudes " + run, "Nous pouvons montrer nos maraudes.",
                Map.of(), List.of(theme), List.of("peer_exchange"), List.of("fr"), new Evidence(List.of(initiativeOfC), List.of(),
                List.of()), true, "private"), admin);
        NeedConstraints constraints = new NeedConstraints(false, true, false, 3000, null);
        long publicNeed = needs.create(city.get("S"), new NeedDraft("en", "Shelter for people on the move " + run,
                "Seekton wants to open a night shelter.", Map.of(), List.of(theme), List.of("peer_exchange"), List.of("fr"),
                constraints, "public"), admin);
        long privateNeed = needs.create(city.get("S"), new NeedDraft("en", "Private shelter plan " + run, "Not yet public.", Map.of(),
                List.of(theme), List.of(), List.of(), NeedConstraints.NONE, "private"), admin);
        return new MatchingFixtures(run, theme, city, ref, editors, publicNeed, privateNeed, offerOfA, privateOfferOfC, outcomeInC);
    }

    long id(String key) {
        return city.get(key);
    }

    private static long initiative(InitiativeEditing initiatives, String theme, String externalId, String name, List<String> cities,
            int since, Editor admin) {
        return initiatives.create(new InitiativeDraft(externalId, name, "A municipal service", "inclusive_services", List.of(theme),
                cities, List.of(), false, List.of(), List.of(), List.of(), List.of(), LocalDate.of(since, 3, 1), null, "active",
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), Map.of(), "Matching test"), admin);
    }

    private static Editor account(Accounts accounts, String username, Role role, Long placeId) {
        accounts.create(username, "Matching " + role.name().toLowerCase(java.util.Locale.ROOT), "{noop}password-for-tests", role,
                null, placeId);
        return accounts.findByUsername(username).orElseThrow();
    }
}
