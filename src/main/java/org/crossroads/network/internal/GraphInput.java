package org.crossroads.network.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.crossroads.directory.Place;
import org.crossroads.network.Node;
import org.crossroads.network.RoutePosition;
import org.crossroads.network.Tie;

/**
 * What the cooperation graph is computed from, read from the other modules at one moment.
 *
 * @param places every place of the graph: those with a tie or a record, and those on a route
 * @param positions each place's positions on routes
 * @param participations a city's part in an initiative or event, whoever else took part (an initiative of
 *     one city makes no tie but still counts for it)
 */
public record GraphInput(Map<Long, Place> places, Map<String, Node> nodes, List<Tie> ties,
        Map<Long, List<RoutePosition>> positions, List<Participation> participations) {

    /** The city took part in the record ({@code "initiative"} or {@code "learning_event"}) during the period. */
    public record Participation(long placeId, String record, long recordId, LocalDate since, LocalDate until) {

        boolean activeIn(int year) {
            return (since == null || since.getYear() <= year) && (until == null || until.getYear() >= year);
        }
    }
}
