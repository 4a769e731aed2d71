package org.crossroads.library.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.crossroads.accounts.CurrentEditor;
import org.crossroads.directory.RelatedRecords;
import org.crossroads.library.Document;
import org.crossroads.library.Documents;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The documents of a city (its migration profile first), an organisation, an event (its learning reports and
 * background documents) and an initiative, on their pages, as the reader may see them; signed-in editors get a link
 * to add one to the event or initiative.
 */
@Component
class DocumentsOnOtherPages implements RelatedRecords {

    private final Documents documents;
    private final DocumentViews views;
    private final CurrentEditor currentEditor;
    private final MessageSource messages;

    DocumentsOnOtherPages(Documents documents, DocumentViews views, CurrentEditor currentEditor, MessageSource messages) {
        this.documents = documents;
        this.views = views;
        this.currentEditor = currentEditor;
        this.messages = messages;
    }

    @Override
    public List<Section> forPlace(long placeId, Locale locale) {
        List<Document> found = new ArrayList<>(documents.forPlace(placeId, currentEditor.get()));
        // a city's migration profile is what a visitor looks for first
        found.sort(java.util.Comparator.comparing(d -> !"city_migration_profile".equals(d.type())));
        return section(found, locale, null);
    }

    @Override
    public List<Section> forOrganisation(long organisationId, Locale locale) {
        return section(documents.forOrganisation(organisationId, currentEditor.get()), locale, null);
    }

    @Override
    public List<Section> forEvent(long eventId, Locale locale) {
        return section(documents.forEvent(eventId, currentEditor.get()), locale, "/documents/new?event=" + eventId);
    }

    @Override
    public List<Section> forInitiative(long initiativeId, Locale locale) {
        return section(documents.forInitiative(initiativeId, currentEditor.get()), locale,
                "/documents/new?initiative=" + initiativeId);
    }

    private List<Section> section(List<Document> found, Locale locale, String addHref) {
        List<Item> items = new ArrayList<>(found.stream().map(item(locale)).toList());
        if (addHref != null && currentEditor.get().isPresent()) {
            items.add(new Item(messages.getMessage("library.related.add", null, locale), addHref, null));
        }
        return items.isEmpty() ? List.of() : List.of(new Section("library.related.documents", items));
    }

    private Function<Document, Item> item(Locale locale) {
        return d -> new Item(d.title(locale), "/documents/" + d.id(), d.year() == null ? views.typeLabel(d.type(), locale)
                : views.typeLabel(d.type(), locale) + " · " + d.year());
    }
}
