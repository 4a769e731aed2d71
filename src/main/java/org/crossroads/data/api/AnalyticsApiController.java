package org.crossroads.data.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crossroads.accounts.CurrentEditor;
import org.crossroads.data.DataAnalytics;
import org.crossroads.data.Figure;
import org.crossroads.data.FigureText;
import org.crossroads.data.MapLayer;
import org.crossroads.data.NetworkComparison;
import org.crossroads.data.Pivot;
import org.crossroads.data.PivotQuery;
import org.crossroads.data.TimeSeries;
import org.crossroads.data.UnknownSelectionException;
import org.crossroads.directory.Place;
import org.crossroads.directory.Places;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Analytics in JSON: pivot, time series, a city against its network, and the map as GeoJSON (also at
 * {@code /data/map.geojson} for the map page). Figures follow the same rules as the pages: nothing above
 * the caller's level, and for callers not entitled to a city's confidential view, counts from 1 to below
 * {@code suppressedBelow} are null with {@code suppressed: true}.
 */
@RestController
@Tag(name = "Local migration data analytics", description = "Pivot tables, time series, comparisons with a network and "
        + "maps over the pre-aggregated marginals, with small-cell suppression")
class AnalyticsApiController {

    private static final String PLACES = "place ids or references (\"Sfax, TN\", \"geonames:2467454\"); repeat the "
            + "parameter for several";

    private final DataAnalytics analytics;
    private final Places places;
    private final CurrentEditor currentEditor;

    AnalyticsApiController(DataAnalytics analytics, Places places, CurrentEditor currentEditor) {
        this.analytics = analytics;
        this.places = places;
        this.currentEditor = currentEditor;
    }

    record PlaceJson(long id, String name, String countryCode) {

        static PlaceJson of(Place p) {
            return new PlaceJson(p.id(), p.name(), p.countryCode());
        }
    }

    /**
     * @param reason "small" (a count from 1 to below the threshold) or "complementary" (hidden so that a
     *     total does not reveal a small count), null when shown
     */
    record FigureJson(String period, String category, BigDecimal value, boolean suppressed, String reason,
            String confidentiality) {

        static FigureJson of(String period, String category, Figure f) {
            return f == null ? null : new FigureJson(period, category, f.value(), f.suppressed(),
                    f.why() == null ? null : f.why().name().toLowerCase(Locale.ROOT), f.confidentiality());
        }
    }

    record PivotRow(String indicator, PlaceJson place, List<FigureJson> cells) {}

    record PivotJson(List<String> indicators, String dimension, List<Pivot.Column> columns, List<PivotRow> rows,
            int suppressedBelow, int limit, int offset, boolean more) {}

    @GetMapping("/api/data/pivot")
    @Operation(summary = "Pivot: indicators by places by periods", description = "One row per place and indicator; cells "
            + "list the figures there are (the total, category \"\", and with a dimension each of its categories). "
            + "Without places, one page of the places with figures, by name.")
    PivotJson pivot(HttpServletRequest request,
            @Parameter(description = "indicator codes; repeat for several") @RequestParam List<String> indicator,
            @Parameter(description = PLACES) @RequestParam(required = false) List<String> place,
            @Parameter(description = "periods: 2024, 2024-Q3, 2024-07; all when absent") @RequestParam(required = false) List<String> period,
            @Parameter(description = "a dimension code (sex, age_group…) whose categories are added") @RequestParam(required = false) String dimension,
            @Parameter(description = "places (default) or indicators: how rows are ordered") @RequestParam(defaultValue = "places") String rows,
            @Parameter(description = "at most this many rows") @RequestParam(defaultValue = "100") int limit,
            @Parameter(description = "rows to skip, for the next page") @RequestParam(defaultValue = "0") int offset) {
        Pivot p = call(() -> analytics.pivot(new PivotQuery(indicator, placeIds(request), period, dimension,
                "indicators".equals(rows) ? PivotQuery.Rows.INDICATORS : PivotQuery.Rows.PLACES, limit, offset), currentEditor.get()));
        List<PivotRow> out = new ArrayList<>();
        for (Pivot.Row r : p.rows()) {
            List<FigureJson> cells = new ArrayList<>();
            for (int c = 0; c < p.columns().size(); c++) {
                FigureJson f = FigureJson.of(p.columns().get(c).period(), p.columns().get(c).category(), r.cells().get(c));
                if (f != null) {
                    cells.add(f);
                }
            }
            out.add(new PivotRow(r.indicator().code(), PlaceJson.of(r.place()), cells));
        }
        return new PivotJson(p.indicators().stream().map(i -> i.code()).toList(), p.dimension() == null ? null : p.dimension().code(),
                p.columns(), out, p.threshold(), p.limit(), p.offset(), p.more());
    }

