package org.crossroads.library.web;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crossroads.directory.Organisation;
import org.crossroads.directory.Organisations;
import org.crossroads.directory.Place;
import org.crossroads.directory.Places;
import org.crossroads.inventory.Initiative;
import org.crossroads.inventory.Initiatives;
import org.crossroads.learning.events.LearningEvent;
import org.crossroads.learning.events.LearningEvents;
import org.crossroads.library.Document;
import org.crossroads.shared.vocabulary.Vocabularies;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Turns documents into {@link DocumentView}s in the reader's language, reading the names of what they link to. */
@Component
class DocumentViews {

    private final Organisations organisations;
    private final Places places;
    private final Initiatives initiatives;
    private final LearningEvents events;
    private final Vocabularies vocabularies;
    private final MessageSource messages;
    private final org.crossroads.directory.PlaceNames placeNames;

    DocumentViews(Organisations organisations, Places places, Initiatives initiatives, LearningEvents events,
            Vocabularies vocabularies, MessageSource messages, org.crossroads.directory.PlaceNames placeNames) {
        this.placeNames = placeNames;
        this.organisations = organisations;
        this.places = places;
        this.initiatives = initiatives;
        this.events = events;
        this.vocabularies = vocabularies;
        this.messages = messages;
    }

    List<DocumentView> of(Collection<Document> documents, Locale locale) {
        return documents.stream().map(d -> of(d, locale)).toList();
    }

    DocumentView of(Document d, Locale locale) {
        List<Long> orgIds = new ArrayList<>(d.organisations().stream().map(Document.Party::organisationId).toList());
        d.authors().stream().filter(a -> a.organisationId() != null).forEach(a -> orgIds.add(a.organisationId()));
        Map<Long, Organisation> orgs = orgIds.isEmpty() ? Map.of() : organisations.findAll(orgIds);
        Map<Long, Place> cities = d.placeIds().isEmpty() ? Map.of() : places.findAll(d.placeIds());
        Map<Long, String> cityNames = placeNames.in(cities.values(), locale); // Arabic script on Arabic pages
        List<DocumentView.Named> authors = d.authors().stream().map(a -> a.name() != null ? new DocumentView.Named(a.name(), null)
                : organisation(orgs.get(a.organisationId()))).filter(java.util.Objects::nonNull).toList();
        List<DocumentView.Named> initiativeLinks = d.linked(Document.INITIATIVE).isEmpty() ? List.of()
                : initiatives.findAll(d.linked(Document.INITIATIVE)).stream().filter(Initiative::isPublished)
                        .map(i -> new DocumentView.Named(i.name(), "/initiatives/" + i.id())).toList();
        Map<Long, LearningEvent> eventsById = d.linked(Document.EVENT).isEmpty() ? Map.of() : events.findAll(d.linked(Document.EVENT));
        List<DocumentView.Named> eventLinks = d.linked(Document.EVENT).stream().map(eventsById::get)
                .filter(java.util.Objects::nonNull).map(e -> new DocumentView.Named(event(e), "/events/" + e.id())).toList();
        List<DocumentView.Named> outcomeLinks = d.linked(Document.OUTCOME).stream()
                .map(id -> new DocumentView.Named(message("library.document.outcome", locale, id), "/outcomes/" + id)).toList();
        List<DocumentView.Translation> translations = new ArrayList<>();
        translations.add(new DocumentView.Translation(d.language(), languageName(d.language(), locale), d.title()));
        d.translations().forEach((lang, t) -> translations.add(new DocumentView.Translation(lang, languageName(lang, locale),
                t.get("title"))));
        String title = d.title(locale);
        return new DocumentView(d, title, title.equals(d.title()) ? null : d.title(), d.shownSummary(locale), d.type(),
                typeLabel(d.type(), locale), languageName(d.language(), locale), date(d, locale),
                d.languages().stream().map(l -> languageName(l, locale)).toList(),
                d.themes().stream().map(t -> vocabularies.label(Vocabularies.THEME, t, locale)).toList(),
                d.countryCodes().stream().map(c -> countryName(c, locale)).toList(), authors,
                parties(d, "publisher", orgs), parties(d, "network", orgs), parties(d, "funder", orgs),
                d.placeIds().stream().map(cities::get).filter(java.util.Objects::nonNull)
                        .map(p -> new DocumentView.Named(cityNames.getOrDefault(p.id(), p.name()), "/cities/" + p.id())).toList(),
                initiativeLinks, eventLinks, outcomeLinks, translations,
                message("library.access." + d.access(), locale), d.sourceWithheld());
    }

    String typeLabel(String type, Locale locale) {
        return message("library.type." + type, locale);
    }

    static String languageName(String code, Locale locale) {
        String name = Locale.forLanguageTag(code).getDisplayLanguage(locale);
        return name.isBlank() ? code : name;
    }

    static String countryName(String code, Locale locale) {
        String name = new Locale("", code).getDisplayCountry(locale);
        return name.isBlank() ? code : name;
    }

    private String date(Document d, Locale locale) {
        if (d.publishedOn() == null) {
            return d.year() == null ? null : Integer.toString(d.year());
        }
        // digits stay 0–9 in every language, as elsewhere on the platform
        Locale latin = Locale.forLanguageTag(locale.getLanguage() + "-u-nu-latn");
        return d.publishedOn().format(DateTimeFormatter.ofPattern("month".equals(d.datePrecision()) ? "LLLL yyyy" : "d MMMM yyyy", latin));
    }

    private static String event(LearningEvent e) {
        return e.startsOn() == null ? e.theme() : e.theme() + " (" + e.startsOn().getYear() + ")";
    }

    private List<DocumentView.Named> parties(Document d, String role, Map<Long, Organisation> orgs) {
        return d.organisationIds(role).stream().map(orgs::get).map(DocumentViews::organisation)
                .filter(java.util.Objects::nonNull).toList();
    }

    private static DocumentView.Named organisation(Organisation o) {
        return o == null ? null : new DocumentView.Named(o.name(), "/organisations/" + o.id());
    }

    private String message(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, key, locale);
    }
}
