package org.crossroads.data;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.crossroads.accounts.Editor;
import org.crossroads.data.ProtectedFigures.Group;
import org.crossroads.directory.Membership;
import org.crossroads.directory.Memberships;
import org.crossroads.directory.Organisations;
import org.crossroads.directory.Place;
import org.crossroads.directory.Places;
import org.crossroads.shared.statistics.SmallCellSuppression;
import org.springframework.stereotype.Service;

/**
 * Analytics of local migration data: pivot tables, time series, a city against its network, maps. They
 * read only the pre-aggregated marginals (refreshed after every import), and every figure goes through
 * {@link ProtectedFigures}: what the reader may not see is left out, small counts are suppressed for
 * readers who are not entitled to the city's confidential view (see docs/data-analytics.md).
 *
 * <p>Every method throws {@link UnknownSelectionException} for an unknown indicator, dimension, category,
 * place or network, and {@link IllegalArgumentException} when no indicator is chosen.
 */
@Service
public class DataAnalytics {

    private static final int BANDS = 5;

    private final MarginalReads reads;
    private final DataCatalogue catalogue;
    private final DataAccess access;
    private final Places places;
    private final Memberships memberships;
    private final Organisations organisations;
    private final SmallCellSuppression rule;
    private final HiddenFigures hidden;

    DataAnalytics(MarginalReads reads, DataCatalogue catalogue, DataAccess access, Places places, Memberships memberships,
            Organisations organisations, DataSettings settings, HiddenFigures hidden) {
        this.hidden = hidden;
        this.reads = reads;
        this.catalogue = catalogue;
        this.access = access;
        this.places = places;
        this.memberships = memberships;
        this.organisations = organisations;
        this.rule = new SmallCellSuppression(settings.smallCountThreshold());
    }

    /** Small counts are below this. */
    public int threshold() {
        return rule.threshold();
    }

    public Pivot pivot(PivotQuery q, Optional<Editor> reader) {
        Snapshot catalogue = snapshot();
        List<Indicator> indicators = catalogue.indicators(q.indicators());
        Dimension dimension = q.dimension() == null ? null : catalogue.dimension(q.dimension());
        List<String> dimensions = dimension == null ? List.of("") : List.of("", dimension.code());
        List<Long> indicatorIds = indicators.stream().map(Indicator::id).toList();
        DataAccess.ConfidentialView view = access.confidentialView(reader);
        List<Long> placeIds;
        boolean more;
        if (q.placeIds().isEmpty()) {
            placeIds = reads.places(indicatorIds, q.periods(), dimensions, view, q.limit() + 1, q.offset());
            more = placeIds.size() > q.limit();
            placeIds = placeIds.subList(0, Math.min(q.limit(), placeIds.size()));
        } else {
            more = q.offset() + q.limit() < q.placeIds().size();
            placeIds = q.placeIds().subList(Math.min(q.offset(), q.placeIds().size()),
                    Math.min(q.offset() + q.limit(), q.placeIds().size()));
        }
        if (placeIds.isEmpty()) {
            return new Pivot(indicators, dimension, List.of(), List.of(), threshold(), q.offset(), q.limit(), false);
        }
        List<Group> groups = figures(view).protect(reads.find(indicatorIds, placeIds, q.periods(), dimensions));
        Map<ProtectedFigures.Key, Group> byKey = ProtectedFigures.byKey(groups);
        List<String> categories = dimension == null ? List.of() : presentCategories(dimension, groups);
        List<Pivot.Column> columns = new ArrayList<>();
        groups.stream().map(g -> g.key().period()).distinct().forEach(period -> {
            columns.add(new Pivot.Column(period, ""));
            categories.forEach(c -> columns.add(new Pivot.Column(period, c)));
        });
        Map<Long, Place> found = places.findAll(placeIds);
        // places found by the query come in the database's name order (pages follow it); chosen ones by name here
        List<Place> rowPlaces = q.placeIds().isEmpty()
                ? placeIds.stream().map(found::get).filter(java.util.Objects::nonNull).toList()
                : found.values().stream().sorted(Comparator.comparing(Place::name).thenComparing(Place::countryCode)
                        .thenComparing(Place::id)).toList();
        List<Pivot.Row> rows = new ArrayList<>();
        java.util.function.BiConsumer<Indicator, Place> row = (i, place) -> {
            List<Figure> cells = columns.stream().map(c -> {
                Group g = byKey.get(new ProtectedFigures.Key(i.id(), place.id(), c.period()));
                return g == null ? null : c.isTotal() ? g.total() : g.figure(dimension.code(), c.category());
            }).toList();
            if (cells.stream().anyMatch(java.util.Objects::nonNull)) {
                rows.add(new Pivot.Row(i, place, cells));
            }
        };
        if (q.rows() == PivotQuery.Rows.INDICATORS) {
            indicators.forEach(i -> rowPlaces.forEach(place -> row.accept(i, place)));
        } else {
            rowPlaces.forEach(place -> indicators.forEach(i -> row.accept(i, place)));
        }
        return new Pivot(indicators, dimension, columns, rows, threshold(), q.offset(), q.limit(), more);
    }

