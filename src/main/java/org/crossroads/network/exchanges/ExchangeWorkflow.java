package org.crossroads.network.exchanges;

import org.crossroads.shared.web.RecordNotFoundException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crossroads.accounts.Editor;
import org.crossroads.audit.AuditTrail;
import org.crossroads.directory.Place;
import org.crossroads.directory.Places;
import org.crossroads.network.needs.Need;
import org.crossroads.network.needs.NeedsAndOffers;
import org.crossroads.network.needs.Offer;
import org.crossroads.shared.validation.ConcurrentEditException;
import org.crossroads.shared.validation.FieldError;
import org.crossroads.shared.validation.InvalidEntryException;
import org.crossroads.shared.vocabulary.Vocabularies;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of an exchange: a city asks a peer, the peer accepts, declines or redirects, and an accepted
 * exchange is arranged ({@link Arrangements}). Each step checks who acts ({@link ExchangeAccess}), the status
 * and version it expects, writes the audit trail and queues its mail in one transaction: a step happens whole
 * or not at all.
 */
@Service
public class ExchangeWorkflow {

    static final String RECORD = "exchange_request";
    static final int LONGEST_TEXT = 5000;
    static final int LONGEST_CONTACT = 300;

    private final ExchangeRecords records;
    private final ExchangeAccess access;
    private final NeedsAndOffers statements;
    private final Places places;
    private final Vocabularies vocabularies;
    private final Arrangements arrangements;
    private final ExchangeMail mail;
    private final AuditTrail audit;

    ExchangeWorkflow(ExchangeRecords records, ExchangeAccess access, NeedsAndOffers statements, Places places,
            Vocabularies vocabularies, Arrangements arrangements, ExchangeMail mail, AuditTrail audit) {
        this.records = records;
        this.access = access;
        this.statements = statements;
        this.places = places;
        this.vocabularies = vocabularies;
        this.arrangements = arrangements;
        this.mail = mail;
        this.audit = audit;
    }

