package org.crossroads.learning.surveys;

import org.crossroads.learning.LearningFiguresChanged;
import org.crossroads.learning.events.LearningEvent;
import org.crossroads.learning.events.LearningEvents;
import org.crossroads.shared.mail.LinkTokens;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crossroads.shared.validation.FieldError;
import org.crossroads.shared.validation.InvalidEntryException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answering a survey through a personal link, without an account. A forged, expired or used link
 * changes nothing; a double submission is stored once (the invitation is claimed atomically); in an
 * anonymous survey the response keeps no link to the person.
 */
@Service
public class SurveyAnswering {

    /** What a link leads to. */
    public enum LinkState { OPEN, ANSWERED, CLOSED, INVALID }

    /** The survey behind a link, with the questions to ask (current ones) and the respondent's language. */
    public record OpenSurvey(LinkState state, Survey survey, LearningEvent event, SurveyTemplate template, String language) {

        static OpenSurvey invalid() {
            return new OpenSurvey(LinkState.INVALID, null, null, null, null);
        }
    }

    private final Surveys surveys;
    private final SurveyTemplates templates;
    private final LearningEvents events;
    private final ApplicationEventPublisher publisher;

    SurveyAnswering(Surveys surveys, SurveyTemplates templates, LearningEvents events, ApplicationEventPublisher publisher) {
        this.surveys = surveys;
        this.templates = templates;
        this.events = events;
        this.publisher = publisher;
    }

    public OpenSurvey open(String token) {
        return invitation(token).map(this::open).orElseGet(OpenSurvey::invalid);
    }

    private OpenSurvey open(Surveys.Invitation invitation) {
        Survey survey = surveys.find(invitation.surveyId()).orElseThrow();
        LearningEvent event = events.find(survey.eventId()).orElseThrow();
        SurveyTemplate template = templates.find(survey.templateId()).orElseThrow();
        LinkState state = invitation.respondedAt() != null ? LinkState.ANSWERED
                : survey.isClosedOn(LocalDate.now()) || LocalDate.now().isBefore(survey.opensOn()) ? LinkState.CLOSED
                : LinkState.OPEN;
        return new OpenSurvey(state, survey, event, template, invitation.language());
    }

    /**
     * Stores the answers, keyed {@code q<questionId>} as the form posts them.
     *
     * @return the state after the attempt: OPEN means stored now; ANSWERED, CLOSED or INVALID mean nothing changed
     * @throws InvalidEntryException naming each question ({@code q<id>}) whose answer is missing or wrong
     */
    @Transactional(noRollbackFor = InvalidEntryException.class)
    public LinkState submit(String token, Map<String, String> answers) {
        Optional<Surveys.Invitation> found = invitation(token);
        if (found.isEmpty()) {
            return LinkState.INVALID;
        }
        Surveys.Invitation invitation = found.get();
        OpenSurvey open = open(invitation);
        if (open.state() != LinkState.OPEN) {
            return open.state();
        }
        List<Answer> checked = check(open.template(), answers);
        if (!surveys.claim(invitation.id())) {
            return LinkState.ANSWERED;
        }
        Survey survey = open.survey();
        long response = surveys.insertResponse(survey.id(), survey.anonymous() ? null : invitation.id(), invitation.placeId(),
                invitation.language());
        checked.forEach(a -> surveys.insertAnswer(response, a.question().id(), a.score(), a.choice(), a.text()));
        publisher.publishEvent(new LearningFiguresChanged("survey_response", response));
        if (survey.isFollowUp()) {
            reportedChange(checked).ifPresent(change -> publisher.publishEvent(new FollowUpChangeReported(survey.eventId(),
                    invitation.placeId(), change.changeType(), change.description(), response)));
        }
        return LinkState.OPEN;
    }

    private record Answer(SurveyTemplate.SurveyQuestion question, Integer score, String choice, String text) {}

    private record Change(String changeType, String description) {}

    private static Optional<Change> reportedChange(List<Answer> answers) {
        boolean changed = answers.stream().anyMatch(a -> "change_reported".equals(a.question().purpose()) && "yes".equals(a.choice()));
        if (!changed) {
            return Optional.empty();
        }
        String type = answers.stream().filter(a -> "change_type".equals(a.question().purpose())).map(Answer::choice)
                .filter(c -> c != null).findFirst().orElse(null);
        String description = answers.stream().filter(a -> "change_description".equals(a.question().purpose()))
                .map(Answer::text).filter(t -> t != null).findFirst().orElse(null);
        return Optional.of(new Change(type, description));
    }

    private static List<Answer> check(SurveyTemplate template, Map<String, String> posted) {
        List<FieldError> errors = new ArrayList<>();
        List<Answer> answers = new ArrayList<>();
        for (SurveyTemplate.SurveyQuestion q : template.questions()) {
            String field = "q" + q.id();
            String value = posted.getOrDefault(field, "").strip();
            if (value.isEmpty()) {
                if (q.required()) {
                    errors.add(FieldError.of(field, "learning.error.answerRequired"));
                }
                continue;
            }
            if (q.isLikert()) {
                Integer score = value.matches("[1-5]") ? Integer.valueOf(value) : null;
                if (score == null) {
                    errors.add(FieldError.of(field, "learning.error.answerScale", value));
                } else {
                    answers.add(new Answer(q, score, null, null));
                }
            } else if (q.isChoice()) {
                if (!q.hasOption(value)) {
                    errors.add(FieldError.of(field, "learning.error.unknownValue", value));
                } else {
                    answers.add(new Answer(q, null, value, null));
                }
            } else if (value.length() > 5000) {
                errors.add(FieldError.of(field, "learning.error.tooLong", 5000));
            } else {
                answers.add(new Answer(q, null, null, value));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidEntryException(errors);
        }
        return answers;
    }

    private Optional<Surveys.Invitation> invitation(String token) {
        if (!LinkTokens.looksValid(token)) {
            return Optional.empty();
        }
        return surveys.invitationByTokenHash(LinkTokens.hash(token));
    }
}
