package org.crossroads.data;

import java.math.BigDecimal;
import java.util.List;
import org.crossroads.directory.Organisation;
import org.crossroads.directory.Place;

/**
 * A city's migration profile, generated from the data, the directory and the inventory (what networks
 * used to write by hand, twelve of them in MC2CM).
 *
 * @param population the population and migrant population over time (totals of the population
 *     indicators the city has values for)
 * @param keyIndicators each catalogue indicator with a recent value, against the city's peers
 * @param gaps catalogue indicators with no value in the last {@link CityProfiles#RECENT_YEARS} years
 */
public record CityProfile(Place city, List<Series> population, List<KeyIndicator> keyIndicators,
        List<Organisation> actors, List<Link> initiatives, List<Link> networks, List<Indicator> gaps, boolean suppressed) {

    /** An indicator's totals by period. */
    public record Series(Indicator indicator, List<Point> points) {}

    /**
     * @param value the number, null when the reader may not see it
     * @param shown the value as the reader may see it ("<5" for a small count in a public view, "x" for one hidden to protect one)
     */
    public record Point(String period, BigDecimal value, String shown) {}

    /**
     * @param peers how many peer cities (members of the same networks) have a value for the same period
     */
    public record KeyIndicator(Indicator indicator, String period, String shown, BigDecimal value, BigDecimal peerMedian,
            BigDecimal peerMin, BigDecimal peerMax, int peers, String source) {}

    public record Link(String name, String href) {}
}
