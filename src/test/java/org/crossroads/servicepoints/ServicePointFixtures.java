package org.crossroads.servicepoints;

import java.util.List;
import java.util.Locale;
import org.crossroads.accounts.Accounts;
import org.crossroads.accounts.Editor;
import org.crossroads.accounts.Role;
import org.crossroads.directory.MembershipDraft;
import org.crossroads.directory.MembershipEditing;
import org.crossroads.directory.OrganisationDraft;
import org.crossroads.directory.OrganisationEditing;
import org.crossroads.directory.Place;
import org.crossroads.directory.Places;

/**
 * Accounts and places the service point tests share: focal points of Sfax and Tunis, a contributor, the
 * coordinator of a network Sfax is a member of, and the coordinator of a network of Tunis only.
 */
public final class ServicePointFixtures {

    public static final String SFAX_FOCAL_POINT = "sp-sfax-focal-point";
    static final String TUNIS_FOCAL_POINT = "sp-tunis-focal-point";
    static final String CONTRIBUTOR = "sp-contributor";
    static final String COORDINATOR = "sp-coordinator";
    static final String TUNIS_COORDINATOR = "sp-tunis-coordinator";

    private final Accounts accounts;
    private final Places places;
    private final OrganisationEditing organisations;
    private final MembershipEditing memberships;

    private ServicePointFixtures(Accounts accounts, Places places, OrganisationEditing organisations, MembershipEditing memberships) {
        this.accounts = accounts;
        this.places = places;
        this.organisations = organisations;
        this.memberships = memberships;
    }

    /** Without the coordinators, which need networks made. */
    public static ServicePointFixtures of(Accounts accounts, Places places) {
        return new ServicePointFixtures(accounts, places, null, null);
    }

    public static ServicePointFixtures of(Accounts accounts, Places places, OrganisationEditing organisations,
            MembershipEditing memberships) {
        return new ServicePointFixtures(accounts, places, organisations, memberships);
    }

    public Place sfax() {
        return places.resolve("Sfax, TN").orElseThrow();
    }

    Place tunis() {
        return places.resolve("Tunis, TN").orElseThrow();
    }

    public Editor sfaxFocalPoint() {
        return account(SFAX_FOCAL_POINT, Role.CITY_FOCAL_POINT, sfax().id());
    }

    Editor tunisFocalPoint() {
        return account(TUNIS_FOCAL_POINT, Role.CITY_FOCAL_POINT, tunis().id());
    }

    Editor contributor() {
        return account(CONTRIBUTOR, Role.CONTRIBUTOR, null);
    }

    /** A coordinator of a network Sfax is a member of. */
    Editor coordinator() {
        return coordinatorOf(COORDINATOR, "org:sp-sfax-network", "Sfax, TN");
    }

    /** A coordinator of a network Tunis is a member of, and Sfax not. */
    Editor tunisCoordinator() {
        return coordinatorOf(TUNIS_COORDINATOR, "org:sp-tunis-network", "Tunis, TN");
    }

    Editor administrator() {
        return accounts.findByUsername("admin").orElseThrow();
    }

    /** A valid draft of a point about a kilometre from the centre of Sfax. */
    ServicePointDraft inSfax(String externalId, String name) {
        Place sfax = sfax();
        return new ServicePointDraft(externalId, "Sfax, TN", name, "legal_aid", "Rue de la République, Sfax",
                sfax.latitude() + 0.008, sfax.longitude() - 0.006, null, List.of("ar", "fr"), "Mon-Fri 8:30-16:00",
                "+216 74 000 000", "https://example.org/legal-aid", "Free legal advice for migrants.", "Test fixture");
    }

    public static String coordinate(double value) {
        return String.format(Locale.ROOT, "%.6f", value);
    }

    private synchronized Editor coordinatorOf(String username, String network, String city) {
        if (organisations == null) {
            throw new IllegalStateException("coordinators need ServicePointFixtures.of with the directory's editing services");
        }
        if (!accounts.exists(username)) {
            long organisationId = organisations.upsertByExternalId(new OrganisationDraft(network, "Network of " + username,
                    null, "city_network", null, null, null, null, "Test fixture"), "test").id();
            memberships.upsert(new MembershipDraft(network, city, null, null, null, "Test fixture"), "test");
            accounts.create(username, username, "{noop}password-for-tests", Role.NETWORK_COORDINATOR, organisationId, null);
        }
        return accounts.findByUsername(username).orElseThrow();
    }

    private synchronized Editor account(String username, Role role, Long placeId) {
        if (!accounts.exists(username)) {
            accounts.create(username, username, "{noop}password-for-tests", role, null, placeId);
        }
        return accounts.findByUsername(username).orElseThrow();
    }

    public static String collection(String... features) {
        return "{\"type\": \"FeatureCollection\", \"name\": \"services\", \"features\": [\n" + String.join(",\n", features) + "\n]}";
    }

    public static String feature(String geometry, String properties) {
        return "{\"type\": \"Feature\", \"geometry\": " + geometry + ", \"properties\": {" + properties + "}}";
    }

    public static String properties(String externalId, String name, String kind) {
        return "\"external_id\": \"" + externalId + "\", \"name\": \"" + name + "\", \"city\": \"Sfax, TN\", \"kind\": \"" + kind
                + "\", \"source\": \"Municipal list of services\"";
    }
}
