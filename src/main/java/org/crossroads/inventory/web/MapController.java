package org.crossroads.inventory.web;

import org.crossroads.shared.web.RecordNotFoundException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crossroads.directory.Place;
import org.crossroads.directory.Places;
import org.crossroads.inventory.Initiative;
import org.crossroads.inventory.Initiatives;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** GeoJSON for the maps: all cities with initiatives, and the places of one initiative. */
@RestController
class MapController {

    static final MediaType GEOJSON = MediaType.parseMediaType("application/geo+json");

    private final MapPoints points;
    private final Initiatives initiatives;
    private final Places places;
    private final MessageSource messages;

    MapController(MapPoints points, Initiatives initiatives, Places places, MessageSource messages) {
        this.points = points;
        this.initiatives = initiatives;
        this.places = places;
        this.messages = messages;
    }

    @GetMapping("/map/cities.geojson")
    ResponseEntity<Map<String, Object>> cities(Locale locale) {
        List<Map<String, Object>> features = points.citiesWithInitiatives().stream()
                .map(c -> MapPoints.feature(c.place(), "/cities/" + c.place().id(),
                        messages.getMessage("inventory.map.initiatives", new Object[] {c.initiatives()}, locale),
                        c.initiatives()))
                .toList();
        return ResponseEntity.ok().contentType(GEOJSON).cacheControl(CacheControl.noCache())
                .body(MapPoints.collection(features));
    }

    @GetMapping("/initiatives/{id:\\d+}.geojson")
    ResponseEntity<Map<String, Object>> initiative(@PathVariable long id) {
        Initiative initiative = initiatives.find(id).filter(Initiative::isPublished)
                .orElseThrow(() -> new RecordNotFoundException("initiative", id));
        Map<Long, Place> at = places.findAll(initiative.placeIds());
        List<Map<String, Object>> features = initiative.placeIds().stream().map(at::get).filter(p -> p != null)
                .map(p -> MapPoints.feature(p, "/cities/" + p.id(), p.countryCode(), 1)).toList();
        return ResponseEntity.ok().contentType(GEOJSON).body(MapPoints.collection(features));
    }
}
