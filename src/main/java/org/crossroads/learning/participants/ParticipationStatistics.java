package org.crossroads.learning.participants;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.crossroads.shared.vocabulary.WorldRegions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Who took part, as anonymous counts: per event (by city, gender, position, city role and region), per
 * city over time (delegates, continuity from one event to the next, turnover), and for a network per
 * year. Delegates are registrations not recorded absent. Built on registrations alone, which keep the
 * city, position and gender of the time, so the numbers survive the erasure of persons.
 */
@Service
public class ParticipationStatistics {

    public static final List<String> DIMENSIONS = List.of("gender", "position", "city_role", "region");

    private final JdbcClient jdbc;
    private final WorldRegions regions;

    ParticipationStatistics(JdbcClient jdbc, WorldRegions regions) {
        this.jdbc = jdbc;
        this.regions = regions;
    }

    /** The city breakdown's code for delegates recorded without a city. */
    public static final String NO_CITY = "none";

    /**
     * @param breakdowns by dimension ({@link #DIMENSIONS} and "city", by place id or {@link #NO_CITY}), code to count
     * @param cityCodes for region and city role, the city codes each of their categories adds up: both follow from
     *     the cities, whose regions and roles are public
     */
    public record EventParticipation(long eventId, int registered, int delegates, int attendanceRecorded, int cities,
            Map<String, Map<String, Integer>> breakdowns, Map<String, Map<String, Set<String>>> cityCodes) {}

    /**
     * One event of a city's timeline.
     *
     * @param returning delegates who were also delegates at the city's previous event
     * @param continuity returning / delegates, or null for the city's first event
     * @param turnover share of the previous event's delegates who did not come back, or null
     */
    public record CityEvent(long eventId, String theme, LocalDate startsOn, int delegates, int returning, Double continuity,
            Double turnover) {}

    public record CityParticipation(long placeId, List<CityEvent> timeline, int distinctDelegates, Double averageContinuity) {}

    public record DiversityYear(int year, int events, int delegates, Map<String, Map<String, Integer>> breakdowns,
            List<Long> eventIds) {}

    private record Row(long eventId, long participantId, Long placeId, String position, String gender, Boolean attended,
            String countryCode, List<String> roles, LocalDate startsOn, String theme) {}

    public EventParticipation forEvent(long eventId) {
        return forEvents(List.of(eventId)).get(eventId);
    }

    /** Several events at once (one query), by event id; an event without registrations has zeros. */
    public Map<Long, EventParticipation> forEvents(java.util.Collection<Long> eventIds) {
        Map<Long, List<Row>> byEvent = new LinkedHashMap<>();
        eventIds.forEach(id -> byEvent.put(id, new ArrayList<>()));
        rows("r.event_id = any(:ids)", Map.of("ids", eventIds.toArray(Long[]::new)))
                .forEach(r -> byEvent.get(r.eventId()).add(r));
        Map<Long, EventParticipation> result = new LinkedHashMap<>();
        byEvent.forEach((id, rows) -> result.put(id, participation(id, rows)));
        return result;
    }

    private EventParticipation participation(long eventId, List<Row> rows) {
        List<Row> delegates = rows.stream().filter(r -> !Boolean.FALSE.equals(r.attended())).toList();
        Map<String, Map<String, Integer>> breakdowns = breakdowns(delegates);
        Map<String, Integer> byCity = new TreeMap<>();
        Map<String, Map<String, Set<String>>> cityCodes = new LinkedHashMap<>();
        cityCodes.put("region", new TreeMap<>());
        cityCodes.put("city_role", new TreeMap<>());
        for (Row r : delegates) {
            String city = r.placeId() == null ? NO_CITY : String.valueOf(r.placeId());
            byCity.merge(city, 1, Integer::sum);
            cityCodes.get("region").computeIfAbsent(region(r), k -> new java.util.TreeSet<>()).add(city);
            roles(r).forEach(role -> cityCodes.get("city_role").computeIfAbsent(role, k -> new java.util.TreeSet<>()).add(city));
        }
        breakdowns.put("city", byCity);
        int recorded = (int) rows.stream().filter(r -> r.attended() != null).count();
        int cities = (int) byCity.keySet().stream().filter(c -> !c.equals(NO_CITY)).count();
        return new EventParticipation(eventId, rows.size(), delegates.size(), recorded, cities, breakdowns, cityCodes);
    }

