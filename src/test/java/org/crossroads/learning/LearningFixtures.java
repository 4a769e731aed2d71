package org.crossroads.learning;

import org.crossroads.accounts.Accounts;
import org.crossroads.accounts.Editor;
import org.crossroads.accounts.Role;
import org.crossroads.directory.Organisations;
import org.crossroads.directory.Places;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Accounts and references the learning tests share: an MC2CM coordinator, another network's, a city focal point. */
public final class LearningFixtures {

    public static final String MC2CM_COORDINATOR = "mc2cm-coordinator";
    public static final String OTHER_COORDINATOR = "uclg-africa-coordinator";
    public static final String TUNIS_FOCAL_POINT = "tunis-focal-point";
    public static final String SFAX_FOCAL_POINT = "sfax-focal-point";

    private final Accounts accounts;
    private final Organisations organisations;
    private final Places places;

    LearningFixtures(Accounts accounts, Organisations organisations, Places places) {
        this.accounts = accounts;
        this.organisations = organisations;
        this.places = places;
    }

    public Editor mc2cmCoordinator() {
        return account(MC2CM_COORDINATOR, Role.NETWORK_COORDINATOR, organisation("org:mc2cm"), null);
    }

    public Editor otherCoordinator() {
        return account(OTHER_COORDINATOR, Role.NETWORK_COORDINATOR, organisation("org:uclg-africa"), null);
    }

    public Editor tunisFocalPoint() {
        return account(TUNIS_FOCAL_POINT, Role.CITY_FOCAL_POINT, null, place("Tunis, TN"));
    }

    public Editor sfaxFocalPoint() {
        return account(SFAX_FOCAL_POINT, Role.CITY_FOCAL_POINT, null, place("Sfax, TN"));
    }

    public long organisation(String reference) {
        return organisations.resolve(reference).orElseThrow().id();
    }

    public long place(String reference) {
        return places.resolve(reference).orElseThrow().id();
    }

    private synchronized Editor account(String username, Role role, Long organisationId, Long placeId) {
        if (!accounts.exists(username)) {
            accounts.create(username, displayName(username), "{noop}password-for-tests", role, organisationId, placeId);
        }
        return accounts.findByUsername(username).orElseThrow();
    }

    /** The name the public sees for a fixture account ("tunis focal point" for "tunis-focal-point"). */
    public static String displayName(String username) {
        return username.replace('-', ' ');
    }

    public static LearningFixtures of(Accounts accounts, Organisations organisations, Places places) {
        return new LearningFixtures(accounts, organisations, places);
    }

    public static long count(JdbcClient jdbc, String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
