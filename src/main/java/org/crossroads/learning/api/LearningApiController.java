package org.crossroads.learning.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crossroads.accounts.CurrentEditor;
import org.crossroads.accounts.Editor;
import org.crossroads.accounts.Role;
import org.crossroads.learning.EventNotFoundException;
import org.crossroads.learning.LearningEvent;
import org.crossroads.learning.LearningEvents;
import org.crossroads.learning.LearningPermissions;
import org.crossroads.learning.Participant;
import org.crossroads.learning.ParticipantRegistry;
import org.crossroads.learning.ParticipationStatistics;
import org.crossroads.learning.PeerRatings;
import org.crossroads.learning.Survey;
import org.crossroads.learning.SurveyResults;
import org.crossroads.learning.SurveyRounds;
import org.crossroads.learning.internal.SmallCounts;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Participation statistics, surveys, ratings and (for those entitled) participants, in JSON. Counts
 * from 1 to below the privacy threshold are null for the public, with {@code suppressedBelow} saying so, and
 * so is a complementary count of a breakdown that would give a hidden one away (the shared rule, through
 * {@link SmallCounts}).
 */
@RestController
@RequestMapping("/api")
@Tag(name = "Peer learning")
class LearningApiController {

    private final LearningEvents events;
    private final ParticipationStatistics statistics;
    private final SurveyRounds rounds;
    private final SurveyResults results;
    private final PeerRatings ratings;
    private final ParticipantRegistry registry;
    private final LearningPermissions permissions;
    private final CurrentEditor currentEditor;
    private final SmallCounts smallCounts;

    LearningApiController(LearningEvents events, ParticipationStatistics statistics, SurveyRounds rounds,
            SurveyResults results, PeerRatings ratings, ParticipantRegistry registry, LearningPermissions permissions,
            CurrentEditor currentEditor, SmallCounts smallCounts) {
        this.events = events;
        this.statistics = statistics;
        this.rounds = rounds;
        this.results = results;
        this.ratings = ratings;
        this.registry = registry;
        this.permissions = permissions;
        this.currentEditor = currentEditor;
        this.smallCounts = smallCounts;
    }

    @GetMapping("/events/{id}/participation")
    @Operation(summary = "Participation in an event", description = "Registered, delegates and breakdowns by city (place id), gender, "
            + "position, city role and UN M49 region. Small counts are null unless the caller organises the event.")
    Map<String, Object> eventParticipation(@PathVariable long id) {
        LearningEvent event = event(id);
        boolean exact = currentEditor.get().map(e -> permissions.mayRunEvent(e, event)).orElse(false);
        ParticipationStatistics.EventParticipation p = statistics.forEvent(id);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("eventId", id);
        body.put("registered", count(p.registered(), exact));
        Map<String, SmallCounts.Breakdown> parts = new LinkedHashMap<>();
        p.breakdowns().forEach((dimension, counts) -> parts.put(dimension, new SmallCounts.Breakdown(counts)));
        SmallCounts.Protection protection = smallCounts.protect(p.delegates(), parts, !exact);
        body.put("delegates", protection.totalHidden() ? null : p.delegates());
        body.put("cities", p.cities());
        Map<String, Map<String, Integer>> breakdowns = new LinkedHashMap<>();
        p.breakdowns().forEach((dimension, counts) -> {
            Map<String, Integer> shown = new LinkedHashMap<>();
            counts.forEach((code, n) -> shown.put(code, protection.hidden(dimension).contains(code) ? null : n));
            breakdowns.put(dimension, shown);
        });
        body.put("breakdowns", breakdowns);
        body.put("suppressedBelow", exact ? null : smallCounts.threshold());
        return body;
    }

