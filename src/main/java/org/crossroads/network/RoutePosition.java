package org.crossroads.network;

/**
 * A city's role on a migration route.
 *
 * @param route code of vocabulary {@code route}
 * @param role code of vocabulary {@code city_role}: origin, transit, destination
 * @param fromCountry true when it comes from the city's country (dataset/route-countries.csv), false when
 *     recorded for the city itself in the directory
 */
public record RoutePosition(String route, String role, boolean fromCountry) {}
