package org.crossroads.learning.dashboards.api;

import org.crossroads.shared.web.RecordNotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crossroads.accounts.CurrentEditor;
import org.crossroads.accounts.Editor;
import org.crossroads.accounts.Role;
import org.crossroads.learning.events.LearningEvent;
import org.crossroads.learning.events.LearningEvents;
import org.crossroads.learning.LearningPermissions;
import org.crossroads.learning.participants.Participant;
import org.crossroads.learning.participants.ParticipantRegistry;
import org.crossroads.learning.outcomes.PeerRatings;
import org.crossroads.learning.surveys.Survey;
import org.crossroads.learning.surveys.SurveyRounds;
import org.crossroads.learning.participants.internal.PublicParticipation;
import org.crossroads.learning.surveys.internal.PublicSurveyResults;
import org.crossroads.learning.internal.SmallCounts;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Participation statistics, surveys, ratings and (for those entitled) participants, in JSON. For the public,
 * counts from 1 to below the privacy threshold are null, with {@code suppressedBelow} saying so, and so is every
 * count or figure that would give one away: the same figures as the dashboards ({@link PublicParticipation},
 * {@link PublicSurveyResults}), so that combining outputs reveals nothing either shows alone.
 */
@RestController
@RequestMapping("/api")
@Tag(name = "Peer learning")
class LearningApiController {

    private final LearningEvents events;
    private final PublicParticipation participation;
    private final SurveyRounds rounds;
    private final PublicSurveyResults surveyResults;
    private final PeerRatings ratings;
    private final ParticipantRegistry registry;
    private final LearningPermissions permissions;
    private final CurrentEditor currentEditor;
    private final SmallCounts smallCounts;

    LearningApiController(LearningEvents events, PublicParticipation participation, SurveyRounds rounds,
            PublicSurveyResults surveyResults, PeerRatings ratings, ParticipantRegistry registry, LearningPermissions permissions,
            CurrentEditor currentEditor, SmallCounts smallCounts) {
        this.events = events;
        this.participation = participation;
        this.rounds = rounds;
        this.surveyResults = surveyResults;
        this.ratings = ratings;
        this.registry = registry;
        this.permissions = permissions;
        this.currentEditor = currentEditor;
        this.smallCounts = smallCounts;
    }

    @GetMapping("/events/{id}/participation")
    @Operation(summary = "Participation in an event", description = "Delegates and breakdowns by city (place id, \"none\" for "
            + "delegates without one), gender, position, city role and UN M49 region. For the public, hidden counts are null "
            + "and a breakdown that cannot be protected is listed in withheld; registered and recorded attendance are "
            + "for organisers only.")
    Map<String, Object> eventParticipation(@PathVariable long id) {
        LearningEvent event = event(id);
        boolean exact = currentEditor.get().map(e -> permissions.mayRunEvent(e, event)).orElse(false);
        PublicParticipation.EventFigures f = participation.event(id, !exact);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("eventId", id);
        if (exact) {
            body.put("registered", f.participation().registered());
            body.put("attendanceRecorded", f.participation().attendanceRecorded());
        }
        body.put("delegates", f.delegates().orNull());
        body.put("cities", f.cities().orNull());
        Map<String, Map<String, Long>> breakdowns = new LinkedHashMap<>();
        List<String> withheld = new java.util.ArrayList<>();
        for (String dimension : f.participation().breakdowns().keySet()) {
            PublicParticipation.breakdown(f, dimension).ifPresentOrElse(cells -> {
                Map<String, Long> shown = new LinkedHashMap<>();
                cells.forEach((code, n) -> shown.put(code, n.orNull()));
                breakdowns.put(dimension, shown);
            }, () -> withheld.add(dimension));
        }
        body.put("breakdowns", breakdowns);
        body.put("withheld", withheld);
        body.put("suppressedBelow", exact ? null : smallCounts.threshold());
        return body;
    }

