package org.crossroads.network;

/**
 * A country on a route with few or no connected cities.
 *
 * @param cities cities of the country with a role on the route
 * @param withTies of those, cities with at least one tie
 * @param inNetwork of those, cities that are members of a network
 * @param wellConnected of those, cities with connectedness of at least 0.5
 */
public record GapCountry(String route, String countryCode, int cities, int withTies, int inNetwork,
        int wellConnected) {

    /** "Few or no connected cities": fewer than two of its cities on the route are members of a city network. */
    public static final int FEW = 2;

    public boolean isGap() {
        return inNetwork < FEW;
    }
}
