package org.crossroads.network.web;

import java.util.Locale;
import org.crossroads.shared.vocabulary.Vocabularies;

/** The filters of the network pages and API: a value that is not a route or a country code means "any". */
public final class NetworkFilters {

    private NetworkFilters() {
    }

    public static String route(Vocabularies vocabularies, String route) {
        return route != null && vocabularies.contains(Vocabularies.ROUTE, route.strip()) ? route.strip() : "";
    }

    public static String country(String country) {
        return country != null && country.strip().matches("[A-Za-z]{2}") ? country.strip().toUpperCase(Locale.ROOT) : "";
    }
}
