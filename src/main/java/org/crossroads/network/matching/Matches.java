package org.crossroads.network.matching;

import java.util.List;

/**
 * The answer of {@link PeerMatching}: the suggested peers in order, and the peers a need's constraints left out
 * (with the constraint that left each out), so the city sees what its constraints cost.
 *
 * @param placeId the city the suggestions are for
 * @param themes the themes matched on (empty: every theme)
 * @param ready false while the matching index is first being built: no suggestion yet
 */
public record Matches(long placeId, List<String> themes, boolean ready, List<Suggestion> suggestions,
        List<Suggestion> excluded) {

    public Matches {
        themes = List.copyOf(themes);
        suggestions = List.copyOf(suggestions);
        excluded = List.copyOf(excluded);
    }

    static Matches notReady(long placeId, List<String> themes) {
        return new Matches(placeId, themes, false, List.of(), List.of());
    }
}
