package org.crossroads.learning.surveys;

import org.crossroads.shared.web.RecordNotFoundException;
import org.crossroads.learning.LearningFiguresChanged;
import org.crossroads.learning.participants.Registration;
import org.crossroads.learning.LearningSettings;
import org.crossroads.learning.participants.Participant;
import org.crossroads.learning.events.LearningEvent;
import org.crossroads.learning.participants.Registrations;
import org.crossroads.learning.LearningPermissions;
import org.crossroads.learning.participants.Participants;
import org.crossroads.learning.events.LearningEvents;
import org.crossroads.shared.mail.LinkTokens;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crossroads.accounts.Editor;
import org.crossroads.audit.AuditTrail;
import org.crossroads.shared.mail.MailOutbox;
import org.crossroads.shared.mail.OutgoingMail;
import org.crossroads.shared.validation.InvalidEntryException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Survey rounds of an event: the feedback survey the organisers send after it, the follow-ups 3, 6 and
 * 12 months later (sent by the scheduler when due), and reminders. Each invitation is a personal link
 * emailed through the outbox in the person's language, in the same transaction as the invitation.
 */
@Service
public class SurveyRounds {

    private static final Logger log = LoggerFactory.getLogger(SurveyRounds.class);
    private static final Map<String, Integer> FOLLOW_UP_MONTHS = Map.of("follow_up_3", 3, "follow_up_6", 6, "follow_up_12", 12);

    private final Surveys surveys;
    private final SurveyTemplates templates;
    private final LearningEvents events;
    private final Registrations registrations;
    private final Participants participants;
    private final LearningPermissions permissions;
    private final MailOutbox outbox;
    private final MessageSource messages;
    private final LearningSettings settings;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher publisher;

    SurveyRounds(Surveys surveys, SurveyTemplates templates, LearningEvents events, Registrations registrations,
            Participants participants, LearningPermissions permissions, MailOutbox outbox, MessageSource messages,
            LearningSettings settings, AuditTrail audit, TransactionTemplate transactions,
            ApplicationEventPublisher publisher) {
        this.transactions = transactions;
        this.surveys = surveys;
        this.templates = templates;
        this.events = events;
        this.registrations = registrations;
        this.participants = participants;
        this.permissions = permissions;
        this.outbox = outbox;
        this.messages = messages;
        this.settings = settings;
        this.audit = audit;
        this.publisher = publisher;
    }

    /** What sending did: who got a link and who could not. */
    public record SendReport(int invited, int withoutEmail, int withoutConsent, int alreadyInvited) {}

    public List<Survey> ofEvent(long eventId) {
        return surveys.ofEvent(eventId);
    }

    public java.util.Optional<Survey> find(long surveyId) {
        return surveys.find(surveyId);
    }

    /** The feedback survey, open from today for the configured number of days, plus the three follow-ups. */
    @Transactional
    public long createFeedback(long eventId, Long templateId, boolean anonymous, Editor editor) {
        LearningEvent event = runnable(eventId, editor);
        long template = templateId != null ? templateId
                : templates.findByCode(SurveyTemplates.DEFAULT_FEEDBACK).orElseThrow().id();
        SurveyTemplate chosen = templates.find(template).filter(t -> t.kind().equals("feedback"))
                .orElseThrow(() -> InvalidEntryException.of("template", "learning.error.unknownValue", template));
        LocalDate today = LocalDate.now();
        long id = surveys.insert(event.id(), chosen.id(), "feedback", anonymous, today, today.plusDays(settings.surveyLinkDays()),
                editor.username()).orElseThrow(() -> InvalidEntryException.of("round", "learning.error.surveyExists"));
        scheduleFollowUps(event, editor.username());
        audit.record("survey", id, "created", editor.username(), Map.of("event", eventId, "round", "feedback"));
        publisher.publishEvent(new LearningFiguresChanged("survey", id));
        return id;
    }

    /** Follow-ups open 3, 6 and 12 months after the event ends; existing rounds are kept. */
    void scheduleFollowUps(LearningEvent event, String actor) {
        long template = templates.findByCode(SurveyTemplates.DEFAULT_FOLLOW_UP).orElseThrow().id();
        FOLLOW_UP_MONTHS.forEach((round, months) -> {
            LocalDate opens = event.endsOn().plusMonths(months);
            surveys.insert(event.id(), template, round, false, opens, opens.plusDays(settings.surveyLinkDays()), actor);
        });
    }