    @GetMapping("/cities/{id}/participation")
    @Operation(summary = "A city's participation over time", description = "Delegates per event, returning delegates, continuity and "
            + "turnover; for the public, a figure computed from a hidden count is null.")
    Map<String, Object> cityParticipation(@PathVariable long id) {
        boolean exact = currentEditor.get().map(e -> e.role() == Role.ADMINISTRATOR || e.role() == Role.NETWORK_COORDINATOR
                || e.placeId() != null && e.placeId() == id).orElse(false);
        PublicParticipation.CityFigures p = participation.city(id, !exact);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("placeId", id);
        body.put("distinctDelegates", p.distinctDelegates().orNull());
        body.put("averageContinuity", p.averageContinuity().value() == null || p.averageContinuity().hidden() ? null
                : p.averageContinuity().value());
        body.put("timeline", p.timeline().stream().map(r -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("eventId", r.event().eventId());
            row.put("theme", r.event().theme());
            row.put("startsOn", r.event().startsOn());
            row.put("delegates", r.delegates().orNull());
            row.put("returning", r.returning().orNull());
            row.put("continuity", r.continuity().hidden() ? null : r.continuity().value());
            row.put("turnover", r.turnover().hidden() ? null : r.turnover().value());
            return row;
        }).toList());
        body.put("suppressedBelow", exact ? null : smallCounts.threshold());
        return body;
    }

    @GetMapping("/events/{id}/surveys")
    @Operation(summary = "The survey rounds of an event", description = "Feedback and follow-ups at 3, 6 and 12 months, with response "
            + "counts (null for the public when hidden).")
    List<Map<String, Object>> surveys(@PathVariable long id) {
        LearningEvent event = event(id);
        boolean organiser = currentEditor.get().map(e -> permissions.mayRunEvent(e, event)).orElse(false);
        return rounds.ofEvent(id).stream().map(s -> {
            PublicSurveyResults.SurveyFigures r = surveyResults.of(s.id(), !organiser);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", s.id());
            row.put("round", s.round());
            row.put("anonymous", s.anonymous());
            row.put("opensOn", s.opensOn());
            row.put("closesOn", s.closesOn());
            row.put("sent", s.sentAt() != null);
            row.put("invited", r.invited().orNull());
            row.put("responses", r.responses().orNull());
            row.put("suppressedBelow", organiser ? null : smallCounts.threshold());
            return row;
        }).toList();
    }

    @GetMapping("/surveys/{id}/results")
    @Operation(summary = "Aggregated answers of a survey round", description = "Means of scales and choice counts; the distribution "
            + "of scores and free-text answers only for the event's organisers. For the public, hidden counts and the figures "
            + "computed from them are null.")
    Map<String, Object> surveyResults(@PathVariable long id) {
        Survey survey = rounds.find(id).orElseThrow(() -> new RecordNotFoundException("event", id));
        LearningEvent event = event(survey.eventId());
        boolean organiser = currentEditor.get().map(e -> permissions.mayRunEvent(e, event)).orElse(false);
        PublicSurveyResults.SurveyFigures r = surveyResults.of(id, !organiser);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("surveyId", id);
        body.put("round", survey.round());
        body.put("invited", r.invited().orNull());
        body.put("responses", r.responses().orNull());
        body.put("responseRate", r.responseRate());
        body.put("questions", r.questions().stream().map(q -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("code", q.result().question().code());
            row.put("kind", q.result().question().kind());
            row.put("prompt", q.result().question().prompt().asMap());
            row.put("retired", q.result().question().retired());
            row.put("answers", q.answers().orNull());
            row.put("mean", q.mean());
            if (organiser) {
                row.put("scores", q.result().scores());
            }
            q.choices().ifPresentOrElse(choices -> {
                Map<String, Long> shown = new LinkedHashMap<>();
                choices.forEach((code, n) -> shown.put(code, n.orNull()));
                row.put("choices", shown);
            }, () -> row.put("choices", null));
            if (organiser) {
                row.put("texts", q.result().texts());
            }
            return row;
        }).toList());
        body.put("suppressedBelow", organiser ? null : smallCounts.threshold());
        return body;
    }

    @GetMapping("/events/{id}/ratings")
    @Operation(summary = "Mutual accountability: average ratings received by each peer city", description = "For the public, "
            + "averages are null unless at least " + PeerRatings.PUBLIC_MINIMUM_RATERS + " cities rated, so that no city can work "
            + "out another's rating from the average and its own.")
    List<Map<String, Object>> ratings(@PathVariable long id) {
        LearningEvent event = event(id);
        boolean organiser = currentEditor.get().map(e -> permissions.mayRunEvent(e, event)).orElse(false);
        return ratings.aggregates(id).stream().map(a -> {
            boolean shown = organiser || PeerRatings.publicAverages(a);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("placeId", a.placeId());
            row.put("raters", a.raters());
            row.put("inputs", shown ? a.inputs() : null);
            row.put("relevance", shown ? a.relevance() : null);
            row.put("mutuality", shown ? a.mutuality() : null);
            return row;
        }).toList();
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

    private LearningEvent event(long id) {
        return events.find(id).orElseThrow(() -> new RecordNotFoundException("event", id));
    }
}
