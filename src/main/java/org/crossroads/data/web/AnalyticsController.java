package org.crossroads.data.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.crossroads.accounts.CurrentEditor;
import org.crossroads.accounts.Editor;
import org.crossroads.data.DataAnalytics;
import org.crossroads.data.DataCatalogue;
import org.crossroads.data.Dimension;
import org.crossroads.data.Indicator;
import org.crossroads.data.MapLayer;
import org.crossroads.data.NetworkComparison;
import org.crossroads.data.Pivot;
import org.crossroads.data.PivotQuery;
import org.crossroads.data.TimeSeries;
import org.crossroads.data.UnknownSelectionException;
import org.crossroads.directory.Memberships;
import org.crossroads.directory.Organisations;
import org.crossroads.directory.Places;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The analytics pages: an overview, the pivot table, time series, a city against its network and the
 * map. Each is a form (GET, no script needed) above its results, every chart with the table of its
 * numbers; the public sees small counts suppressed and no figure above its level.
 */
@Controller
class AnalyticsController {

    static final int PAGE_SIZE = 100;
    /** A form lists the cities with figures when there are at most this many; otherwise a name is typed. */
    static final int OPTIONS = 300;
    static final int MAP_TABLE_ROWS = 200;
    /** Colours of the choropleth bands, lowest first: the page's legend and data-map.js use the same. */
    static final List<String> PALETTE = List.of("#edf8e9", "#bae4b3", "#74c476", "#31a354", "#006d2c");

    private final DataAnalytics analytics;
    private final DataCatalogue catalogue;
    private final AnalyticsViews views;
    private final Places places;
    private final Organisations organisations;
    private final Memberships memberships;
    private final CurrentEditor currentEditor;

    AnalyticsController(DataAnalytics analytics, DataCatalogue catalogue, AnalyticsViews views, Places places,
            Organisations organisations, Memberships memberships, CurrentEditor currentEditor) {
        this.analytics = analytics;
        this.catalogue = catalogue;
        this.views = views;
        this.places = places;
        this.organisations = organisations;
        this.memberships = memberships;
        this.currentEditor = currentEditor;
    }

    @GetMapping("/data")
    String overview(Model model) {
        model.addAttribute("indicators", catalogue.indicators());
        model.addAttribute("dimensionNames", catalogue.dimensionNames());
        model.addAttribute("threshold", analytics.threshold());
        return "data/analytics/overview";
    }

    @GetMapping("/data/pivot")
    String pivot(HttpServletRequest request, HttpServletResponse response, Locale locale, Model model) {
        return page("pivot", request, response, model, (r, reader) -> {
            options(model, r.indicators(), r.dimension(), r.periods(), reader);
            Pivot pivot = analytics.pivot(query(r, PAGE_SIZE), reader);
            model.addAttribute("table", views.pivot(pivot, r.byIndicator(), locale));
            model.addAttribute("previous", r.page() > 1 ? r.query(r.page() - 1) : null);
            model.addAttribute("next", pivot.more() ? r.query(r.page() + 1) : null);
            model.addAttribute("exportQuery", r.query(1));
        });
    }

    @GetMapping("/data/series")
    String series(HttpServletRequest request, HttpServletResponse response, Locale locale, Model model) {
        return page("series", request, response, model, (r, reader) -> {
            options(model, List.of(r.indicator()), r.dimension(), List.of(), reader);
            if (r.place() != null) {
                TimeSeries series = analytics.timeSeries(r.indicator(), placeId(r.place()), r.dimension(), reader);
                model.addAttribute("series", series);
                model.addAttribute("table", views.series(series, locale));
                model.addAttribute("chart", views.seriesChart(series, locale));
            }
        });
    }

    @GetMapping("/data/compare")
    String compare(HttpServletRequest request, HttpServletResponse response, Locale locale, Model model) {
        model.addAttribute("networks", organisations.networks());
        return page("compare", request, response, model, (r, reader) -> {
            options(model, List.of(r.indicator()), null, List.of(), reader);
            if (r.place() != null) {
                long placeId = placeId(r.place());
                Long network = r.network() != null && r.network().matches("\\d{1,18}") ? Long.valueOf(r.network())
                        : memberships.ofPlace(placeId).stream().map(m -> m.organisationId()).findFirst().orElse(null);
                if (r.network() != null && network == null) {
                    network = organisations.resolve(r.network()).map(o -> o.id())
                            .orElseThrow(() -> new UnknownSelectionException("network", r.network()));
                }
                model.addAttribute("network", network);
                if (network != null) {
                    NetworkComparison c = analytics.comparison(r.indicator(), placeId, r.period(), network, reader);
                    model.addAttribute("comparison", c);
                    model.addAttribute("networkName", organisations.find(network).map(o -> o.shortName()).orElse(""));
                    model.addAttribute("member", memberships.ofOrganisation(network).stream().anyMatch(m -> m.placeId() == placeId));
                    model.addAttribute("city", views.cell(c.city(), c.indicator(), c.threshold(), locale));
                    model.addAttribute("chart", views.rangeChart(c, locale));
                    int decimals = c.indicator().decimals();
                    model.addAttribute("medianText", views.number(c.median(), decimals + 1, locale));
                    model.addAttribute("rangeText", views.number(c.min(), decimals, locale) + " – " + views.number(c.max(), decimals, locale));
                    model.addAttribute("table", views.members(c, locale));
                }
            }
        });
    }

