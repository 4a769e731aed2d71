package org.crossroads.network;

/**
 * A vertex of the cooperation graph: a place (city or local authority), a city network or another
 * organisation, referred to by its directory id.
 *
 * @param key {@code place:ID} or {@code org:ID}, unique in the graph
 */
public record Node(String key, Kind kind, long recordId, String name, String countryCode) {

    public enum Kind { PLACE, NETWORK, ORGANISATION }

    public static String placeKey(long placeId) {
        return "place:" + placeId;
    }

    public static String organisationKey(long organisationId) {
        return "org:" + organisationId;
    }
}
