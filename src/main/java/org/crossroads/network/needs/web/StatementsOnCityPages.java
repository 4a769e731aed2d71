package org.crossroads.network.needs.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.crossroads.accounts.CurrentEditor;
import org.crossroads.accounts.Editor;
import org.crossroads.directory.RelatedRecords;
import org.crossroads.network.needs.Need;
import org.crossroads.network.needs.NeedsAndOffers;
import org.crossroads.network.needs.Offer;
import org.crossroads.network.needs.StatementAccess;
import org.crossroads.network.needs.StatementQuery;
import org.crossroads.shared.vocabulary.Vocabularies;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A city's open needs and available offers on its page, as the reader may see them (private ones only for
 * those in the city's scope, marked as private), with a link to all of them; editors in scope get the forms.
 */
@Component
class StatementsOnCityPages implements RelatedRecords {

    private final NeedsAndOffers reads;
    private final StatementAccess access;
    private final CurrentEditor currentEditor;
    private final Vocabularies vocabularies;
    private final MessageSource messages;

    StatementsOnCityPages(NeedsAndOffers reads, StatementAccess access, CurrentEditor currentEditor,
            Vocabularies vocabularies, MessageSource messages) {
        this.reads = reads;
        this.access = access;
        this.currentEditor = currentEditor;
        this.vocabularies = vocabularies;
        this.messages = messages;
    }

    @Override
    public List<Section> forPlace(long placeId, Locale locale) {
        Optional<Editor> reader = currentEditor.get();
        StatementQuery query = StatementQuery.ofPlace(placeId);
        List<Item> items = new ArrayList<>();
        for (Need n : reads.needs(query, reader)) {
            if (Need.OPEN.equals(n.status())) {
                items.add(new Item(n.text().title(locale), "/needs/" + n.id(), detail("needs.related.need", n.themes(),
                        n.isPrivate(), locale)));
            }
        }
        for (Offer o : reads.offers(query, reader)) {
            if (Offer.AVAILABLE.equals(o.status())) {
                items.add(new Item(o.text().title(locale), "/offers/" + o.id(), detail("needs.related.offer", o.themes(),
                        o.isPrivate(), locale)));
            }
        }
        boolean mayState = reader.map(e -> access.mayState(e, placeId)).orElse(false);
        if (items.isEmpty() && !mayState) {
            return List.of();
        }
        items.add(new Item(messages.getMessage("needs.related.all", null, locale), "/cities/" + placeId + "/needs-and-offers",
                null));
        return List.of(new Section("needs.related.title", items));
    }

    @Override
    public List<Section> forOrganisation(long organisationId, Locale locale) {
        return List.of();
    }

    private String detail(String kindKey, List<String> themes, boolean privateStatement, Locale locale) {
        String kind = messages.getMessage(kindKey, null, locale);
        String labels = String.join(", ", themes.stream().map(t -> vocabularies.label(Vocabularies.THEME, t, locale)).toList());
        String detail = kind + " · " + labels;
        return privateStatement ? detail + " · " + messages.getMessage("needs.private", null, locale) : detail;
    }
}
