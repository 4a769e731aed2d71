package org.crossroads.servicepoints.web;

import org.crossroads.shared.web.RecordNotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.crossroads.accounts.CurrentEditor;
import org.crossroads.accounts.Editor;
import org.crossroads.servicepoints.ServicePoint;
import org.crossroads.servicepoints.ServicePointColumns;
import org.crossroads.servicepoints.ServicePointPermissions;
import org.crossroads.servicepoints.ServicePoints;
import org.crossroads.directory.Organisation;
import org.crossroads.directory.Organisations;
import org.crossroads.directory.Place;
import org.crossroads.directory.Places;
import org.crossroads.shared.tabular.CsvExport;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A city's service points for the public: the list with every detail (readable without JavaScript) and a
 * map, the GeoJSON that the city's maps draw (popups in the reader's language), and a CSV export that
 * re-imports. Only published points leave through the GeoJSON and CSV; signed-in editors also see, in the
 * list, the proposals they may change or publish.
 */
@Controller
class ServicePointPages {

    static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");

    private final ServicePoints points;
    private final Places places;
    private final Organisations organisations;
    private final ServicePointViews views;
    private final ServicePointPermissions permissions;
    private final CurrentEditor currentEditor;

    ServicePointPages(ServicePoints points, Places places, Organisations organisations, ServicePointViews views,
            ServicePointPermissions permissions, CurrentEditor currentEditor) {
        this.points = points;
        this.places = places;
        this.organisations = organisations;
        this.views = views;
        this.permissions = permissions;
        this.currentEditor = currentEditor;
    }

    @GetMapping("/cities/{id:\\d+}/service-points")
    String list(@PathVariable long id, Locale locale, Model model) {
        Place place = place(id);
        Optional<Editor> reader = currentEditor.get();
        List<ServicePoint> shown = reader.isEmpty() ? points.published(id, null)
                : points.ofPlace(id).stream().filter(p -> permissions.maySee(reader, p)).toList();
        model.addAttribute("place", place);
        model.addAttribute("points", views.of(shown, reader, locale));
        model.addAttribute("mayAdd", reader.map(e -> permissions.mayAdd(e, id)).orElse(false));
        model.addAttribute("center", String.format(Locale.ROOT, "%.5f,%.5f", place.latitude(), place.longitude()));
        return "servicepoints/list";
    }

    @GetMapping(path = "/cities/{id:\\d+}/service-points.geojson", produces = "application/geo+json")
    ResponseEntity<Map<String, Object>> geoJson(@PathVariable long id, Locale locale) {
        place(id);
        List<Map<String, Object>> features = new ArrayList<>();
        for (ServicePoint p : points.published(id, null)) {
            List<String> lines = new ArrayList<>();
            if (p.openingHours() != null) {
                lines.add(p.openingHours());
            }
            if (p.phone() != null) {
                lines.add(p.phone());
            }
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("name", p.name());
            properties.put("href", ServicePointViews.href(p));
            properties.put("detail", views.detail(p, locale));
            properties.put("lines", lines);
            properties.put("url", p.website());
            properties.put("kind", p.kind());
            properties.put("address", p.address());
            properties.put("openingHours", p.openingHours());
            Map<String, Object> feature = new LinkedHashMap<>();
            feature.put("type", "Feature");
            feature.put("id", p.id());
            feature.put("geometry", Map.of("type", "Point", "coordinates", List.of(p.longitude(), p.latitude())));
            feature.put("properties", properties);
            features.add(feature);
        }
        return ResponseEntity.ok().contentType(GEO_JSON).body(Map.of("type", "FeatureCollection", "features", features));
    }

    /** Published points in the import format, with its HXL row; cells a spreadsheet would run are neutralised. */
    @GetMapping("/cities/{id:\\d+}/service-points.csv")
    void csv(@PathVariable long id, HttpServletResponse response) throws IOException {
        Place place = place(id);
        List<ServicePoint> published = points.published(id, null);
        Map<Long, Organisation> operators = organisations.findAll(published.stream()
                .map(ServicePoint::operatorId).filter(o -> o != null).toList());
        List<List<?>> rows = new ArrayList<>();
        for (ServicePoint p : published) {
            Organisation operator = p.operatorId() == null ? null : operators.get(p.operatorId());
            rows.add(java.util.Arrays.asList(p.externalId(), p.name(), place.reference(), p.kind(), p.address(),
                    p.latitude(), p.longitude(), operator == null ? null : operator.externalId(), p.languages(),
                    p.openingHours(), p.phone(), p.website(), p.description(), p.source()));
        }
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"crossroads-service-points-" + id + ".csv\"");
        CsvExport.forMachines(ServicePointColumns.ALL).write(rows, response.getOutputStream());
    }

    private Place place(long id) {
        return places.find(id).orElseThrow(() -> new RecordNotFoundException("place", id));
    }
}