    record SeriesPoint(String period, FigureJson total, Map<String, FigureJson> categories) {}

    record SeriesJson(String indicator, PlaceJson place, String dimension, List<SeriesPoint> points, int suppressedBelow) {}

    @GetMapping("/api/data/series")
    @Operation(summary = "An indicator over time for one place", description = "Oldest period first; with a dimension, "
            + "its categories beside the total.")
    SeriesJson series(HttpServletRequest request, @Parameter(description = "an indicator code") @RequestParam String indicator,
            @Parameter(description = "a place id or reference (\"Sfax, TN\")") @RequestParam(name = "place") String ignored,
            @Parameter(description = "a dimension code (sex, age_group…) whose categories are given beside the total") @RequestParam(required = false) String dimension) {
        TimeSeries s = call(() -> analytics.timeSeries(indicator, onePlace(request), dimension, currentEditor.get()));
        List<SeriesPoint> points = s.points().stream().map(p -> {
            Map<String, FigureJson> categories = new LinkedHashMap<>();
            p.categories().forEach((code, f) -> categories.put(code, FigureJson.of(p.period(), code, f)));
            return new SeriesPoint(p.period(), FigureJson.of(p.period(), "", p.total()), categories);
        }).toList();
        return new SeriesJson(s.indicator().code(), PlaceJson.of(s.place()), s.dimension() == null ? null : s.dimension().code(),
                points, s.threshold());
    }

    record MemberJson(PlaceJson place, FigureJson figure) {}

    record CompareJson(String indicator, PlaceJson place, String period, long network, FigureJson city, int count,
            BigDecimal median, BigDecimal min, BigDecimal max, Integer rank, int ranked, int leftOut, List<MemberJson> members,
            int suppressedBelow) {}

    @GetMapping("/api/data/compare")
    @Operation(summary = "A city against the member cities of a network", description = "The city's total beside the "
            + "median, lowest and highest totals of the network's member cities for the period, and its rank (1 = largest). "
            + "Only figures the caller sees count: hidden ones are left out (leftOut counts the small counts).")
    CompareJson compare(HttpServletRequest request, @Parameter(description = "an indicator code") @RequestParam String indicator,
            @Parameter(description = "a place id or reference (\"Sfax, TN\")") @RequestParam(name = "place") String ignored,
            @Parameter(description = "a period; the latest with a figure of the city when absent") @RequestParam(required = false) String period,
            @Parameter(description = "the network's organisation id") @RequestParam long network) {
        NetworkComparison c = call(() -> analytics.comparison(indicator, onePlace(request), period, network, currentEditor.get()));
        return new CompareJson(c.indicator().code(), PlaceJson.of(c.place()), c.period(), c.networkId(),
                FigureJson.of(c.period(), "", c.city()), c.count(), c.median(), c.min(), c.max(), c.rank(), c.ranked(), c.leftOut(),
                c.members().stream().map(m -> new MemberJson(PlaceJson.of(m.place()), FigureJson.of(c.period(), "", m.figure())))
                        .toList(), c.threshold());
    }