    @GetMapping("/data/map")
    String map(HttpServletRequest request, HttpServletResponse response, Locale locale, Model model) {
        return page("map", request, response, model, (r, reader) -> {
            options(model, List.of(r.indicator()), null, List.of(), reader);
            MapLayer layer = analytics.mapLayer(r.indicator(), r.period(), r.dimension(), r.category(), reader);
            model.addAttribute("layer", layer);
            model.addAttribute("palette", String.join(" ", PALETTE));
            model.addAttribute("paletteColours", PALETTE);
            model.addAttribute("countries", views.countries(layer, locale));
            model.addAttribute("cities", views.cities(layer, MAP_TABLE_ROWS, locale));
            model.addAttribute("geojson", "/data/map.geojson?" + AnalyticsViews.query("indicator", r.indicator(),
                    "period", layer.period(), "dimension", r.dimension(), "category", r.category()));
            // sums keep the values' decimals; averages get one more
            int bandDecimals = layer.indicator().decimals() + ("sum".equals(layer.indicator().aggregation()) ? 0 : 1);
            model.addAttribute("bands", layer.bands().stream()
                    .map(b -> views.number(b.from(), bandDecimals, locale) + " – " + views.number(b.to(), bandDecimals, locale))
                    .toList());
            model.addAttribute("cityRange", layer.cityRange() == null ? null
                    : views.number(layer.cityRange().from(), layer.indicator().decimals(), locale) + " – "
                            + views.number(layer.cityRange().to(), layer.indicator().decimals(), locale));
            catalogue.dimension(r.dimension() == null ? "" : r.dimension())
                    .ifPresent(d -> model.addAttribute("categoryOptions", d.categories()));
        });
    }

    /** What a page shows for a selection, once an indicator is chosen, for this reader. */
    private interface Results {
        void show(AnalyticsRequest selection, Optional<Editor> reader);
    }

    /**
     * The steps every analytics page takes: reads the selection into its form; once an indicator is chosen,
     * adds the results; a selection naming something unknown is a 400 that says what.
     *
     * @param view the page's name under {@code data/analytics/}
     */
    private String page(String view, HttpServletRequest request, HttpServletResponse response, Model model, Results results) {
        AnalyticsRequest r = AnalyticsRequest.of(request);
        Optional<Editor> reader = currentEditor.get();
        form(model, r);
        if (!r.indicators().isEmpty()) {
            try {
                results.show(r, reader);
            } catch (IllegalArgumentException e) {
                invalid(model, response, e);
            }
        }
        return "data/analytics/" + view;
    }

    /** The selection as the form shows it, and the catalogue to choose from. */
    private void form(Model model, AnalyticsRequest r) {
        model.addAttribute("form", r);
        model.addAttribute("allIndicators", catalogue.indicators());
        model.addAttribute("selectedIndicators", new LinkedHashSet<>(r.indicators()));
        model.addAttribute("selectedPlaces", new LinkedHashSet<>(r.places()));
        model.addAttribute("selectedPeriods", new LinkedHashSet<>(r.periods()));
        model.addAttribute("dimensionOptions", List.of());
        model.addAttribute("placeOptions", List.of());
        model.addAttribute("periodOptions", List.of());
        model.addAttribute("threshold", analytics.threshold());
    }

    /** The places, periods and breakdowns there is something to see for, for the form's selects. */
    private void options(Model model, List<String> indicators, String dimension, List<String> periods, Optional<Editor> reader) {
        // the catalogue read once, not once per chosen indicator and dimension
        Map<String, Indicator> byCode = new java.util.HashMap<>();
        catalogue.indicators().forEach(i -> byCode.put(i.code(), i));
        Set<String> dimensionCodes = new LinkedHashSet<>();
        for (String code : indicators) {
            Indicator i = byCode.get(code);
            if (i == null) {
                throw new UnknownSelectionException("indicator", code);
            }
            dimensionCodes.addAll(i.dimensions());
        }
        Map<String, Dimension> dimensionsByCode = new java.util.HashMap<>();
        catalogue.dimensions().forEach(d -> dimensionsByCode.put(d.code(), d));
        List<Dimension> dimensions = dimensionCodes.stream().map(dimensionsByCode::get).filter(java.util.Objects::nonNull).toList();
        model.addAttribute("dimensionOptions", dimensions);
        // null: too many to list, the form asks for a name
        model.addAttribute("placeOptions", analytics.places(indicators, dimension, periods, reader, OPTIONS).orElse(null));
        model.addAttribute("periodOptions", analytics.periods(indicators, List.of(), dimension, reader));
    }

    private PivotQuery query(AnalyticsRequest r, int pageSize) {
        List<Long> ids = r.places().stream().map(this::placeId).toList();
        return new PivotQuery(r.indicators(), ids, r.periods(), r.dimension(),
                r.byIndicator() ? PivotQuery.Rows.INDICATORS : PivotQuery.Rows.PLACES, pageSize, (r.page() - 1) * pageSize);
    }

    private long placeId(String reference) {
        return AnalyticsController.placeId(places, reference);
    }

    /** A place by directory id or reference ("Sfax, TN"). */
    static long placeId(Places places, String reference) {
        if (reference.matches("\\d{1,18}")) {
            return Long.parseLong(reference);
        }
        return places.resolve(reference).orElseThrow(() -> new UnknownSelectionException("place", reference)).id();
    }

    /** The pivot query of a request, for exports and the API. */
    static PivotQuery pivotQuery(Places places, AnalyticsRequest r, int limit) {
        List<Long> ids = r.places().stream().map(p -> placeId(places, p)).toList();
        return new PivotQuery(r.indicators(), ids, r.periods(), r.dimension(),
                r.byIndicator() ? PivotQuery.Rows.INDICATORS : PivotQuery.Rows.PLACES, limit, (r.page() - 1) * limit);
    }

    private static void invalid(Model model, HttpServletResponse response, IllegalArgumentException e) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("invalidKind", e instanceof UnknownSelectionException u ? u.kind() : "selection");
        model.addAttribute("invalidValue", e instanceof UnknownSelectionException u ? u.value() : "");
    }
}