    /** @param dimension a dimension code, or null for the total only */
    public TimeSeries timeSeries(String indicator, long placeId, String dimension, Optional<Editor> reader) {
        Snapshot catalogue = snapshot();
        Indicator i = catalogue.indicators(List.of(indicator)).get(0);
        Place place = place(placeId);
        Dimension d = dimension == null || dimension.isBlank() ? null : catalogue.dimension(dimension);
        List<String> dimensions = d == null ? List.of("") : List.of("", d.code());
        List<Group> groups = figures(access.confidentialView(reader))
                .protect(reads.find(List.of(i.id()), List.of(placeId), List.of(), dimensions));
        List<String> categories = d == null ? List.of() : presentCategories(d, groups);
        List<TimeSeries.Point> points = groups.stream().map(g -> {
            Map<String, Figure> byCategory = new LinkedHashMap<>();
            categories.forEach(c -> {
                Figure f = g.figure(d.code(), c);
                if (f != null) {
                    byCategory.put(c, f);
                }
            });
            return new TimeSeries.Point(g.key().period(), g.start(), g.total(), byCategory);
        }).toList();
        return new TimeSeries(i, place, d, categories, points, threshold());
    }

    /**
     * A city's total beside the totals of a network's member cities.
     *
     * @param period a period, or null for the latest one with a figure of the city this reader sees
     */
    public NetworkComparison comparison(String indicator, long placeId, String period, long networkOrganisationId,
            Optional<Editor> reader) {
        Indicator i = snapshot().indicators(List.of(indicator)).get(0);
        Place place = place(placeId);
        organisations.find(networkOrganisationId)
                .orElseThrow(() -> new UnknownSelectionException("network", String.valueOf(networkOrganisationId)));
        DataAccess.ConfidentialView view = access.confidentialView(reader);
        Set<Long> members = memberships.ofOrganisation(networkOrganisationId).stream().map(Membership::placeId)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        String when = period != null && !period.isBlank() ? period.strip()
                : last(reads.periods(List.of(i.id()), List.of(placeId), List.of(""), view));
        Set<Long> ids = new LinkedHashSet<>(members);
        ids.add(placeId);
        Map<Long, Figure> totals = new LinkedHashMap<>();
        if (when != null) {
            figures(view).protect(reads.find(List.of(i.id()), ids, List.of(when), List.of("")))
                    .forEach(g -> {
                        if (g.total() != null) {
                            totals.put(g.key().placeId(), g.total());
                        }
                    });
        }
        Map<Long, Place> named = places.findAll(totals.keySet());
        List<NetworkComparison.Member> shown = members.stream().filter(totals::containsKey)
                .map(id -> new NetworkComparison.Member(named.get(id), totals.get(id)))
                .sorted(Comparator.comparing((NetworkComparison.Member m) -> m.figure().value(),
                        Comparator.nullsLast(Comparator.reverseOrder())).thenComparing(m -> m.place().name()))
                .toList();
        List<BigDecimal> values = shown.stream().filter(m -> !m.figure().suppressed()).map(m -> m.figure().value())
                .sorted().toList();
        int leftOut = (int) shown.stream().filter(m -> m.figure().suppressed()).count();
        Figure city = totals.get(placeId);
        Integer rank = null;
        int ranked = values.size();
        if (city != null && !city.suppressed()) {
            List<BigDecimal> compared = new ArrayList<>(values);
            if (!members.contains(placeId)) {
                compared.add(city.value());
            }
            ranked = compared.size();
            rank = 1 + (int) compared.stream().filter(v -> v.compareTo(city.value()) > 0).count();
        }
        return new NetworkComparison(i, place, when, networkOrganisationId, city, values.size(), median(values),
                values.isEmpty() ? null : values.get(0), values.isEmpty() ? null : values.get(values.size() - 1), rank,
                ranked, leftOut, shown, threshold());
    }