    /**
     * Sends a request to the peer city and writes to the peer's focal points (or, when it has none with an
     * address, to the coordinators of its networks).
     *
     * @throws InvalidEntryException naming every bad field
     * @throws AccessDeniedException when the editor does not act for the requesting city
     */
    @Transactional
    public long request(ExchangeDraft draft, Editor editor) {
        if (!access.mayRequestFor(editor, draft.requesterPlaceId())) {
            throw new AccessDeniedException(editor.username() + " may not ask for exchanges for place " + draft.requesterPlaceId());
        }
        List<FieldError> errors = new ArrayList<>();
        Optional<Place> peer = places.find(draft.peerPlaceId());
        if (peer.isEmpty()) {
            errors.add(FieldError.of("peer", "exchanges.error.unknownPlace", draft.peerPlaceId()));
        } else if (draft.peerPlaceId() == draft.requesterPlaceId()) {
            errors.add(FieldError.of("peer", "exchanges.error.samePlace"));
        }
        String theme = blankToNull(draft.theme());
        if (theme != null && !vocabularies.contains(Vocabularies.THEME, theme)) {
            errors.add(FieldError.of("theme", "exchanges.error.unknownTheme", theme));
            theme = null;
        }
        if (draft.needId() != null) {
            Optional<Need> need = statements.need(draft.needId(), Optional.of(editor));
            if (need.isEmpty() || need.get().placeId() != draft.requesterPlaceId()) {
                errors.add(FieldError.of("need", "exchanges.error.notOwnNeed"));
            } else if (theme == null) {
                theme = need.get().themes().get(0);
            }
        }
        if (draft.offerId() != null) {
            Optional<Offer> offer = statements.offer(draft.offerId(), Optional.of(editor));
            if (offer.isEmpty() || offer.get().placeId() != draft.peerPlaceId()) {
                errors.add(FieldError.of("offer", "exchanges.error.notPeersOffer"));
            } else if (theme == null) {
                theme = offer.get().themes().get(0);
            }
        }
        if (theme == null && blankToNull(draft.theme()) == null && draft.needId() == null && draft.offerId() == null) {
            errors.add(FieldError.of("theme", "exchanges.error.themeRequired"));
        }
        if (draft.activity() == null || !Exchange.ACTIVITIES.contains(draft.activity())) {
            errors.add(FieldError.of("activity", "exchanges.error.activity", String.valueOf(draft.activity())));
        }
        String message = text(errors, "message", draft.message(), true, LONGEST_TEXT);
        if (errors.isEmpty() && alreadyAsked(draft, theme)) {
            errors.add(FieldError.of("peer", "exchanges.error.alreadyRequested"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidEntryException(errors);
        }
        long id = records.insert(draft, theme, message, editor.username());
        Exchange exchange = record(id, Exchange.REQUESTED, editor.username());
        mail.requested(exchange);
        return id;
    }

    /** The peer accepts, with an optional note. */
    @Transactional
    public void accept(long id, int expectedVersion, String note, Editor editor) {
        Exchange exchange = answerable(id, editor);
        List<FieldError> errors = new ArrayList<>();
        String checked = text(errors, "note", note, false, LONGEST_TEXT);
        answer(exchange, expectedVersion, Exchange.ACCEPTED, Answer.note(checked), errors, editor);
    }

    /** The peer declines, saying why. */
    @Transactional
    public void decline(long id, int expectedVersion, String reason, Editor editor) {
        Exchange exchange = answerable(id, editor);
        List<FieldError> errors = new ArrayList<>();
        String checked = text(errors, "note", reason, true, LONGEST_TEXT);
        answer(exchange, expectedVersion, Exchange.DECLINED, Answer.note(checked), errors, editor);
    }

    /** The peer proposes another contact: another city, someone in words (an organisation, a role), or both. */
    @Transactional
    public void redirect(long id, int expectedVersion, Answer answer, Editor editor) {
        Exchange exchange = answerable(id, editor);
        List<FieldError> errors = new ArrayList<>();
        String note = text(errors, "note", answer.note(), false, LONGEST_TEXT);
        String contact = text(errors, "redirect_contact", answer.redirectContact(), false, LONGEST_CONTACT);
        Long city = answer.redirectPlaceId();
        if (city != null && places.find(city).isEmpty()) {
            errors.add(FieldError.of("redirect_place", "exchanges.error.unknownPlace", city));
        } else if (city != null && exchange.involves(city)) {
            errors.add(FieldError.of("redirect_place", "exchanges.error.redirectToItself"));
        }
        if (city == null && contact == null && errors.isEmpty()) {
            errors.add(FieldError.of("redirect_contact", "exchanges.error.redirectNamesNoOne"));
        }
        answer(exchange, expectedVersion, Exchange.REDIRECTED, new Answer(note, city, contact), errors, editor);
    }

    /**
     * Turns an accepted exchange into a planned event, a study visit or a partnership in the module that owns
     * it, and stores its id. Either side may arrange it.
     */
    @Transactional
    public void arrange(long id, int expectedVersion, Arrangement arrangement, Editor editor) {
        Exchange exchange = visible(id, editor);
        if (!access.mayArrange(editor, exchange)) {
            throw new AccessDeniedException(editor.username() + " may not arrange exchange " + id);
        }
        if (!exchange.isAccepted()) {
            throw InvalidEntryException.of("status", "exchanges.error.notAccepted");
        }
        Arrangements.Made made = arrangements.make(exchange, arrangement, editor);
        if (!records.arranged(id, expectedVersion, arrangement.kind(), made.eventId(), made.partnershipId(), editor.username())) {
            throw new ConcurrentEditException(RECORD, id);
        }
        mail.answered(record(id, Exchange.ARRANGED, editor.username()));
    }

    /** The networks that may organise an event arranged from this exchange: those either city is a member of. */
    public List<org.crossroads.directory.Organisation> organisers(Exchange exchange) {
        return arrangements.organisers(exchange);
    }

    /** The exchange, if this reader is on one of its two sides (for everyone else it does not exist). */
    @Transactional(readOnly = true)
    public Optional<Exchange> find(long id, Optional<Editor> reader) {
        return records.find(id).filter(e -> access.maySee(reader, e));
    }

    /** The exchanges of the cities the reader acts for (every one for administrators), sent and received. */
    @Transactional(readOnly = true)
    public List<Exchange> ofReader(Editor reader) {
        if (!access.mayRequestAtAll(reader)) {
            return List.of();
        }
        var scope = access.scope(reader);
        return records.ofPlaces(scope.everyPlace(), scope.places());
    }

    /** The exchanges a need led to, of those this reader sees. */
    @Transactional(readOnly = true)
    public List<Exchange> ofNeed(long needId, Optional<Editor> reader) {
        return records.ofNeed(needId).stream().filter(e -> access.maySee(reader, e)).toList();
    }

    private Exchange visible(long id, Editor editor) {
        return find(id, Optional.of(editor)).orElseThrow(() -> new RecordNotFoundException("exchange", id));
    }

    private Exchange answerable(long id, Editor editor) {
        Exchange exchange = visible(id, editor);
        // whoever asked does not answer their own request, even when they act for both cities (an administrator,
        // the coordinator of a network both cities are members of)
        if (!access.mayAnswer(editor, exchange) || editor.username().equalsIgnoreCase(exchange.requestedBy())) {
            throw new AccessDeniedException(editor.username() + " may not answer exchange " + id);
        }
        if (!exchange.isOpen()) {
            throw InvalidEntryException.of("status", "exchanges.error.alreadyAnswered");
        }
        return exchange;
    }

    private void answer(Exchange exchange, int expectedVersion, String status, Answer answer, List<FieldError> errors,
            Editor editor) {
        if (!errors.isEmpty()) {
            throw new InvalidEntryException(errors);
        }
        if (!records.answer(exchange.id(), expectedVersion, status, answer, editor.username())) {
            throw new ConcurrentEditException(RECORD, exchange.id());
        }
        mail.answered(record(exchange.id(), status, editor.username()));
    }

    private boolean alreadyAsked(ExchangeDraft draft, String theme) {
        return records.ofPlaces(false, java.util.Set.of(draft.requesterPlaceId())).stream()
                .anyMatch(e -> e.isOpen() && e.requesterPlaceId() == draft.requesterPlaceId()
                        && e.peerPlaceId() == draft.peerPlaceId() && java.util.Objects.equals(e.needId(), draft.needId())
                        && java.util.Objects.equals(e.offerId(), draft.offerId()) && java.util.Objects.equals(e.theme(), theme));
    }

    private Exchange record(long id, String action, String actor) {
        Exchange exchange = records.find(id).orElseThrow();
        audit.record(RECORD, id, action, actor, snapshot(exchange));
        return exchange;
    }

    static String text(List<FieldError> errors, String field, String value, boolean required, int longest) {
        String v = blankToNull(value);
        if (v == null) {
            if (required) {
                errors.add(FieldError.of(field, "exchanges.error.required"));
            }
            return null;
        }
        if (v.length() > longest) {
            errors.add(FieldError.of(field, "exchanges.error.tooLong", longest));
        }
        return v;
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static Map<String, Object> snapshot(Exchange e) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("requester", e.requesterPlaceId());
        s.put("peer", e.peerPlaceId());
        s.put("need", e.needId());
        s.put("offer", e.offerId());
        s.put("theme", e.theme());
        s.put("activity", e.activity());
        s.put("message", e.message());
        s.put("status", e.status());
        s.put("answer_note", e.answerNote());
        s.put("redirect_place", e.redirectPlaceId());
        s.put("redirect_contact", e.redirectContact());
        s.put("arranged_as", e.arrangedAs());
        s.put("event", e.eventId());
        s.put("partnership", e.partnershipId());
        return s;
    }
}
