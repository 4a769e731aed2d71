package org.crossroads.inventory.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crossroads.directory.Place;
import org.crossroads.directory.Places;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The cities where published initiatives take place, with how many: what the home map shows. */
@Component
class MapPoints {

    private final JdbcClient jdbc;
    private final Places places;

    MapPoints(JdbcClient jdbc, Places places) {
        this.jdbc = jdbc;
        this.places = places;
    }

    record CityCount(Place place, int initiatives) {}

    List<CityCount> citiesWithInitiatives() {
        Map<Long, Integer> counts = new LinkedHashMap<>();
        jdbc.sql("""
                select p.place_id, count(*) from initiative_place p join initiative i on i.id = p.initiative_id
                where i.publication = 'published' group by p.place_id""")
                .query(rs -> {
                    counts.put(rs.getLong(1), rs.getInt(2));
                });
        Map<Long, Place> byId = places.findAll(counts.keySet());
        List<CityCount> cities = new ArrayList<>();
        counts.forEach((id, n) -> {
            Place p = byId.get(id);
            if (p != null) {
                cities.add(new CityCount(p, n));
            }
        });
        cities.sort(Comparator.comparingInt(CityCount::initiatives).reversed().thenComparing(c -> c.place().name()));
        return cities;
    }

    static Map<String, Object> feature(Place p, String href, String detail, int count) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("name", p.name());
        properties.put("href", href);
        properties.put("detail", detail);
        properties.put("count", count);
        properties.put("intermediary", p.isIntermediary());
        return Map.of("type", "Feature",
                "geometry", Map.of("type", "Point", "coordinates", List.of(p.longitude(), p.latitude())),
                "properties", properties);
    }

    static Map<String, Object> collection(List<Map<String, Object>> features) {
        return Map.of("type", "FeatureCollection", "features", features);
    }
}
