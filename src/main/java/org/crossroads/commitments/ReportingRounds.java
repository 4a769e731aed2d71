package org.crossroads.commitments;

import org.crossroads.shared.web.RecordNotFoundException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.crossroads.accounts.Accounts;
import org.crossroads.accounts.Editor;
import org.crossroads.directory.Place;
import org.crossroads.directory.PlaceNames;
import org.crossroads.directory.Places;
import org.crossroads.shared.mail.LinkTokens;
import org.crossroads.shared.mail.MailOutbox;
import org.crossroads.shared.mail.OutgoingMail;
import org.crossroads.shared.validation.FieldError;
import org.crossroads.shared.validation.InvalidEntryException;
import org.crossroads.shared.vocabulary.ShownText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reporting rounds: before a review, a coordinator or an administrator opens a round for a framework; each pledging
 * city in their scope gets a personal link by email (through the outbox, in the same transaction) to update its
 * pledges' status and evidence without an account. A link works until its city has reported or the round closes;
 * reminders carry fresh links. Closing a round (by hand, or the day after its closing day) erases the addresses.
 */
@Service
public class ReportingRounds {

    private static final Logger log = LoggerFactory.getLogger(ReportingRounds.class);

    /** What a link opens: a form while {@code OPEN}; otherwise why not. */
    public enum LinkState { OPEN, REPORTED, CLOSED, INVALID }

    /** A city that could be asked, with the address and language suggested for it. */
    public record Candidate(long placeId, String email, String language, int pledges) {}

    /** A city to ask, where and in which language. */
    public record Recipient(long placeId, String email, String language) {}

    /** What a link opens: the round, its framework and review, the city and its pledges under the framework. */
    public record OpenLink(LinkState state, ReportingRound round, ReportingRound.Invitation invitation,
            Framework framework, ReviewCycle cycle, Place city, List<Pledge> pledges) {

        static OpenLink of(LinkState state) {
            return new OpenLink(state, null, null, null, null, null, List.of());
        }
    }

    private final ReportingStore store;
    private final FrameworkStore frameworks;
    private final PledgeStore pledges;
    private final PledgeEditing editing;
    private final CommitmentPermissions permissions;
    private final CommitmentSettings settings;
    private final Accounts accounts;
    private final Places places;
    private final PlaceNames placeNames;
    private final MailOutbox outbox;
    private final MessageSource messages;

    ReportingRounds(ReportingStore store, FrameworkStore frameworks, PledgeStore pledges, PledgeEditing editing,
            CommitmentPermissions permissions, CommitmentSettings settings, Accounts accounts, Places places,
            PlaceNames placeNames, MailOutbox outbox, MessageSource messages) {
        this.store = store;
        this.frameworks = frameworks;
        this.pledges = pledges;
        this.editing = editing;
        this.permissions = permissions;
        this.settings = settings;
        this.accounts = accounts;
        this.places = places;
        this.placeNames = placeNames;
        this.outbox = outbox;
        this.messages = messages;
    }

    /**
     * The cities a round of this framework would ask: those party to a pledge under it that is not withdrawn, in the
     * editor's scope, with an address: the first pledge's office address, else a focal point's.
     */
    public List<Candidate> candidates(long frameworkId, Editor editor) {
        requireRunner(editor);
        CommitmentPermissions.Scope scope = permissions.scope(Optional.of(editor));
        Map<Long, List<Pledge>> byCity = pledgesByCity(frameworkId);
        List<Candidate> candidates = new ArrayList<>();
        byCity.forEach((placeId, list) -> {
            if (!scope.holds(List.of(placeId), List.of())) {
                return;
            }
            String email = list.stream().map(Pledge::contactEmail).filter(e -> e != null && !e.isBlank()).findFirst()
                    .orElse(null);
            String language = list.get(0).language();
            if (email == null) {
                Optional<Accounts.Contact> focal = accounts.focalPointContacts(placeId).stream()
                        .filter(c -> c.email() != null && !c.email().isBlank()).findFirst();
                email = focal.map(Accounts.Contact::email).orElse(null);
                language = focal.map(Accounts.Contact::language).filter(ShownText.LANGUAGES::contains).orElse(language);
            }
            candidates.add(new Candidate(placeId, email, language, list.size()));
        });
        return candidates;
    }

