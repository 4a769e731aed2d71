package org.crossroads.network.needs;

/**
 * What a city asks of the peers it would learn from, as typed fields that matching applies.
 *
 * @param sameRoute a peer on one of the city's migration routes
 * @param southSouth a peer in the global South (as the city is, in South-South cooperation)
 * @param similarSize a peer of the same size class (small, intermediary, metropolitan)
 * @param withinKm a peer no farther than this many kilometres, or null for any distance
 * @param maxLanguageDistance null for no language constraint; 0: the peer works in one of the preferred
 *     languages; 1: no more than one language apart (one interpretation step between the two)
 */
public record NeedConstraints(boolean sameRoute, boolean southSouth, boolean similarSize, Integer withinKm,
        Integer maxLanguageDistance) {

    public static final NeedConstraints NONE = new NeedConstraints(false, false, false, null, null);

    public static final int MAX_KM = 20_000;
}
