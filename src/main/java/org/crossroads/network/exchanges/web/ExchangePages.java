package org.crossroads.network.exchanges.web;

import org.crossroads.shared.web.RecordNotFoundException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.crossroads.accounts.CurrentEditor;
import org.crossroads.accounts.Editor;
import org.crossroads.directory.Place;
import org.crossroads.directory.Places;
import org.crossroads.network.exchanges.Exchange;
import org.crossroads.network.exchanges.ExchangeAccess;
import org.crossroads.network.exchanges.ExchangeWorkflow;
import org.crossroads.network.needs.Need;
import org.crossroads.network.needs.NeedsAndOffers;
import org.crossroads.network.needs.Offer;
import org.crossroads.shared.validation.FieldMessages;
import org.crossroads.shared.validation.InvalidEntryException;
import org.crossroads.shared.vocabulary.Vocabularies;
import org.crossroads.shared.web.BadParameterException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The reader's exchanges, one exchange's story, and the request form, reached from a need
 * ({@code ?need=&peer=}), from a city's peer search ({@code ?city=&peer=&theme=}) or from an offer
 * ({@code ?offer=&city=}: the city that needs it asks the offering city). Signed-in editors of the two cities
 * only: for anyone else an exchange does not exist.
 */
@Controller
class ExchangePages {

    private final ExchangeWorkflow workflow;
    private final ExchangeAccess access;
    private final ExchangeViews views;
    private final NeedsAndOffers statements;
    private final Places places;
    private final Vocabularies vocabularies;
    private final CurrentEditor currentEditor;
    private final FieldMessages fieldMessages;

    ExchangePages(ExchangeWorkflow workflow, ExchangeAccess access, ExchangeViews views, NeedsAndOffers statements,
            Places places, Vocabularies vocabularies, CurrentEditor currentEditor, FieldMessages fieldMessages) {
        this.workflow = workflow;
        this.access = access;
        this.views = views;
        this.statements = statements;
        this.places = places;
        this.vocabularies = vocabularies;
        this.currentEditor = currentEditor;
        this.fieldMessages = fieldMessages;
    }

    @GetMapping("/exchanges")
    String list(Locale locale, Model model) {
        Editor reader = signedIn();
        List<Exchange> all = workflow.ofReader(reader);
        // an administrator acts for every city: one list; the others see what they received and what they sent
        List<Exchange> received = all.stream().filter(e -> access.mayAnswer(reader, e)).toList();
        List<Exchange> sent = reader.isAdministrator() ? List.of()
                : all.stream().filter(e -> !access.mayAnswer(reader, e)).toList();
        model.addAttribute("everyCity", reader.isAdministrator());
        model.addAttribute("received", views.rows(received, Optional.of(reader), locale));
        model.addAttribute("sent", views.rows(sent, Optional.of(reader), locale));
        return "network/exchanges/list";
    }

    @GetMapping("/exchanges/{id:\\d+}")
    String exchange(@PathVariable long id, Locale locale, Model model) {
        Optional<Editor> reader = currentEditor.get();
        Exchange exchange = workflow.find(id, reader).orElseThrow(() -> new RecordNotFoundException("exchange", id));
        return views.detail(exchange, reader.orElseThrow(), locale, ActionForm.empty(exchange.version()), Map.of(), model);
    }

    @GetMapping("/exchanges/new")
    String newRequest(@RequestParam(required = false) Long need, @RequestParam(required = false) Long offer,
            @RequestParam(required = false) Long city, @RequestParam(required = false) Long peer,
            @RequestParam(required = false) String theme, @RequestParam(required = false) String activity,
            Locale locale, Model model) {
        Editor editor = mayRequest();
        Long requester = city;
        Long peerCity = peer;
        String chosenTheme = theme;
        if (need != null) {
            Need n = statements.need(need, Optional.of(editor)).orElseThrow(() -> new RecordNotFoundException("need", need));
            requester = n.placeId();
            chosenTheme = chosenTheme == null ? n.themes().get(0) : chosenTheme;
        }
        if (offer != null) {
            Offer o = statements.offer(offer, Optional.of(editor)).orElseThrow(() -> new RecordNotFoundException("offer", offer));
            peerCity = o.placeId();
            chosenTheme = chosenTheme == null ? o.themes().get(0) : chosenTheme;
        }
        if (requester == null && editor.placeId() != null) {
            requester = editor.placeId();
        }
        if (requester == null || peerCity == null) {
            throw new BadParameterException(requester == null ? "city" : "peer",
                    "Say who asks (need or city) and whom (peer or offer)");
        }
        RequestForm form = new RequestForm(requester, peerCity, need, offer, chosenTheme,
                activity == null ? Exchange.STUDY_VISIT : activity, null);
        return form(form, editor, Map.of(), model);
    }

    @PostMapping("/exchanges/new")
    String request(@ModelAttribute("form") RequestForm form, Locale locale, Model model, RedirectAttributes redirect) {
        Editor editor = mayRequest();
        if (form.requester() == null || form.peer() == null) {
            throw new BadParameterException(form.requester() == null ? "requester" : "peer", "Both cities are required");
        }
        try {
            long id = workflow.request(form.draft(), editor);
            redirect.addFlashAttribute("notice", "exchanges.notice.sent");
            return "redirect:/exchanges/" + id;
        } catch (InvalidEntryException e) {
            return form(form, editor, fieldMessages.byField(e.errors(), locale), model);
        }
    }

    private String form(RequestForm form, Editor editor, Map<String, List<String>> errors, Model model) {
        Place requester = city(form.requester());
        Place peer = city(form.peer());
        if (!access.mayRequestFor(editor, requester.id())) {
            throw new AccessDeniedException(editor.username() + " does not act for place " + requester.id());
        }
        Optional<Editor> reader = Optional.of(editor);
        model.addAttribute("requesterPlace", requester);
        model.addAttribute("peerPlace", peer);
        model.addAttribute("need", form.need() == null ? null : statements.need(form.need(), reader).orElse(null));
        model.addAttribute("offer", form.offer() == null ? null : statements.offer(form.offer(), reader).orElse(null));
        model.addAttribute("themes", vocabularies.terms(Vocabularies.THEME));
        model.addAttribute("activities", Exchange.ACTIVITIES);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "network/exchanges/new";
    }

    private Place city(long id) {
        return places.find(id).orElseThrow(() -> new RecordNotFoundException("place", id));
    }

    private Editor signedIn() {
        return currentEditor.get().orElseThrow(() -> new AccessDeniedException("Exchanges are for signed-in editors"));
    }

    private Editor mayRequest() {
        Editor editor = signedIn();
        if (!access.mayRequestAtAll(editor)) {
            throw new AccessDeniedException(editor.username() + " acts for no city");
        }
        return editor;
    }
}
