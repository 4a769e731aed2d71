package org.crossroads.learning.outcomes;

import org.crossroads.shared.web.RecordNotFoundException;
import org.crossroads.learning.LearningFiguresChanged;
import org.crossroads.learning.Texts;
import org.crossroads.learning.events.LearningEvents;
import org.crossroads.learning.LearningPermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.crossroads.accounts.Editor;
import org.crossroads.audit.AuditTrail;
import org.crossroads.shared.validation.FieldError;
import org.crossroads.shared.validation.InvalidEntryException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mutual accountability after an exchange: each peer city rates every other one on the inputs it
 * brought, the relevance of what it received from it and the mutuality of the partnership (1 to 5).
 * Ratings are shown only as averages per rated city, so both sides see the aggregate, never one rater.
 */
@org.springframework.modulith.NamedInterface("api")
@Service
public class PeerRatings {

    private final JdbcClient jdbc;
    private final LearningEvents events;
    private final LearningPermissions permissions;
    private final AuditTrail audit;
    private final ApplicationEventPublisher publisher;

    PeerRatings(JdbcClient jdbc, LearningEvents events, LearningPermissions permissions, AuditTrail audit,
            ApplicationEventPublisher publisher) {
        this.jdbc = jdbc;
        this.events = events;
        this.permissions = permissions;
        this.audit = audit;
        this.publisher = publisher;
    }

    /** A rating as the form posts it. */
    public record Rating(long ratedPlaceId, Integer inputs, Integer relevance, Integer mutuality, String comment) {}

    /** @param raters how many cities rated this one */
    public record Aggregate(long placeId, int raters, double inputs, double relevance, double mutuality) {}

    /**
     * The fewest raters whose averages the public sees: with two, each rater could work out the other's
     * ratings from the average and its own; with three, only the sum of the other two.
     */
    public static final int PUBLIC_MINIMUM_RATERS = 3;

    /** Whether a city's averages may be shown to readers who do not run the event. */
    public static boolean publicAverages(Aggregate aggregate) {
        return aggregate.raters() >= PUBLIC_MINIMUM_RATERS;
    }

    /** The cities that took part in the event: its host and every city that sent a delegate. */
    public List<Long> peerCities(long eventId) {
        return jdbc.sql("""
                select distinct place_id from (
                  select host_place_id as place_id from learning_event where id = :e
                  union select place_id from registration where event_id = :e and attended is distinct from false
                ) p where place_id is not null order by place_id""").param("e", eventId).query(Long.class).list();
    }

    /** Stores (or replaces) a city's ratings of its peers; every rating is checked before any is stored. */
    @Transactional(noRollbackFor = InvalidEntryException.class)
    public void rate(long eventId, long raterPlaceId, List<Rating> ratings, Editor editor) {
        events.find(eventId).orElseThrow(() -> new RecordNotFoundException("event", eventId));
        if (!permissions.mayRateFor(editor, raterPlaceId)) {
            throw new AccessDeniedException("Editor " + editor.username() + " does not speak for city " + raterPlaceId);
        }
        List<Long> peers = peerCities(eventId);
        List<FieldError> errors = new ArrayList<>();
        if (!peers.contains(raterPlaceId)) {
            errors.add(FieldError.of("rater", "learning.error.notAPeer"));
        }
        for (Rating r : ratings) {
            String suffix = "_" + r.ratedPlaceId();
            if (r.ratedPlaceId() == raterPlaceId || !peers.contains(r.ratedPlaceId())) {
                errors.add(FieldError.of("rated" + suffix, "learning.error.notAPeer"));
            }
            score(errors, "inputs" + suffix, r.inputs());
            score(errors, "relevance" + suffix, r.relevance());
            score(errors, "mutuality" + suffix, r.mutuality());
            Texts.check(errors, "comment" + suffix, r.comment(), false, 2000);
        }
        if (!errors.isEmpty()) {
            throw new InvalidEntryException(errors);
        }
        for (Rating r : ratings) {
            jdbc.sql("""
                    insert into peer_rating (event_id, rater_place_id, rated_place_id, inputs, relevance, mutuality, comment, rated_by)
                    values (:e, :rater, :rated, :i, :r, :m, :c, :by)
                    on conflict (event_id, rater_place_id, rated_place_id) do update set inputs = excluded.inputs,
                      relevance = excluded.relevance, mutuality = excluded.mutuality, comment = excluded.comment,
                      rated_by = excluded.rated_by, rated_at = now()""")
                    .param("e", eventId).param("rater", raterPlaceId).param("rated", r.ratedPlaceId()).param("i", r.inputs())
                    .param("r", r.relevance()).param("m", r.mutuality()).param("c", Texts.blankToNull(r.comment()))
                    .param("by", editor.username()).update();
        }
        audit.record("peer_rating", eventId, "rated", editor.username(), Map.of("rater", raterPlaceId, "ratings", ratings.size()));
        publisher.publishEvent(new LearningFiguresChanged("peer_rating", eventId));
    }

    /** Averages per rated city. */
    public List<Aggregate> aggregates(long eventId) {
        return jdbc.sql("""
                select rated_place_id, count(*), avg(inputs), avg(relevance), avg(mutuality) from peer_rating
                where event_id = :e group by rated_place_id order by rated_place_id""").param("e", eventId)
                .query((rs, n) -> new Aggregate(rs.getLong(1), rs.getInt(2), rs.getDouble(3), rs.getDouble(4), rs.getDouble(5)))
                .list();
    }

    /** One city rated another after an event (the scores are not part of it). */
    public record RatedPair(long eventId, long raterPlaceId, long ratedPlaceId) {}

    /**
     * Who rated whom, only for rated cities whose averages the public may see ({@link #PUBLIC_MINIMUM_RATERS}
     * raters or more at that event): for the cooperation graph, which counts the exchange, never the scores.
     */
    public List<RatedPair> publicPairs() {
        return jdbc.sql("""
                select event_id, rater_place_id, rated_place_id from peer_rating r
                where (select count(*) from peer_rating o where o.event_id = r.event_id
                       and o.rated_place_id = r.rated_place_id) >= :min
                order by event_id, rater_place_id, rated_place_id""").param("min", PUBLIC_MINIMUM_RATERS)
                .query((rs, n) -> new RatedPair(rs.getLong(1), rs.getLong(2), rs.getLong(3))).list();
    }

    /** What the rating city has already given, to show in its form. */
    public Map<Long, Rating> givenBy(long eventId, long raterPlaceId) {
        Map<Long, Rating> given = new java.util.LinkedHashMap<>();
        jdbc.sql("select rated_place_id, inputs, relevance, mutuality, comment from peer_rating where event_id = :e and rater_place_id = :r")
                .param("e", eventId).param("r", raterPlaceId)
                .query((rs, n) -> new Rating(rs.getLong(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getString(5)))
                .list().forEach(r -> given.put(r.ratedPlaceId(), r));
        return given;
    }

    private static void score(List<FieldError> errors, String field, Integer value) {
        if (value == null) {
            errors.add(FieldError.of(field, "learning.error.required"));
        } else if (value < 1 || value > 5) {
            errors.add(FieldError.of(field, "learning.error.answerScale", value));
        }
    }
}
