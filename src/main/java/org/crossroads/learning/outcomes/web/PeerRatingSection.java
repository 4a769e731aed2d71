package org.crossroads.learning.outcomes.web;

import org.crossroads.learning.dashboards.web.Dashboard;
import org.crossroads.learning.dashboards.web.DashboardSections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crossroads.directory.Place;
import org.crossroads.directory.Places;
import org.crossroads.learning.outcomes.PeerRatings;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The mutual-accountability averages on an event's dashboard; no rater can work out another's ratings from what the public sees. */
@Component
class PeerRatingSection implements DashboardSections {

    private final PeerRatings ratings;
    private final Places places;
    private final MessageSource messages;

    PeerRatingSection(PeerRatings ratings, Places places, MessageSource messages) {
        this.ratings = ratings;
        this.places = places;
        this.messages = messages;
    }

    @Override
    public List<Dashboard.Table> forEvent(long eventId, boolean suppress, Locale locale) {
        List<PeerRatings.Aggregate> aggregates = ratings.aggregates(eventId);
        Map<Long, Place> names = places.findAll(aggregates.stream().map(PeerRatings.Aggregate::placeId).toList());
        List<Dashboard.Row> rows = aggregates.stream().map(a -> {
            boolean hide = suppress && !PeerRatings.publicAverages(a);
            String hidden = org.crossroads.learning.internal.SmallCounts.HIDDEN;
            return new Dashboard.Row(List.of(names.containsKey(a.placeId()) ? names.get(a.placeId()).name() : "",
                    String.valueOf(a.raters()), hide ? hidden : one(a.inputs(), locale), hide ? hidden : one(a.relevance(), locale),
                    hide ? hidden : one(a.mutuality(), locale)), null);
        }).toList();
        return List.of(new Dashboard.Table("ratings", text("learning.ratings.title", locale),
                List.of(text("learning.ratings.city", locale), text("learning.ratings.raters", locale),
                        text("learning.ratings.inputs", locale), text("learning.ratings.relevance", locale),
                        text("learning.ratings.mutuality", locale)),
                rows, false, text("learning.ratings.explained", locale)));
    }

    @Override
    public List<Dashboard.Table> forCity(long placeId, boolean suppress, Locale locale) {
        return List.of();
    }

    @Override
    public List<Dashboard.Table> forNetwork(Long organisationId, boolean suppress, Locale locale) {
        return List.of();
    }

    private static String one(double value, Locale locale) {
        return String.format(locale, "%.1f", value);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
