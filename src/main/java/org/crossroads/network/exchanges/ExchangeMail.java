package org.crossroads.network.exchanges;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crossroads.accounts.Accounts;
import org.crossroads.accounts.Accounts.Contact;
import org.crossroads.directory.Membership;
import org.crossroads.directory.Memberships;
import org.crossroads.directory.Place;
import org.crossroads.directory.Places;
import org.crossroads.network.needs.NeedsAndOffers;
import org.crossroads.shared.mail.MailOutbox;
import org.crossroads.shared.mail.OutgoingMail;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The mail of the exchange steps, queued in the outbox inside the step's transaction: a new request to the
 * peer's focal points when the peer agreed to be contacted (an available offer with contact consent, on the theme),
 * else to the coordinators of its networks, who ask the city first (docs/network.md, "Consent"); either way to the
 * other group when the first has no one with an address. An answer
 * or an arrangement to the requester (and an arrangement made by the requester to whoever answered). Each in its
 * recipient's language when known, else English, with the link to the exchange page.
 */
@Component
class ExchangeMail {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ExchangeMail.class);

    static final String PURPOSE_REQUEST = "exchange-request";
    static final String PURPOSE_ANSWER = "exchange-answer";

    private final MailOutbox outbox;
    private final Accounts accounts;
    private final Places places;
    private final Memberships memberships;
    private final MessageSource messages;
    private final NeedsAndOffers statements;

    ExchangeMail(MailOutbox outbox, Accounts accounts, Places places, Memberships memberships, MessageSource messages,
            NeedsAndOffers statements) {
        this.statements = statements;
        this.outbox = outbox;
        this.accounts = accounts;
        this.places = places;
        this.memberships = memberships;
        this.messages = messages;
    }

    void requested(Exchange exchange) {
        boolean agreed = statements.agreesToBeContacted(exchange.peerPlaceId(), exchange.theme());
        List<Contact> recipients = agreed ? focalPoints(exchange) : coordinators(exchange);
        if (recipients.isEmpty()) {
            recipients = agreed ? coordinators(exchange) : focalPoints(exchange);
        }
        for (Contact to : recipients) {
            send(to, exchange, PURPOSE_REQUEST, "exchanges.mail.requested");
        }
    }

    private List<Contact> focalPoints(Exchange exchange) {
        return accounts.focalPointContacts(exchange.peerPlaceId());
    }

    private List<Contact> coordinators(Exchange exchange) {
        return accounts.coordinatorContacts(memberships.ofPlace(exchange.peerPlaceId()).stream()
                .map(Membership::organisationId).distinct().toList());
    }

    void answered(Exchange exchange) {
        String actor = Exchange.ARRANGED.equals(exchange.status()) ? exchange.arrangedBy() : exchange.answeredBy();
        Map<String, Contact> recipients = new LinkedHashMap<>();
        List<String> usernames = new ArrayList<>(List.of(exchange.requestedBy()));
        if (Exchange.ARRANGED.equals(exchange.status()) && exchange.answeredBy() != null) {
            usernames.add(exchange.answeredBy());
        }
        for (String username : usernames) {
            if (!username.equalsIgnoreCase(actor)) {
                accounts.contact(username).ifPresent(c -> recipients.putIfAbsent(c.email().toLowerCase(Locale.ROOT), c));
            }
        }
        recipients.values().forEach(to -> send(to, exchange, PURPOSE_ANSWER, "exchanges.mail." + exchange.status()));
    }

    private void send(Contact to, Exchange exchange, String purpose, String key) {
        Locale locale = Locale.forLanguageTag(to.language() == null ? "en" : to.language());
        String requester = places.find(exchange.requesterPlaceId()).map(Place::name).orElse("?");
        String peer = places.find(exchange.peerPlaceId()).map(Place::name).orElse("?");
        String link = outbox.link("/exchanges/" + exchange.id());
        String subject = messages.getMessage(key + ".subject", new Object[] {requester, peer}, locale);
        String body = messages.getMessage(key + ".body", new Object[] {to.displayName(), requester, peer, link}, locale);
        if (exchange.answerNote() != null && !Exchange.ARRANGED.equals(exchange.status())) {
            body += "\n\n" + messages.getMessage("exchanges.mail.note", null, locale) + "\n" + exchange.answerNote();
        }
        OutgoingMail mail;
        try {
            mail = OutgoingMail.text(to.email(), subject, body, locale.getLanguage(), purpose, "exchange:" + exchange.id());
        } catch (IllegalArgumentException e) {
            // an address the outbox cannot send to must not stop the step: the exchange page tells the same
            LOG.warn("Exchange {}: no mail to account {}: {}", exchange.id(), to.username(), e.getMessage());
            return;
        }
        outbox.enqueue(mail);
    }
}
