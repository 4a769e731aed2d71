package org.crossroads.data;

import java.util.List;
import java.util.Locale;
import org.crossroads.accounts.Accounts;
import org.crossroads.accounts.Editor;
import org.crossroads.accounts.Role;
import org.crossroads.directory.Place;
import org.crossroads.directory.Places;

/** Accounts and places the service point tests share: focal points of Sfax and Tunis, a contributor, a coordinator. */
final class ServicePointFixtures {

    static final String SFAX_FOCAL_POINT = "sp-sfax-focal-point";
    static final String TUNIS_FOCAL_POINT = "sp-tunis-focal-point";
    static final String CONTRIBUTOR = "sp-contributor";
    static final String COORDINATOR = "sp-coordinator";

    private final Accounts accounts;
    private final Places places;

    private ServicePointFixtures(Accounts accounts, Places places) {
        this.accounts = accounts;
        this.places = places;
    }

    static ServicePointFixtures of(Accounts accounts, Places places) {
        return new ServicePointFixtures(accounts, places);
    }

    Place sfax() {
        return places.resolve("Sfax, TN").orElseThrow();
    }

    Place tunis() {
        return places.resolve("Tunis, TN").orElseThrow();
    }

    Editor sfaxFocalPoint() {
        return account(SFAX_FOCAL_POINT, Role.CITY_FOCAL_POINT, sfax().id());
    }

    Editor tunisFocalPoint() {
        return account(TUNIS_FOCAL_POINT, Role.CITY_FOCAL_POINT, tunis().id());
    }

    Editor contributor() {
        return account(CONTRIBUTOR, Role.CONTRIBUTOR, null);
    }

    Editor coordinator() {
        return account(COORDINATOR, Role.NETWORK_COORDINATOR, null);
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

    static String coordinate(double value) {
        return String.format(Locale.ROOT, "%.6f", value);
    }

    private synchronized Editor account(String username, Role role, Long placeId) {
        if (!accounts.exists(username)) {
            accounts.create(username, username, "{noop}password-for-tests", role, null, placeId);
        }
        return accounts.findByUsername(username).orElseThrow();
    }
}
