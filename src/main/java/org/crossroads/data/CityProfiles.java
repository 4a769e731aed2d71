package org.crossroads.data;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.crossroads.accounts.Editor;
import org.crossroads.directory.Memberships;
import org.crossroads.directory.Organisations;
import org.crossroads.directory.Place;
import org.crossroads.directory.Places;
import org.crossroads.inventory.Initiatives;
import org.crossroads.shared.statistics.SmallCellSuppression;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Builds city migration profiles from the pre-aggregated totals ({@code data_marginal}), at the
 * confidentiality the reader may see, with small counts hidden in public views.
 */
@Service
public class CityProfiles {

    public static final int RECENT_YEARS = 5;
    private static final List<String> POPULATION = List.of("population", "foreign_born_residents", "foreign_nationals",
            "refugees_asylum_seekers", "foreign_born_share", "migrant_or_foreign_share");

    private final Places places;
    private final Organisations organisations;
    private final Memberships memberships;
    private final Initiatives initiatives;
    private final DataCatalogue catalogue;
    private final DataAccess access;
    private final JdbcClient jdbc;
    private final int threshold;
    private final HiddenFigures hidden;

    CityProfiles(Places places, Organisations organisations, Memberships memberships, Initiatives initiatives,
            DataCatalogue catalogue, DataAccess access, JdbcClient jdbc, DataSettings settings, HiddenFigures hidden) {
        this.hidden = hidden;
        int threshold = settings.smallCountThreshold();
        this.places = places;
        this.organisations = organisations;
        this.memberships = memberships;
        this.initiatives = initiatives;
        this.catalogue = catalogue;
        this.access = access;
        this.jdbc = jdbc;
        this.threshold = threshold;
    }

    private record Total(long indicatorId, long placeId, String period, LocalDate start, BigDecimal value, String source) {}

