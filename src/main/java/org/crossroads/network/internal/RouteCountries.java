package org.crossroads.network.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.crossroads.network.RoutePosition;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Which countries lie on which migration route in which role, from {@code dataset/route-countries.csv}
 * (each row cites the passage of the source report it comes from). A gazetteer place with no route of its
 * own counts as on the routes of its country. Editable: change the file and restart.
 */
@Component
public class RouteCountries {

    static final String FILE = "dataset/route-countries.csv";

    /** One row: a country's roles on a route, and the passage it comes from. */
    public record Row(String route, String countryCode, List<String> roles, String source) {}

    private final List<Row> rows;

    RouteCountries() {
        this(read(new ClassPathResource(FILE)));
    }

    RouteCountries(List<Row> rows) {
        this.rows = List.copyOf(rows);
    }

    static List<Row> read(ClassPathResource file) {
        try (Reader in = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
            List<Row> rows = new ArrayList<>();
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                List<String> roles = Arrays.stream(r.get("roles").split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
                rows.add(new Row(r.get("route").strip(), r.get("country").strip().toUpperCase(), roles, r.get("source")));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Row> rows() {
        return rows;
    }

    public Set<String> countries() {
        Set<String> countries = new TreeSet<>();
        rows.forEach(r -> countries.add(r.countryCode()));
        return countries;
    }

    /** The country's roles on a route (empty when the file does not place it on that route). */
    public List<String> roles(String countryCode, String route) {
        return rows.stream().filter(r -> r.countryCode().equals(countryCode) && r.route().equals(route))
                .flatMap(r -> r.roles().stream()).distinct().toList();
    }

    /**
     * A place's positions: for each route recorded for the place, its recorded roles (or, if none, its
     * country's roles on that route); for a place without recorded routes, its country's rows.
     */
    public List<RoutePosition> positions(String countryCode, List<String> recordedRoutes, List<String> recordedRoles) {
        Map<String, RoutePosition> positions = new LinkedHashMap<>();
        if (!recordedRoutes.isEmpty()) {
            for (String route : recordedRoutes) {
                boolean own = !recordedRoles.isEmpty();
                for (String role : own ? recordedRoles : roles(countryCode, route)) {
                    positions.putIfAbsent(route + "/" + role, new RoutePosition(route, role, !own));
                }
            }
        } else {
            for (Row row : rows) {
                if (row.countryCode().equals(countryCode)) {
                    row.roles().forEach(role -> positions.putIfAbsent(row.route() + "/" + role,
                            new RoutePosition(row.route(), role, true)));
                }
            }
        }
        return List.copyOf(positions.values());
    }
}
