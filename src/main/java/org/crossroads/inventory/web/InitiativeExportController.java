package org.crossroads.inventory.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crossroads.inventory.InitiativeColumns;
import org.crossroads.inventory.Initiatives;
import org.crossroads.inventory.api.InitiativeResource;
import org.crossroads.inventory.api.InitiativeResources;
import org.crossroads.inventory.search.InitiativeSearch;
import org.crossroads.inventory.search.SearchQuery;
import org.crossroads.shared.tabular.CsvExport;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Any search result as CSV (with an HXL hashtag row, or plain for spreadsheets), JSON or GeoJSON,
 * streamed in batches so large exports do not hold everything in memory.
 */
@Controller
class InitiativeExportController {

    static final int MAX_ROWS = 100_000;
    private static final int BATCH = 500;

    private final InitiativeSearch search;
    private final Initiatives initiatives;
    private final InitiativeResources resources;
    private final JsonMapper json;

    InitiativeExportController(InitiativeSearch search, Initiatives initiatives, InitiativeResources resources, JsonMapper json) {
        this.search = search;
        this.initiatives = initiatives;
        this.resources = resources;
        this.json = json;
    }

    @GetMapping("/initiatives.csv")
    void csvWithHxl(@RequestParam MultiValueMap<String, String> params, HttpServletResponse response) throws IOException {
        csv(params, response, true, "initiatives-hxl.csv");
    }

    @GetMapping("/initiatives.plain.csv")
    void plainCsv(@RequestParam MultiValueMap<String, String> params, HttpServletResponse response) throws IOException {
        csv(params, response, false, "initiatives.csv");
    }

    private void csv(MultiValueMap<String, String> params, HttpServletResponse response, boolean hxl, String fileName)
            throws IOException {
        List<Long> ids = ids(params);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        Iterable<List<?>> rows = () -> java.util.stream.StreamSupport.stream(batches(ids).spliterator(), false)
                .<List<?>>map(InitiativeRow::of).iterator();
        (hxl ? CsvExport.forMachines(InitiativeColumns.ALL) : CsvExport.forSpreadsheets(InitiativeColumns.ALL)).write(rows, response.getOutputStream());
    }

    @GetMapping("/initiatives.json")
    void jsonExport(@RequestParam MultiValueMap<String, String> params, HttpServletResponse response) throws IOException {
        List<Long> ids = ids(params);
        response.setContentType("application/json");
        response.setHeader("Content-Disposition", "attachment; filename=\"initiatives.json\"");
        try (OutputStream out = response.getOutputStream(); JsonGenerator g = json.createGenerator(out)) {
            g.writeStartArray();
            for (InitiativeResource r : batches(ids)) {
                g.writePOJO(r);
            }
            g.writeEndArray();
        }
    }

    @GetMapping("/initiatives.geojson")
    void geojson(@RequestParam MultiValueMap<String, String> params, HttpServletResponse response) throws IOException {
        List<Long> ids = ids(params);
        response.setContentType("application/geo+json");
        response.setHeader("Content-Disposition", "attachment; filename=\"initiatives.geojson\"");
        try (OutputStream out = response.getOutputStream(); JsonGenerator g = json.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringProperty("type", "FeatureCollection");
            g.writeArrayPropertyStart("features");
            for (InitiativeResource r : batches(ids)) {
                g.writePOJO(feature(r));
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    /** One feature per initiative: a MultiPoint of its places, or no geometry when it has none (network-wide). */
    static Map<String, Object> feature(InitiativeResource r) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("id", r.id());
        properties.put("external_id", r.externalId());
        properties.put("name", r.name());
        properties.put("activity_type", r.activityType());
        properties.put("themes", r.themes());
        properties.put("status", r.status());
        properties.put("start", r.start() == null ? null : r.start().toString());
        properties.put("end", r.end() == null ? null : r.end().toString());
        properties.put("cities", r.places().stream().map(InitiativeResource.PlaceRef::name).toList());
        properties.put("networks", r.networks().stream().map(InitiativeResource.OrganisationRef::name).toList());
        properties.put("url", r.url());
        Map<String, Object> feature = new LinkedHashMap<>();
        feature.put("type", "Feature");
        feature.put("id", r.id());
        feature.put("geometry", r.places().isEmpty() ? null : Map.of("type", "MultiPoint", "coordinates",
                r.places().stream().map(p -> List.of(p.longitude(), p.latitude())).toList()));
        feature.put("properties", properties);
        return feature;
    }

    private List<Long> ids(MultiValueMap<String, String> params) {
        SearchQuery query = SearchParameters.read(params, 20, org.springframework.context.i18n.LocaleContextHolder.getLocale());
        return search.allIds(query, MAX_ROWS);
    }

    /** Reads the initiatives batch by batch as the writer consumes them. */
    private Iterable<InitiativeResource> batches(List<Long> ids) {
        return () -> new java.util.Iterator<>() {
            private int next;
            private java.util.Iterator<InitiativeResource> current = java.util.Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && next < ids.size()) {
                    List<Long> batch = ids.subList(next, Math.min(ids.size(), next + BATCH));
                    next += batch.size();
                    current = resources.of(initiatives.findAll(batch)).iterator();
                }
                return current.hasNext();
            }

            @Override
            public InitiativeResource next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                return current.next();
            }
        };
    }
}