    /**
     * @param period a period, or null for the latest one with a figure this reader sees
     * @param dimension with {@code category}, maps that category instead of the totals; both null for totals
     */
    public MapLayer mapLayer(String indicator, String period, String dimension, String category, Optional<Editor> reader) {
        Snapshot catalogue = snapshot();
        Indicator i = catalogue.indicators(List.of(indicator)).get(0);
        Dimension d = dimension == null || dimension.isBlank() ? null : catalogue.dimension(dimension);
        String c = d == null || category == null || category.isBlank() ? "" : category.strip();
        if (d != null && !c.isEmpty() && d.category(c).isEmpty()) {
            throw new UnknownSelectionException("category", c);
        }
        String dim = c.isEmpty() ? "" : d.code();
        DataAccess.ConfidentialView view = access.confidentialView(reader);
        String when = period != null && !period.isBlank() ? period.strip()
                : last(reads.periods(List.of(i.id()), List.of(), List.of(dim), view));
        List<Group> groups = when == null ? List.of() : figures(view)
                .protect(reads.find(List.of(i.id()), List.of(), List.of(when), dim.isEmpty() ? List.of("") : List.of("", dim)));
        Map<Long, Place> named = places.findAll(groups.stream().map(g -> g.key().placeId()).toList());
        List<MapLayer.City> cities = new ArrayList<>();
        Map<String, List<Group>> byCountry = new LinkedHashMap<>();
        for (Group g : groups) {
            Figure f = g.figure(dim, c);
            Place p = named.get(g.key().placeId());
            if (f != null && p != null) {
                cities.add(new MapLayer.City(p, f));
                byCountry.computeIfAbsent(p.countryCode(), k -> new ArrayList<>()).add(g);
            }
        }
        cities.sort(Comparator.comparing((MapLayer.City x) -> x.figure().value(), Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(x -> x.place().name()));
        List<BigDecimal> cityValues = cities.stream().map(x -> x.figure().value()).filter(java.util.Objects::nonNull).sorted().toList();
        List<MapLayer.Country> countries = new ArrayList<>();
        if (!"none".equals(i.aggregation())) {
            byCountry.forEach((code, members) -> countries.add(country(i, code, members, dim, c)));
        }
        List<BigDecimal> countryValues = countries.stream().map(x -> x.figure().value()).filter(java.util.Objects::nonNull).sorted().toList();
        List<MapLayer.Range> bands = bands(countryValues);
        List<MapLayer.Country> banded = countries.stream()
                .map(x -> new MapLayer.Country(x.countryCode(), x.figure(), x.cities(), band(x.figure().value(), bands)))
                .sorted(Comparator.comparing(MapLayer.Country::countryCode)).toList();
        MapLayer.Range cityRange = cityValues.isEmpty() ? null
                : new MapLayer.Range(cityValues.get(0), cityValues.get(cityValues.size() - 1));
        return new MapLayer(i, when, c.isEmpty() ? null : d, c, cities, banded, cityRange, bands, threshold());
    }

    /** The periods with a figure this reader sees, oldest first (for forms). */
    public List<String> periods(List<String> indicators, List<Long> placeIds, String dimension, Optional<Editor> reader) {
        Snapshot catalogue = snapshot();
        List<String> dimensions = dimension == null || dimension.isBlank() ? List.of("") : List.of("", catalogue.dimension(dimension).code());
        return reads.periods(catalogue.indicators(indicators).stream().map(Indicator::id).toList(), placeIds, dimensions,
                access.confidentialView(reader));
    }

    /**
     * The places with a figure this reader sees, by name, for a form to list; empty when there are more
     * than {@code limit} (the form then asks for a name instead).
     *
     * @param periods only places with figures in these periods; any period when empty
     */
    public Optional<List<Place>> places(List<String> indicators, String dimension, List<String> periods,
            Optional<Editor> reader, int limit) {
        Snapshot catalogue = snapshot();
        List<String> dimensions = dimension == null || dimension.isBlank() ? List.of("") : List.of("", catalogue.dimension(dimension).code());
        List<Long> ids = reads.placeIds(catalogue.indicators(indicators).stream().map(Indicator::id).toList(),
                periods == null ? List.of() : periods, dimensions, access.confidentialView(reader), limit + 1);
        if (ids.size() > limit) {
            return Optional.empty();
        }
        return Optional.of(places.findAll(ids).values().stream()
                .sorted(Comparator.comparing(Place::name).thenComparing(Place::countryCode).thenComparing(Place::id)).toList());
    }

    /**
     * A country's figure over its cities on the map: the sum for indicators that sum, the unweighted average
     * of the figures shown for those that average. A sum is shown only when every city's figure in it is
     * shown: any hidden city would otherwise be the sum minus the cities shown, alone or with other hidden
     * ones, in this or another period's map. An average is taken over the figures shown only, so a hidden
     * one never moves it.
     */
    private MapLayer.Country country(Indicator indicator, String code, List<Group> cities, String dimension, String category) {
        boolean sum = "sum".equals(indicator.aggregation());
        List<Figure> figures = cities.stream().map(g -> g.figure(dimension, category)).toList();
        List<BigDecimal> shown = figures.stream().filter(f -> !f.suppressed()).map(Figure::value).toList();
        String confidentiality = figures.stream().map(Figure::confidentiality)
                .max(Comparator.comparingInt(Confidentiality::level)).orElse("public");
        if (shown.isEmpty() || sum && shown.size() < figures.size()) {
            return new MapLayer.Country(code, Figure.hidden(SmallCellSuppression.Why.COMPLEMENTARY, confidentiality),
                    cities.size(), null);
        }
        BigDecimal total = shown.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (!sum) {
            total = total.divide(BigDecimal.valueOf(shown.size()), MathContext.DECIMAL64);
        }
        return new MapLayer.Country(code, Figure.shown(total, confidentiality), cities.size(), null);
    }

    private static List<MapLayer.Range> bands(List<BigDecimal> sorted) {
        if (sorted.isEmpty()) {
            return List.of();
        }
        BigDecimal low = sorted.get(0);
        BigDecimal high = sorted.get(sorted.size() - 1);
        if (low.compareTo(high) == 0) {
            return List.of(new MapLayer.Range(low, high));
        }
        BigDecimal width = high.subtract(low).divide(BigDecimal.valueOf(BANDS), MathContext.DECIMAL64);
        List<MapLayer.Range> bands = new ArrayList<>();
        for (int b = 0; b < BANDS; b++) {
            bands.add(new MapLayer.Range(low.add(width.multiply(BigDecimal.valueOf(b))),
                    b == BANDS - 1 ? high : low.add(width.multiply(BigDecimal.valueOf(b + 1)))));
        }
        return bands;
    }

    private static Integer band(BigDecimal value, List<MapLayer.Range> bands) {
        if (value == null) {
            return null;
        }
        for (int b = 0; b < bands.size(); b++) {
            if (value.compareTo(bands.get(b).to()) <= 0) {
                return b;
            }
        }
        return bands.size() - 1;
    }

    static BigDecimal median(List<BigDecimal> sorted) {
        if (sorted.isEmpty()) {
            return null;
        }
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2)
                : sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(BigDecimal.valueOf(2), MathContext.DECIMAL64);
    }