    @GetMapping(path = {"/api/data/map", "/data/map.geojson"}, produces = "application/geo+json")
    @Operation(summary = "Map of an indicator (GeoJSON)", description = "Cities as points with their figure and a circle "
            + "radius in pixels (proportional symbols); \"countries\" lists the sum (or average) per country by ISO code "
            + "with its band of the choropleth legend (\"bands\"); none for indicators that do not add up.")
    Map<String, Object> map(@Parameter(description = "an indicator code") @RequestParam String indicator,
            @Parameter(description = "a period; the latest with figures when absent") @RequestParam(required = false) String period,
            @Parameter(description = "with category: map that category of this dimension") @RequestParam(required = false) String dimension,
            @Parameter(description = "with dimension: the category of that dimension to map") @RequestParam(required = false) String category, Locale locale) {
        MapLayer layer = call(() -> analytics.mapLayer(indicator, period, dimension, category, currentEditor.get()));
        int decimals = layer.indicator().decimals();
        // sums keep the values' decimals; averages get one more
        int bandDecimals = decimals + ("sum".equals(layer.indicator().aggregation()) ? 0 : 1);
        double largest = layer.cityRange() == null ? 1 : Math.max(1e-9, layer.cityRange().to().doubleValue());
        List<Map<String, Object>> features = new ArrayList<>();
        for (MapLayer.City c : layer.cities()) {
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("id", c.place().id());
            properties.put("name", c.place().name());
            properties.put("countryCode", c.place().countryCode());
            properties.put("value", c.figure().value());
            properties.put("text", FigureText.of(c.figure(), decimals, layer.threshold(), locale));
            properties.put("suppressed", c.figure().suppressed());
            double share = c.figure().suppressed() ? 0 : Math.max(0, c.figure().value().doubleValue()) / largest;
            properties.put("radius", Math.round((3 + 13 * Math.sqrt(share)) * 10) / 10.0);
            properties.put("href", "/data/series?indicator=" + layer.indicator().code() + "&place=" + c.place().id());
            features.add(Map.of("type", "Feature", "geometry", Map.of("type", "Point",
                    "coordinates", List.of(c.place().longitude(), c.place().latitude())), "properties", properties));
        }
        List<Map<String, Object>> countries = new ArrayList<>();
        for (MapLayer.Country c : layer.countries()) {
            Map<String, Object> country = new LinkedHashMap<>();
            country.put("code", c.countryCode());
            country.put("value", c.figure().value());
            country.put("text", FigureText.of(c.figure(), bandDecimals, layer.threshold(), locale));
            country.put("suppressed", c.figure().suppressed());
            country.put("band", c.band());
            country.put("cities", c.cities());
            countries.add(country);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "FeatureCollection");
        body.put("indicator", layer.indicator().code());
        body.put("period", layer.period());
        body.put("category", layer.category());
        body.put("aggregation", layer.indicator().aggregation());
        body.put("suppressedBelow", layer.threshold());
        body.put("features", features);
        body.put("countries", countries);
        body.put("bands", layer.bands().stream().map(b -> Map.of("from", b.from(), "to", b.to(),
                "text", FigureText.number(b.from(), bandDecimals, locale) + " – " + FigureText.number(b.to(), bandDecimals, locale)))
                .toList());
        return body;
    }

    private List<Long> placeIds(HttpServletRequest request) {
        // read places unsplit: a reference such as "Sfax, TN" holds a comma
        String[] refs = request.getParameterValues("place");
        return refs == null ? List.of() : call(() -> Arrays.stream(refs).filter(r -> !r.isBlank()).map(this::placeId).toList());
    }

    private long onePlace(HttpServletRequest request) {
        List<Long> ids = placeIds(request);
        if (ids.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Give a place");
        }
        return ids.get(0);
    }

    private long placeId(String reference) {
        String ref = reference.strip();
        if (ref.matches("\\d{1,18}")) {
            return Long.parseLong(ref);
        }
        return places.resolve(ref).orElseThrow(() -> new UnknownSelectionException("place", ref)).id();
    }

    private static <T> T call(java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
        }
    }
}
