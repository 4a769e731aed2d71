package org.crossroads.data;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crossroads.accounts.Accounts;
import org.crossroads.accounts.Editor;
import org.crossroads.accounts.Role;
import org.crossroads.directory.MembershipDraft;
import org.crossroads.directory.MembershipEditing;
import org.crossroads.directory.OrganisationDraft;
import org.crossroads.directory.OrganisationEditing;
import org.crossroads.directory.Places;
import org.springframework.context.ApplicationContext;

/**
 * Data the analytics tests share, set up once in the shared database: an indicator of their own (so no
 * other test's values mix in), values for cities of Senegal and Mali with small counts, restricted and
 * confidential figures, a network of five of those cities, and accounts: the focal points of Thiès and
 * Kaolack and the network's coordinator.
 */
final class AnalyticsFixtures {

    static final String INDICATOR = "analytics_test_arrivals";
    static final String NETWORK = "org:analytics-test-network";
    static final String THIES_FOCAL_POINT = "analytics-thies-focal-point";
    static final String KAOLACK_FOCAL_POINT = "analytics-kaolack-focal-point";
    static final String COORDINATOR = "analytics-network-coordinator";
    static final List<String> MEMBERS = List.of("Thiès, SN", "Kaolack, SN", "Ziguinchor, SN", "Tambacounda, SN", "Saint-Louis, SN");

    /** Out of order on purpose: time series must sort by period. */
    static final String VALUES = DataImportTest.HEADER
            + "INDICATOR,\"Thiès, SN\",2024,,140,,,,\n"
            + "INDICATOR,\"Thiès, SN\",2022,,100,,,,\n"
            + "INDICATOR,\"Thiès, SN\",2023-Q3,,30,,,,\n"
            + "INDICATOR,\"Thiès, SN\",2023,,120,,,,\n"
            + "INDICATOR,\"Thiès, SN\",2023,sex=female,3,,,,\n"
            + "INDICATOR,\"Thiès, SN\",2023,sex=male,117,,,,\n"
            + "INDICATOR,\"Thiès, SN\",2023,age_group=15_24,20,,,,\n"
            + "INDICATOR,\"Thiès, SN\",2023,age_group=25_64,100,,,,\n"
            + "INDICATOR,\"Kaolack, SN\",2023,,80,,,,\n"
            + "INDICATOR,\"Kaolack, SN\",2023,sex=female,50,,,,\n"
            + "INDICATOR,\"Kaolack, SN\",2023,sex=male,30,,,,confidential\n"
            + "INDICATOR,\"Ziguinchor, SN\",2023,,2,,,,\n"
            + "INDICATOR,\"Tambacounda, SN\",2023,,45,,,,restricted\n"
            + "INDICATOR,\"Saint-Louis, SN\",2023,,60,,,,confidential\n"
            + "INDICATOR,\"Sikasso, ML\",2023,,1,,,,\n"
            + "INDICATOR,\"Ségou, ML\",2023,,2,,,,\n";

    private static boolean loaded;

    private AnalyticsFixtures() {
    }

    /** Sets the data up with the services of the test's application context, the first time only. */
    static synchronized void load(ApplicationContext context) {
        if (loaded) {
            return;
        }
        load(context.getBean(CatalogueEditing.class), context.getBean(DataImportJobs.class),
                context.getBean(OrganisationEditing.class), context.getBean(MembershipEditing.class),
                context.getBean(Accounts.class), context.getBean(Places.class));
        loaded = true;
    }

    private static void load(CatalogueEditing editing, DataImportJobs jobs, OrganisationEditing organisations,
            MembershipEditing memberships, Accounts accounts, Places places) {
        editing.putIndicator(new IndicatorDraft(INDICATOR, Map.of("en", "Test arrivals", "fr", "Arrivées (test)",
                "ar", "وافدون (اختبار)", "es", "Llegadas (prueba)"), Map.of("en", "Arrivals, for the analytics tests"),
                "persons", "count", "sum", List.of("sex", "age_group"), List.of(), List.of(), List.of(), List.of(), false,
                null, 0, "analytics tests"), "analytics-test");
        DataImportReport report = jobs.runNow("analytics.csv", VALUES.replace("INDICATOR", INDICATOR).getBytes(StandardCharsets.UTF_8),
                new DataImport.Options(false, false, "analytics-test", Locale.ENGLISH, null));
        if (report.hasProblems()) {
            throw new IllegalStateException("analytics fixtures: " + report.problems());
        }
        long network = organisations.upsertByExternalId(new OrganisationDraft(NETWORK, "Analytics Test Network", "ATN",
                "city_network", "", "", "", "", "analytics tests"), "analytics-test").id();
        MEMBERS.forEach(city -> memberships.upsert(new MembershipDraft(NETWORK, city, null, null, null, "analytics tests"),
                "analytics-test"));
        account(accounts, THIES_FOCAL_POINT, Role.CITY_FOCAL_POINT, null, places.resolve("Thiès, SN").orElseThrow().id());
        account(accounts, KAOLACK_FOCAL_POINT, Role.CITY_FOCAL_POINT, null, places.resolve("Kaolack, SN").orElseThrow().id());
        account(accounts, COORDINATOR, Role.NETWORK_COORDINATOR, network, null);
    }

    private static Editor account(Accounts accounts, String username, Role role, Long organisationId, Long placeId) {
        if (!accounts.exists(username)) {
            accounts.create(username, username, "{noop}password-for-tests", role, organisationId, placeId);
        }
        return accounts.findByUsername(username).orElseThrow();
    }
}
