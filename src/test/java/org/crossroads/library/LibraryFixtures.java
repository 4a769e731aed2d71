package org.crossroads.library;

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

/**
 * The records the library tests share, made once per run with unique names: a city member of network A, network B,
 * an authoring organisation, accounts of every role in and out of A, and three documents of A's city at the three
 * access levels (the Chatham House one with a named author and a source address that must stay hidden).
 */
record LibraryFixtures(String run, long city, String cityReference, long networkA, String networkARef, long networkB,
        String networkBRef, String authorOrgRef, Map<String, Editor> editors, long publicDoc, long membersDoc,
        long chathamDoc) {

    static final String SECRET_AUTHOR = "Hidden Author";
    /** A built-in initiative and event every fixture document belongs to, for their pages' sections. */
    static final String INITIATIVE = "init:mc2cm";
    static final String EVENT = "mc2cm:event:02";
    static final String SECRET_URL_PART = "secret-source";
    /** Readers in the order tests enumerate them; "anonymous" is no editor. */
    static final List<String> READERS = List.of("anonymous", "contributor", "focal_point", "other_focal_point",
            "coordinator", "other_coordinator", "administrator");

    static LibraryFixtures make(Accounts accounts, PlaceEditing places, OrganisationEditing organisations,
            MembershipEditing memberships, DocumentEditing editing) {
        String run = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        String cityRef = "place:lib-" + run;
        String otherRef = "place:lib-other-" + run;
        long city = places.addLocalAuthority(new LocalAuthorityDraft(cityRef, "Libraryville " + run, "TN", 300_000L,
                34.7, 10.7, List.of("transit"), List.of("central_med"), "Library test"), "test").id();
        long otherCity = places.addLocalAuthority(new LocalAuthorityDraft(otherRef, "Otherbourg " + run, "MA", 200_000L,
                35.7, -5.8, List.of("transit"), List.of("western_med"), "Library test"), "test").id();
        String a = "org:lib-a-" + run;
        String b = "org:lib-b-" + run;
        String author = "org:lib-author-" + run;
        long networkA = organisations.upsertByExternalId(new OrganisationDraft(a, "Library Network A " + run, null,
                "city_network", null, null, null, null, "Library test"), "test").id();
        long networkB = organisations.upsertByExternalId(new OrganisationDraft(b, "Library Network B " + run, null,
                "city_network", null, null, null, null, "Library test"), "test").id();
        organisations.upsertByExternalId(new OrganisationDraft(author, "Hidden Institute " + run, null, "ngo", null, null,
                null, null, "Library test"), "test");
        memberships.upsert(new MembershipDraft(a, cityRef, null, null, null, "Library test"), "test");
        memberships.upsert(new MembershipDraft(b, otherRef, null, null, null, "Library test"), "test");
        Map<String, Editor> editors = Map.of(
                "contributor", account(accounts, "lib-contrib-" + run, Role.CONTRIBUTOR, null, null),
                "focal_point", account(accounts, "lib-focal-" + run, Role.CITY_FOCAL_POINT, null, city),
                "other_focal_point", account(accounts, "lib-focal-other-" + run, Role.CITY_FOCAL_POINT, null, otherCity),
                "coordinator", account(accounts, "lib-coord-" + run, Role.NETWORK_COORDINATOR, networkA, null),
                "other_coordinator", account(accounts, "lib-coord-other-" + run, Role.NETWORK_COORDINATOR, networkB, null),
                "administrator", account(accounts, "lib-admin-" + run, Role.ADMINISTRATOR, null, null));
        Editor coordinator = editors.get("coordinator");
        LibraryFixtures partial = new LibraryFixtures(run, city, cityRef, networkA, a, networkB, b, author, editors, 0, 0, 0);
        long publicDoc = editing.create(partial.draft("Open report " + partial.token(), "public"), coordinator);
        long membersDoc = editing.create(partial.draft("Members note " + partial.token(), "members"), coordinator);
        long chathamDoc = editing.create(partial.draft("Candid lessons " + partial.token(), "chatham_house"), coordinator);
        return new LibraryFixtures(run, city, cityRef, networkA, a, networkB, b, author, editors, publicDoc, membersDoc,
                chathamDoc);
    }

    /** The word only the three fixture documents' titles hold, to list exactly them. */
    String token() {
        return "fx" + run;
    }

    Editor editor(String role) {
        return editors.get(role);
    }

    java.util.Optional<Editor> reader(String role) {
        return java.util.Optional.ofNullable(editors.get(role));
    }

    /** A valid document of the city in network A, with a person and an organisation as authors. */
    DocumentDraft draft(String title, String access) {
        return new DocumentDraft(null, "learning_report", "en", title, "What the cities learned " + run + " & more.",
                Map.of("fr", Map.of("title", "Rapport " + title, "summary", "Ce que les villes ont appris.")), "2021",
                "2021-03", List.of("en", "fr"), List.of("social_cohesion"), List.of(), List.of(cityReference),
                List.of(SECRET_AUTHOR), List.of(authorOrgRef), List.of(networkARef), List.of(networkARef), List.of(),
                List.of(INITIATIVE), List.of(EVENT), List.of(), "CC BY 4.0", "https://example.org/" + SECRET_URL_PART + "/" + run + ".pdf",
                access, "Library test " + SECRET_URL_PART);
    }

    private static Editor account(Accounts accounts, String username, Role role, Long organisationId, Long placeId) {
        accounts.create(username, "Library " + role.name().toLowerCase(java.util.Locale.ROOT), "{noop}password-for-tests",
                role, organisationId, placeId);
        return accounts.findByUsername(username).orElseThrow();
    }
}