    private ProtectedFigures figures(DataAccess.ConfidentialView view) {
        return new ProtectedFigures(view, hidden, rule.threshold());
    }

    /** The categories of the dimension that occur in these groups, in catalogue order. */
    private static List<String> presentCategories(Dimension dimension, List<Group> groups) {
        Set<String> present = groups.stream().flatMap(g -> g.figures().getOrDefault(dimension.code(), Map.of()).keySet().stream())
                .collect(Collectors.toSet());
        return dimension.categories().stream().map(Dimension.Category::code).filter(present::contains).toList();
    }

    /** The catalogue as one call reads it: every indicator in one query, the dimensions when needed. */
    private Snapshot snapshot() {
        return new Snapshot(catalogue);
    }

    private static final class Snapshot {

        private final DataCatalogue catalogue;
        private Map<String, Indicator> indicators;
        private List<Dimension> dimensions;

        Snapshot(DataCatalogue catalogue) {
            this.catalogue = catalogue;
        }

        List<Indicator> indicators(List<String> codes) {
            if (codes == null || codes.isEmpty()) {
                throw new IllegalArgumentException("Choose an indicator");
            }
            if (indicators == null) {
                indicators = catalogue.indicators().stream().collect(Collectors.toMap(Indicator::code, Function.identity()));
            }
            return codes.stream().map(code -> Optional.ofNullable(indicators.get(code))
                    .orElseThrow(() -> new UnknownSelectionException("indicator", code))).toList();
        }

        Dimension dimension(String code) {
            if (dimensions == null) {
                dimensions = catalogue.dimensions();
            }
            return dimensions.stream().filter(d -> d.code().equals(code)).findFirst()
                    .orElseThrow(() -> new UnknownSelectionException("dimension", code));
        }
    }

    private Place place(long id) {
        return places.find(id).orElseThrow(() -> new UnknownSelectionException("place", String.valueOf(id)));
    }

    private static String last(List<String> periods) {
        return periods.isEmpty() ? null : periods.get(periods.size() - 1);
    }
}