    /** Emails every delegate of the event (not recorded absent) who consented to surveys their personal link. */
    @Transactional
    public SendReport send(long surveyId, Editor editor) {
        Survey survey = surveys.find(surveyId).orElseThrow(() -> new RecordNotFoundException("event", surveyId));
        runnable(survey.eventId(), editor);
        // links of a round that is not open answer "not open" (410): sending them would only mislead
        LocalDate today = LocalDate.now();
        if (survey.isClosedOn(today)) {
            throw InvalidEntryException.of("survey", "learning.surveys.error.closed", survey.closesOn().toString());
        }
        if (today.isBefore(survey.opensOn())) {
            throw InvalidEntryException.of("survey", "learning.surveys.error.notYetOpen", survey.opensOn().toString());
        }
        SendReport report = invite(survey);
        audit.record("survey", surveyId, "sent", editor.username(), Map.of("invited", report.invited()));
        publisher.publishEvent(new LearningFiguresChanged("survey", surveyId));
        return report;
    }

    private SendReport invite(Survey survey) {
        LearningEvent event = events.find(survey.eventId()).orElseThrow();
        int invited = 0;
        int noEmail = 0;
        int noConsent = 0;
        int already = 0;
        for (Registration r : registrations.ofEvent(survey.eventId())) {
            if (!r.counts()) {
                continue;
            }
            Participant p = participants.find(r.participantId()).orElseThrow();
            if (p.isErased() || p.mergedInto() != null) {
                continue;
            }
            if (p.email() == null) {
                noEmail++;
                continue;
            }
            if (!p.hasConsentFor("surveys")) {
                noConsent++;
                continue;
            }
            String token = LinkTokens.newToken();
            long invitation = surveys.insertInvitation(survey.id(), p, LinkTokens.hash(token));
            if (invitation < 0) {
                already++;
                continue;
            }
            mail(p, event, survey, token, invitation, false);
            invited++;
        }
        surveys.markSent(survey.id());
        return new SendReport(invited, noEmail, noConsent, already);
    }

    /** Sends follow-ups that have come due; runs hourly. */
    @Scheduled(fixedDelayString = "${crossroads.learning.scheduler-interval:1h}", initialDelayString = "${crossroads.learning.scheduler-interval:1h}")
    public void sendDue() {
        for (Survey survey : surveys.dueFollowUps(LocalDate.now())) {
            try {
                SendReport report = transactions.execute(status -> invite(survey));
                log.info("Follow-up survey {} of event {} sent: {}", survey.id(), survey.eventId(), report);
            } catch (RuntimeException e) {
                log.error("Follow-up survey {} could not be sent", survey.id(), e);
            }
        }
        transactions.executeWithoutResult(status -> remind());
    }

    /** Reminds those who have not answered, with a fresh link, at most the configured number of times. */
    @Transactional
    public int remind() {
        OffsetDateTime before = OffsetDateTime.now().minus(settings.reminderAfter());
        int sent = 0;
        for (Surveys.Invitation invitation : surveys.dueReminders(before, settings.maxReminders(), LocalDate.now())) {
            Participant p = participants.find(invitation.participantId()).orElse(null);
            if (p == null || p.email() == null || p.isErased() || !p.hasConsentFor("surveys")) {
                continue;
            }
            Survey survey = surveys.find(invitation.surveyId()).orElseThrow();
            String token = LinkTokens.newToken();
            surveys.remind(invitation.id(), LinkTokens.hash(token));
            mail(p, events.find(survey.eventId()).orElseThrow(), survey, token, invitation.id(), true);
            sent++;
        }
        return sent;
    }

    private void mail(Participant p, LearningEvent event, Survey survey, String token, long invitationId, boolean reminder) {
        Locale locale = Locale.forLanguageTag(p.language());
        String kind = survey.isFollowUp() ? "followUp" : "feedback";
        String link = outbox.link("/respond/" + token);
        String subject = messages.getMessage("learning.mail." + kind + ".subject", new Object[] {event.theme(locale)}, locale);
        String body = messages.getMessage("learning.mail." + kind + ".body",
                new Object[] {p.fullName(), event.theme(locale), link, survey.closesOn().toString()}, locale);
        if (reminder) {
            subject = messages.getMessage("learning.mail.reminder.prefix", null, locale) + " " + subject;
        }
        outbox.enqueue(OutgoingMail.text(p.email(), subject, body, p.language(),
                reminder ? "survey-reminder" : "survey-invitation", "invitation:" + invitationId));
    }

    private LearningEvent runnable(long eventId, Editor editor) {
        LearningEvent event = events.find(eventId).orElseThrow(() -> new RecordNotFoundException("event", eventId));
        if (!permissions.mayRunEvent(editor, event)) {
            throw new AccessDeniedException("Editor " + editor.username() + " does not run event " + eventId);
        }
        return event;
    }
}
