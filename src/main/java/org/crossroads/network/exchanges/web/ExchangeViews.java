package org.crossroads.network.exchanges.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.crossroads.accounts.Accounts;
import org.crossroads.accounts.Editor;
import org.crossroads.directory.Place;
import org.crossroads.directory.Places;
import org.crossroads.learning.events.LearningEvents;
import org.crossroads.learning.outcomes.OutcomeHarvest;
import org.crossroads.learning.outcomes.OutcomeStatement;
import org.crossroads.network.exchanges.Exchange;
import org.crossroads.network.exchanges.ExchangeAccess;
import org.crossroads.network.exchanges.ExchangeWorkflow;
import org.crossroads.network.needs.Need;
import org.crossroads.network.needs.NeedsAndOffers;
import org.crossroads.network.needs.Offer;
import org.crossroads.network.needs.StatementAccess;
import org.crossroads.shared.vocabulary.Vocabularies;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the exchange pages show: the cities, need and offer by name, the people by display name (never a login
 * name), what the exchange became and the validated outcomes harvested at its event; and the forms the reader
 * may use on it.
 */
@Component
class ExchangeViews {

    private final ExchangeAccess access;
    private final ExchangeWorkflow workflow;
    private final Places places;
    private final NeedsAndOffers statements;
    private final StatementAccess statementAccess;
    private final Accounts accounts;
    private final LearningEvents events;
    private final OutcomeHarvest outcomes;
    private final Vocabularies vocabularies;

    ExchangeViews(ExchangeAccess access, ExchangeWorkflow workflow, Places places, NeedsAndOffers statements,
            StatementAccess statementAccess, Accounts accounts, LearningEvents events, OutcomeHarvest outcomes,
            Vocabularies vocabularies) {
        this.access = access;
        this.workflow = workflow;
        this.places = places;
        this.statements = statements;
        this.statementAccess = statementAccess;
        this.accounts = accounts;
        this.events = events;
        this.outcomes = outcomes;
        this.vocabularies = vocabularies;
    }

    /** One line of the list of exchanges. */
    record Row(long id, String date, Place requester, Place peer, String about, String activity, String status) {}

    List<Row> rows(List<Exchange> exchanges, Optional<Editor> reader, Locale locale) {
        Map<Long, Place> cities = places.findAll(exchanges.stream()
                .flatMap(e -> java.util.stream.Stream.of(e.requesterPlaceId(), e.peerPlaceId())).distinct().toList());
        return exchanges.stream().map(e -> new Row(e.id(), e.requestedAt().toLocalDate().toString(),
                cities.get(e.requesterPlaceId()), cities.get(e.peerPlaceId()), about(e, reader, locale), e.activity(),
                e.status())).toList();
    }

    /** The need's or offer's title, else the theme. */
    String about(Exchange e, Optional<Editor> reader, Locale locale) {
        if (e.needId() != null) {
            Optional<Need> need = statements.need(e.needId(), reader);
            if (need.isPresent()) {
                return need.get().text().title();
            }
        }
        if (e.offerId() != null) {
            Optional<Offer> offer = statements.offer(e.offerId(), reader);
            if (offer.isPresent()) {
                return offer.get().text().title();
            }
        }
        return e.theme() == null ? "" : vocabularies.label(Vocabularies.THEME, e.theme(), locale);
    }

    /** The detail page's model; its forms keep what was typed ({@code form}) and show {@code errors}. */
    String detail(Exchange e, Editor reader, Locale locale, ActionForm form, Map<String, List<String>> errors, Model model) {
        Optional<Editor> r = Optional.of(reader);
        model.addAttribute("exchange", e);
        model.addAttribute("requester", place(e.requesterPlaceId()));
        model.addAttribute("peer", place(e.peerPlaceId()));
        model.addAttribute("about", about(e, r, locale));
        model.addAttribute("need", e.needId() == null ? null : statements.need(e.needId(), r).orElse(null));
        model.addAttribute("offer", e.offerId() == null ? null : statements.offer(e.offerId(), r).orElse(null));
        model.addAttribute("themeLabel", e.theme() == null ? null : vocabularies.label(Vocabularies.THEME, e.theme(), locale));
        model.addAttribute("requestedBy", name(e.requestedBy()));
        model.addAttribute("answeredBy", e.answeredBy() == null ? null : name(e.answeredBy()));
        model.addAttribute("arrangedBy", e.arrangedBy() == null ? null : name(e.arrangedBy()));
        model.addAttribute("redirectPlace", e.redirectPlaceId() == null ? null : places.find(e.redirectPlaceId()).orElse(null));
        model.addAttribute("event", e.eventId() == null ? null : events.find(e.eventId()).orElse(null));
        List<OutcomeStatement> harvested = e.eventId() == null ? List.of() : outcomes.ofEvent(e.eventId());
        model.addAttribute("outcomes", harvested);
        model.addAttribute("outcomePlaces", places.findAll(harvested.stream().map(OutcomeStatement::placeId)
                .filter(java.util.Objects::nonNull).distinct().toList()));
        model.addAttribute("mayAnswer", e.isOpen() && access.mayAnswer(reader, e)
                && !reader.username().equalsIgnoreCase(e.requestedBy()));
        model.addAttribute("mayArrange", e.isAccepted() && access.mayArrange(reader, e));
        model.addAttribute("mayAskAgain", Exchange.REDIRECTED.equals(e.status()) && e.redirectPlaceId() != null
                && access.isRequesterSide(reader, e));
        model.addAttribute("mayMarkNeedMet", e.needId() != null && Exchange.ARRANGED.equals(e.status())
                && statementAccess.mayState(reader, e.requesterPlaceId()));
        model.addAttribute("organisers", e.isAccepted() ? workflow.organisers(e) : List.of());
        model.addAttribute("formats", vocabularies.terms(org.crossroads.learning.LearningVocabularies.EVENT_FORMAT));
        model.addAttribute("partnershipKinds", vocabularies.terms(Vocabularies.PARTNERSHIP_KIND));
        model.addAttribute("activities", Exchange.ACTIVITIES);
        model.addAttribute("languages", List.of("en", "fr", "ar", "es"));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "network/exchanges/detail";
    }

    Place place(long id) {
        return places.find(id).orElseThrow();
    }

    private String name(String username) {
        return accounts.findByUsername(username).map(Editor::displayName).orElse(null);
    }
}