    @GetMapping("/cities/{id}/participation")
    @Operation(summary = "A city's participation over time", description = "Delegates per event, returning delegates, continuity and turnover.")
    Map<String, Object> cityParticipation(@PathVariable long id) {
        boolean exact = currentEditor.get().map(e -> e.role() == Role.ADMINISTRATOR || e.role() == Role.NETWORK_COORDINATOR
                || e.placeId() != null && e.placeId() == id).orElse(false);
        ParticipationStatistics.CityParticipation p = statistics.forCity(id);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("placeId", id);
        body.put("distinctDelegates", count(p.distinctDelegates(), exact));
        body.put("averageContinuity", p.averageContinuity());
        body.put("timeline", p.timeline().stream().map(e -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("eventId", e.eventId());
            row.put("theme", e.theme());
            row.put("startsOn", e.startsOn());
            row.put("delegates", count(e.delegates(), exact));
            row.put("returning", count(e.returning(), exact));
            row.put("continuity", e.continuity());
            row.put("turnover", e.turnover());
            return row;
        }).toList());
        body.put("suppressedBelow", exact ? null : smallCounts.threshold());
        return body;
    }

    @GetMapping("/events/{id}/surveys")
    @Operation(summary = "The survey rounds of an event", description = "Feedback and follow-ups at 3, 6 and 12 months, with response counts.")
    List<Map<String, Object>> surveys(@PathVariable long id) {
        event(id);
        return rounds.ofEvent(id).stream().map(s -> {
            SurveyResults.Result r = results.of(s.id(), false);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", s.id());
            row.put("round", s.round());
            row.put("anonymous", s.anonymous());
            row.put("opensOn", s.opensOn());
            row.put("closesOn", s.closesOn());
            row.put("sent", s.sentAt() != null);
            row.put("invited", r.invited());
            row.put("responses", r.responses());
            return row;
        }).toList();
    }

    @GetMapping("/surveys/{id}/results")
    @Operation(summary = "Aggregated answers of a survey round", description = "Scale distributions and means, choice counts; "
            + "free-text answers only for the event's organisers.")
    Map<String, Object> surveyResults(@PathVariable long id) {
        Survey survey = rounds.find(id).orElseThrow(() -> new EventNotFoundException(id));
        LearningEvent event = event(survey.eventId());
        boolean organiser = currentEditor.get().map(e -> permissions.mayRunEvent(e, event)).orElse(false);
        SurveyResults.Result r = results.of(id, organiser);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("surveyId", id);
        body.put("round", survey.round());
        body.put("invited", r.invited());
        body.put("responses", r.responses());
        body.put("questions", r.questions().stream().map(q -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("code", q.question().code());
            row.put("kind", q.question().kind());
            row.put("prompt", q.question().prompt().asMap());
            row.put("retired", q.question().retired());
            row.put("answers", q.answers());
            row.put("mean", q.mean());
            row.put("scores", q.scores());
            row.put("choices", q.choices());
            if (organiser) {
                row.put("texts", q.texts());
            }
            return row;
        }).toList());
        return body;
    }

    @GetMapping("/events/{id}/ratings")
    @Operation(summary = "Mutual accountability: average ratings received by each peer city")
    List<PeerRatings.Aggregate> ratings(@PathVariable long id) {
        event(id);
        return ratings.aggregates(id);
    }

    @GetMapping("/events/{id}/participants")
    @Operation(summary = "Participants of an event (personal data)", description = "Only for administrators and coordinators "
            + "of the organising networks; every call is audited.")
    List<Map<String, Object>> participants(@PathVariable long id) {
        Editor editor = currentEditor.get().orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED));
        return registry.participantsOf(id, editor).stream().map(row -> {
            Participant p = row.participant();
            Map<String, Object> person = new LinkedHashMap<>();
            person.put("id", p.id());
            person.put("fullName", p.fullName());
            person.put("email", p.email());
            person.put("organisationId", p.organisationId());
            person.put("placeId", p.placeId());
            person.put("position", p.position());
            person.put("expertise", p.expertise());
            person.put("gender", p.gender());
            person.put("attended", row.registration().attended());
            return person;
        }).toList();
    }

    private Integer count(int n, boolean exact) {
        return smallCounts.hidden(n, !exact) ? null : n;
    }

    private LearningEvent event(long id) {
        return events.find(id).orElseThrow(() -> new EventNotFoundException(id));
    }
}
