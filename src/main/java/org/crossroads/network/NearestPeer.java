package org.crossroads.network;

/**
 * The nearest other city that is a member of a network.
 *
 * @param km great-circle distance ({@code shared.geo.GreatCircle})
 * @param hops steps from the city to it along ties of the city graph, or null when it cannot be reached
 */
public record NearestPeer(long placeId, String name, String countryCode, double km, Integer hops) {}
