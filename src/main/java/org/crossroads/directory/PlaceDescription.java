package org.crossroads.directory;

import java.util.List;
import java.util.Map;

/**
 * What editors record about a place beyond the gazetteer.
 *
 * @param roles codes or labels of vocabulary {@code city_role}
 * @param routes codes or labels of vocabulary {@code route}
 * @param names the place's name in other languages, by language code ({@code fr}, {@code ar}, {@code es})
 * @param source provenance: the source document or its address
 */
public record PlaceDescription(List<String> roles, List<String> routes, Map<String, String> names, String source) {

    public PlaceDescription {
        roles = roles == null ? List.of() : List.copyOf(roles);
        routes = routes == null ? List.of() : List.copyOf(routes);
        names = names == null ? Map.of() : Map.copyOf(names);
    }
}