    /**
     * Opens a round and emails every recipient its link.
     *
     * @param cycle the review's number, among those the framework reports to
     * @param closesOn "2026-12-31": the last day its links work
     * @throws InvalidEntryException naming every bad field (recipients as {@code email[<placeId>]})
     */
    @Transactional
    public long open(long frameworkId, String cycle, String closesOn, String message, List<Recipient> recipients,
            Editor editor) {
        requireRunner(editor);
        Framework framework = frameworks.find(frameworkId)
                .orElseThrow(() -> new RecordNotFoundException("framework", frameworkId));
        List<FieldError> errors = new ArrayList<>();
        Long cycleId = cycle != null && cycle.strip().matches("\\d{1,18}") ? Long.parseLong(cycle.strip()) : null;
        if (cycleId == null || !framework.cycleIds().contains(cycleId)) {
            errors.add(FieldError.of("cycle", cycle == null || cycle.isBlank() ? "commitments.error.required"
                    : "commitments.error.unknownCode", cycle == null ? "" : cycle.strip()));
        } else if (store.openRound(frameworkId, cycleId).isPresent()) {
            errors.add(FieldError.of("cycle", "commitments.round.error.alreadyOpen"));
        }
        LocalDate closes = null;
        try {
            closes = LocalDate.parse(closesOn == null ? "" : closesOn.strip());
            if (!closes.isAfter(LocalDate.now()) || closes.isAfter(LocalDate.now().plusYears(1))) {
                errors.add(FieldError.of("closes_on", "commitments.round.error.closesOn", closesOn.strip()));
            }
        } catch (java.time.format.DateTimeParseException e) {
            errors.add(FieldError.of("closes_on", "commitments.error.badDate", closesOn == null ? "" : closesOn.strip()));
        }
        String note = CommitmentChecks.optional(message, "message", CommitmentChecks.TEXT_MAX, errors);
        Map<Long, List<Pledge>> byCity = pledgesByCity(frameworkId);
        CommitmentPermissions.Scope scope = permissions.scope(Optional.of(editor));
        List<Recipient> kept = new ArrayList<>();
        for (Recipient r : recipients) {
            String field = "email[" + r.placeId() + "]";
            if (!byCity.containsKey(r.placeId()) || !scope.holds(List.of(r.placeId()), List.of())) {
                errors.add(FieldError.of(field, "commitments.round.error.notPledging"));
            } else if (r.email() == null || !r.email().strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")
                    || r.email().strip().length() > 254) {
                errors.add(FieldError.of(field, "commitments.error.badEmail", r.email() == null ? "" : r.email().strip()));
            } else {
                kept.add(new Recipient(r.placeId(), r.email().strip(),
                        ShownText.LANGUAGES.contains(r.language()) ? r.language() : "en"));
            }
        }
        if (recipients.isEmpty()) {
            errors.add(FieldError.of("recipients", "commitments.round.error.noRecipient"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidEntryException(errors);
        }
        long roundId = store.insertRound(frameworkId, cycleId, closes, note, editor.username());
        ReportingRound round = store.round(roundId).orElseThrow();
        ReviewCycle review = frameworks.cycle(cycleId).orElseThrow();
        for (Recipient r : kept) {
            long invitation = store.insertInvitation(roundId, r.placeId(), r.email(), r.language());
            String token = LinkTokens.newToken();
            store.insertToken(invitation, LinkTokens.hash(token));
            mail(round, framework, review, r.placeId(), r.email(), r.language(), token, invitation, false);
        }
        log.info("Reporting round {} of framework {} for review {} opened by {}: {} cities asked", roundId, frameworkId,
                cycleId, editor.username(), kept.size());
        return roundId;
    }

    public List<ReportingRound> rounds(long frameworkId) {
        return store.rounds(frameworkId);
    }

    /** The round, when this editor may follow it: administrators, whoever opened it, and those whose scope holds a city it asked. */
    public ReportingRound round(long id, Editor editor) {
        ReportingRound round = store.round(id).orElseThrow(() -> new RecordNotFoundException("round", id));
        if (!mayFollow(round, editor)) {
            throw new RecordNotFoundException("round", id);
        }
        return round;
    }

    public List<ReportingRound.Invitation> invitations(long roundId, Editor editor) {
        round(roundId, editor);
        return store.invitations(roundId);
    }

    @Transactional
    public void close(long roundId, Editor editor) {
        ReportingRound round = round(roundId, editor);
        requireRunner(editor);
        store.close(round.id(), editor.username());
    }

    /** What a link opens, read without changing anything. */
    public OpenLink link(String token) {
        if (!LinkTokens.looksValid(token)) {
            return OpenLink.of(LinkState.INVALID);
        }
        Optional<ReportingRound.Invitation> found = store.invitationOfToken(LinkTokens.hash(token));
        if (found.isEmpty()) {
            return OpenLink.of(LinkState.INVALID);
        }
        ReportingRound.Invitation invitation = found.get();
        ReportingRound round = store.round(invitation.roundId()).orElseThrow();
        if (!round.isOpen(LocalDate.now())) {
            return OpenLink.of(LinkState.CLOSED);
        }
        if (invitation.reported()) {
            return OpenLink.of(LinkState.REPORTED);
        }
        return new OpenLink(LinkState.OPEN, round, invitation, frameworks.find(round.frameworkId()).orElseThrow(),
                frameworks.cycle(round.cycleId()).orElseThrow(), places.find(invitation.placeId()).orElseThrow(),
                pledgesByCity(round.frameworkId()).getOrDefault(invitation.placeId(), List.of()));
    }

    /**
     * Records what a city reported through its link: a change for each pledge whose status, note or evidence is new,
     * all or nothing; the link is spent then.
     *
     * @param reported pledge id → what the form says of it
     * @return {@code OPEN} when recorded, else why the link no longer takes a report
     * @throws InvalidEntryException naming every bad field as {@code p<pledge id>.<field>}
     */
    @Transactional
    public LinkState submit(String token, Map<Long, StatusDraft> reported) {
        OpenLink link = link(token);
        if (link.state() != LinkState.OPEN) {
            return link.state();
        }
        List<FieldError> errors = new ArrayList<>();
        Map<Long, StatusDraft> changes = new LinkedHashMap<>();
        for (Pledge p : link.pledges()) {
            StatusDraft d = reported.get(p.id());
            if (d == null) {
                errors.add(FieldError.of("p" + p.id() + ".status", "commitments.error.required"));
                continue;
            }
            for (FieldError e : editing.problems(p.id(), d)) {
                errors.add(new FieldError("p" + p.id() + "." + e.field(), e.messageKey(), e.arguments()));
            }
            boolean news = !p.status().code().equals(d.status()) || d.note() != null && !d.note().isBlank()
                    || !d.evidence().equals(EvidenceDraft.NONE);
            if (news) {
                changes.put(p.id(), d);
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidEntryException(errors);
        }
        if (!store.markReported(link.invitation().id())) {
            return LinkState.REPORTED;
        }
        String actor = "reporting link: " + link.city().name();
        changes.forEach((pledgeId, d) -> editing.changeStatusInRound(pledgeId, d, link.round().id(), actor));
        log.info("City {} reported in round {}: {} of {} pledges changed", link.city().id(), link.round().id(),
                changes.size(), link.pledges().size());
        return LinkState.OPEN;
    }

    /** Reminds the cities that have not reported, with a fresh link, and closes rounds past their day; runs hourly. */
    @Scheduled(fixedDelayString = "${crossroads.commitments.scheduler-interval:1h}",
            initialDelayString = "${crossroads.commitments.scheduler-interval:1h}")
    @Transactional
    public int remindAndClose() {
        for (long expired : store.expired(LocalDate.now())) {
            store.close(expired, "closing day");
        }
        int sent = 0;
        OffsetDateTime before = OffsetDateTime.now().minus(settings.reminderAfter());
        for (ReportingRound.Invitation i : store.dueReminders(before, settings.maxReminders(), LocalDate.now())) {
            ReportingRound round = store.round(i.roundId()).orElseThrow();
            String token = LinkTokens.newToken();
            store.insertToken(i.id(), LinkTokens.hash(token));
            store.reminded(i.id());
            mail(round, frameworks.find(round.frameworkId()).orElseThrow(), frameworks.cycle(round.cycleId()).orElseThrow(),
                    i.placeId(), i.email(), i.language(), token, i.id(), true);
            sent++;
        }
        return sent;
    }

    private void mail(ReportingRound round, Framework framework, ReviewCycle cycle, long placeId, String email,
            String language, String token, long invitationId, boolean reminder) {
        Locale locale = Locale.forLanguageTag(language);
        String city = places.find(placeId).map(p -> placeNames.in(p, locale)).orElse("");
        String title = framework.title(locale).text();
        String review = cycle.name(locale).text();
        String subject = messages.getMessage("commitments.mail.round.subject", new Object[] {title, review}, locale);
        if (reminder) {
            subject = messages.getMessage("commitments.mail.reminder.prefix", null, locale) + " " + subject;
        }
        String body = messages.getMessage("commitments.mail.round.body", new Object[] {city, title, review,
            outbox.link("/report/" + token), round.closesOn().toString(),
            round.message() == null ? "" : round.message()}, locale);
        outbox.enqueue(OutgoingMail.text(email, subject, body, language,
                reminder ? "reporting-reminder" : "reporting-invitation", "reporting:" + invitationId));
    }

    /** The framework's pledges that are not withdrawn, by each city party to them (restricted ones too: the city's own). */
    private Map<Long, List<Pledge>> pledgesByCity(long frameworkId) {
        Map<Long, List<Pledge>> byCity = new LinkedHashMap<>();
        for (Pledge p : pledges.search(PledgeQuery.ofFramework(frameworkId), "true", Map.of(),
                org.crossroads.shared.web.ListSort.NAME, "en", Integer.MAX_VALUE, 0)) {
            if (p.status() == PledgeStatus.WITHDRAWN) {
                continue;
            }
            for (long placeId : p.placeIds()) {
                byCity.computeIfAbsent(placeId, k -> new ArrayList<>()).add(p);
            }
        }
        return byCity;
    }

    private boolean mayFollow(ReportingRound round, Editor editor) {
        if (editor.isAdministrator() || editor.username().equals(round.openedBy())) {
            return true;
        }
        if (!permissions.mayRunRounds(editor)) {
            return false;
        }
        CommitmentPermissions.Scope scope = permissions.scope(Optional.of(editor));
        return store.invitations(round.id()).stream().anyMatch(i -> scope.holds(List.of(i.placeId()), List.of()));
    }

    private void requireRunner(Editor editor) {
        if (!permissions.mayRunRounds(editor)) {
            throw new AccessDeniedException("Only coordinators and administrators run reporting rounds");
        }
    }
}