    public Optional<CityProfile> of(long placeId, Optional<Editor> reader, Locale locale) {
        Optional<Place> found = places.find(placeId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Place city = found.get();
        List<String> levels = access.levels(reader, placeId);
        boolean suppress = reader.map(e -> !access.maySeeConfidential(e, placeId)).orElse(true);
        Map<Long, Indicator> indicators = new LinkedHashMap<>();
        catalogue.indicators().forEach(i -> indicators.put(i.id(), i));
        boolean signedIn = reader.isPresent();
        List<Total> totals = totals(List.of(placeId), levels);
        HiddenFigures.Decisions decisions = hidden.read(indicators.keySet(), List.of(placeId), List.of());
        java.util.function.BiFunction<Indicator, Total, SmallCellSuppression.Why> why = (i, t) ->
                suppress ? decisions.why(i.id(), placeId, t.period(), "", signedIn) : null;
        java.util.function.BiFunction<Indicator, Total, String> text = (i, t) -> shown(i, t, why.apply(i, t));
        // the number itself only where it is shown
        java.util.function.BiFunction<Indicator, Total, BigDecimal> number = (i, t) -> why.apply(i, t) == null ? t.value() : null;

        List<CityProfile.Series> population = new ArrayList<>();
        for (String code : POPULATION) {
            indicators.values().stream().filter(i -> i.code().equals(code)).findFirst().ifPresent(i -> {
                List<CityProfile.Point> points = totals.stream().filter(t -> t.indicatorId() == i.id())
                        .sorted(Comparator.comparing(Total::start))
                        .map(t -> new CityProfile.Point(t.period(), number.apply(i, t), text.apply(i, t))).toList();
                if (!points.isEmpty()) {
                    population.add(new CityProfile.Series(i, points));
                }
            });
        }

        Set<Long> peers = peers(placeId);
        // peers' figures as the public sees them: a figure hidden there never moves the median, lowest or highest
        List<Total> peerTotals = peers.isEmpty() ? List.of() : totals(new ArrayList<>(peers), List.of("public"));
        if (!peerTotals.isEmpty()) {
            HiddenFigures.Decisions peerDecisions = hidden.read(indicators.keySet(), peers, List.of());
            peerTotals = peerTotals.stream()
                    .filter(t -> peerDecisions.why(t.indicatorId(), t.placeId(), t.period(), "", false) == null).toList();
        }
        int recentFrom = LocalDate.now().getYear() - RECENT_YEARS;
        List<CityProfile.KeyIndicator> keys = new ArrayList<>();
        Set<Long> recent = new HashSet<>();
        for (Indicator i : indicators.values()) {
            Optional<Total> latest = totals.stream().filter(t -> t.indicatorId() == i.id()).max(Comparator.comparing(Total::start));
            if (latest.isEmpty()) {
                continue;
            }
            if (latest.get().start().getYear() > recentFrom) {
                recent.add(i.id());
            }
            List<BigDecimal> peerValues = peerTotals.stream()
                    .filter(t -> t.indicatorId() == i.id() && t.period().equals(latest.get().period()))
                    .map(Total::value).sorted().toList();
            keys.add(new CityProfile.KeyIndicator(i, latest.get().period(), text.apply(i, latest.get()),
                    number.apply(i, latest.get()), median(peerValues), peerValues.isEmpty() ? null : peerValues.get(0),
                    peerValues.isEmpty() ? null : peerValues.get(peerValues.size() - 1), peerValues.size(), latest.get().source()));
        }
        List<Indicator> gaps = indicators.values().stream().filter(i -> !recent.contains(i.id())).toList();

        List<CityProfile.Link> networks = memberships.ofPlace(placeId).stream()
                .map(m -> organisations.find(m.organisationId())).flatMap(Optional::stream)
                .map(o -> new CityProfile.Link(o.shortName(), "/organisations/" + o.id())).distinct().toList();
        List<CityProfile.Link> cityInitiatives = initiatives.atPlace(placeId).stream()
                .map(i -> new CityProfile.Link(i.name(locale), "/initiatives/" + i.id())).toList();
        return Optional.of(new CityProfile(city, population, keys, organisations.seatedIn(placeId), cityInitiatives,
                networks, gaps, suppress));
    }

    /** The member cities of every network the city belongs to, without the city. */
    private Set<Long> peers(long placeId) {
        Set<Long> peers = new HashSet<>();
        memberships.ofPlace(placeId).forEach(m -> memberships.ofOrganisation(m.organisationId())
                .forEach(other -> peers.add(other.placeId())));
        peers.remove(placeId);
        return peers;
    }

    /**
     * Each total with the source of its stored value. A value is unique per indicator, place, period and
     * combination, so the join finds at most one; a total with no stored value ("" combination) keeps a
     * null source.
     */
    private List<Total> totals(List<Long> placeIds, List<String> levels) {
        return jdbc.sql("""
                select m.indicator_id, m.place_id, m.period, m.period_start, m.value, v.source
                from data_marginal m
                left join data_value v on v.indicator_id = m.indicator_id and v.place_id = m.place_id
                     and v.period = m.period and v.combination = ''
                where m.place_id = any(:p) and m.dimension = '' and m.confidentiality = any(:levels)""")
                .param("p", placeIds.toArray(Long[]::new)).param("levels", levels.toArray(String[]::new))
                .query((rs, n) -> new Total(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getObject(4, LocalDate.class),
                        rs.getBigDecimal(5), rs.getString(6))).list();
    }

    /** The figure as the profile shows it: the number, "<5" for a small count, "x" for one hidden to protect one. */
    private String shown(Indicator indicator, Total total, SmallCellSuppression.Why why) {
        if (why != null) {
            return why == SmallCellSuppression.Why.SMALL ? "<" + threshold : FigureText.COMPLEMENTARY;
        }
        return total.value().setScale(indicator.decimals(), java.math.RoundingMode.HALF_UP).toPlainString();
    }

    private static BigDecimal median(List<BigDecimal> sorted) {
        if (sorted.isEmpty()) {
            return null;
        }
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle)
                : sorted.get(middle - 1).add(sorted.get(middle)).divide(BigDecimal.valueOf(2));
    }
}