    public CityParticipation forCity(long placeId) {
        List<Row> rows = rows("r.place_id = :id and r.attended is distinct from false", Map.of("id", placeId));
        Map<Long, List<Row>> byEvent = new LinkedHashMap<>();
        rows.forEach(r -> byEvent.computeIfAbsent(r.eventId(), e -> new ArrayList<>()).add(r));
        List<CityEvent> timeline = new ArrayList<>();
        Set<Long> previous = null;
        Set<Long> everyone = new HashSet<>();
        double continuitySum = 0;
        int continuityCount = 0;
        for (List<Row> event : byEvent.values()) {
            Set<Long> delegates = new HashSet<>();
            event.forEach(r -> delegates.add(r.participantId()));
            everyone.addAll(delegates);
            Double continuity = null;
            Double turnover = null;
            int returning = 0;
            if (previous != null) {
                Set<Long> back = new HashSet<>(delegates);
                back.retainAll(previous);
                returning = back.size();
                continuity = delegates.isEmpty() ? null : (double) returning / delegates.size();
                turnover = previous.isEmpty() ? null : 1.0 - (double) returning / previous.size();
                if (continuity != null) {
                    continuitySum += continuity;
                    continuityCount++;
                }
            }
            Row first = event.get(0);
            timeline.add(new CityEvent(first.eventId(), first.theme(), first.startsOn(), delegates.size(), returning,
                    continuity, turnover));
            previous = delegates;
        }
        return new CityParticipation(placeId, timeline, everyone.size(),
                continuityCount == 0 ? null : continuitySum / continuityCount);
    }

    /** Per year, the delegates of the events a network organised (all events when {@code organisationId} is null). */
    public List<DiversityYear> diversityOverTime(Long organisationId) {
        List<Row> rows = organisationId == null
                ? rows("r.attended is distinct from false", Map.of())
                : rows("r.attended is distinct from false and exists (select 1 from learning_event_organiser o "
                        + "where o.event_id = r.event_id and o.organisation_id = :org)", Map.of("org", organisationId));
        Map<Integer, List<Row>> byYear = new TreeMap<>();
        rows.forEach(r -> byYear.computeIfAbsent(r.startsOn().getYear(), y -> new ArrayList<>()).add(r));
        List<DiversityYear> years = new ArrayList<>();
        byYear.forEach((year, list) -> {
            List<Long> ids = list.stream().map(Row::eventId).distinct().toList();
            years.add(new DiversityYear(year, ids.size(), list.size(), breakdowns(list), ids));
        });
        return years;
    }

    private Map<String, Map<String, Integer>> breakdowns(List<Row> delegates) {
        Map<String, Map<String, Integer>> breakdowns = new LinkedHashMap<>();
        DIMENSIONS.forEach(d -> breakdowns.put(d, new TreeMap<>()));
        for (Row r : delegates) {
            breakdowns.get("gender").merge(r.gender() == null ? "not_stated" : r.gender(), 1, Integer::sum);
            breakdowns.get("position").merge(r.position() == null ? "unknown" : r.position(), 1, Integer::sum);
            roles(r).forEach(role -> breakdowns.get("city_role").merge(role, 1, Integer::sum));
            breakdowns.get("region").merge(region(r), 1, Integer::sum);
        }
        return breakdowns;
    }

    private String region(Row r) {
        return regions.subregionOf(r.countryCode()).orElse("unknown");
    }

    private static List<String> roles(Row r) {
        return r.roles().isEmpty() ? List.of("unknown") : r.roles();
    }

    private List<Row> rows(String condition, Map<String, Object> params) {
        return jdbc.sql("""
                select r.event_id, r.participant_id, r.place_id, r.position, r.gender, r.attended, p.country_code, p.roles,
                       e.starts_on, e.theme
                from registration r join learning_event e on e.id = r.event_id left join place p on p.id = r.place_id
                where """ + " " + condition + " order by e.starts_on, e.id, r.id")
                .params(params)
                .query((rs, n) -> {
                    Boolean attended = rs.getBoolean(6);
                    if (rs.wasNull()) {
                        attended = null;
                    }
                    java.sql.Array roles = rs.getArray(8);
                    return new Row(rs.getLong(1), rs.getLong(2), Participants.nullableLong(rs, "place_id"), rs.getString(4),
                            rs.getString(5), attended, rs.getString(7),
                            roles == null ? List.of() : List.of((String[]) roles.getArray()),
                            rs.getObject(9, LocalDate.class), rs.getString(10));
                }).list();
    }
}
