package org.crossroads.inventory.search;

import java.util.Arrays;
import java.util.Optional;

/** The dimensions search results can be narrowed by; {@code parameter} is the URL query parameter. */
public enum Facet {
    ACTIVITY_TYPE("type", "activity_type"),
    THEME("theme", "theme"),
    COUNTRY("country", null),
    ROUTE("route", "route"),
    CITY_ROLE("role", "city_role"),
    SIZE_CLASS("size", "size_class"),
    NETWORK("network", null),
    /** A place of the initiative (a city it takes place in), by place id: the platform's one search filters by it. */
    CITY("city", null),
    GCM_OBJECTIVE("gcm", "gcm_objective"),
    STATUS("status", "status");

    private final String parameter;
    private final String vocabulary;

    Facet(String parameter, String vocabulary) {
        this.parameter = parameter;
        this.vocabulary = vocabulary;
    }

    public String parameter() {
        return parameter;
    }

    /** The vocabulary whose labels name this facet's values, or null (countries, networks, cities). */
    public String vocabulary() {
        return vocabulary;
    }

    /** Networks and cities are ids and GCM objectives numbers: a value that is no number can match nothing. */
    public boolean accepts(String value) {
        return (this != NETWORK && this != CITY && this != GCM_OBJECTIVE) || value.strip().matches("\\d{1,18}");
    }

    public static Optional<Facet> byParameter(String parameter) {
        return Arrays.stream(values()).filter(f -> f.parameter.equals(parameter)).findFirst();
    }
}
