package org.crossroads.network.needs.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.crossroads.accounts.Editor;
import org.crossroads.data.DataCatalogue;
import org.crossroads.directory.Place;
import org.crossroads.directory.Places;
import org.crossroads.inventory.Initiative;
import org.crossroads.inventory.Initiatives;
import org.crossroads.learning.outcomes.OutcomeHarvest;
import org.crossroads.network.needs.Need;
import org.crossroads.network.needs.NeedConstraints;
import org.crossroads.network.needs.Offer;
import org.crossroads.network.needs.StatementAccess;
import org.crossroads.network.needs.StatementText;
import org.crossroads.shared.vocabulary.Vocabularies;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Turns needs and offers into what pages show, naming their cities in one query per list. */
@Component
class StatementViews {

    private final Places places;
    private final Vocabularies vocabularies;
    private final MessageSource messages;
    private final StatementAccess access;
    private final Initiatives initiatives;
    private final OutcomeHarvest outcomes;
    private final DataCatalogue catalogue;
    private final org.crossroads.directory.PlaceNames placeNames;

    StatementViews(Places places, Vocabularies vocabularies, MessageSource messages, StatementAccess access,
            Initiatives initiatives, OutcomeHarvest outcomes, DataCatalogue catalogue,
            org.crossroads.directory.PlaceNames placeNames) {
        this.placeNames = placeNames;
        this.places = places;
        this.vocabularies = vocabularies;
        this.messages = messages;
        this.access = access;
        this.initiatives = initiatives;
        this.outcomes = outcomes;
        this.catalogue = catalogue;
    }

    List<StatementView> needs(List<Need> needs, Optional<Editor> reader, Locale locale) {
        Map<Long, Place> cities = cities(needs.stream().map(Need::placeId).toList());
        return needs.stream().map(n -> need(n, cities.get(n.placeId()), reader, locale)).toList();
    }

    List<StatementView> offers(List<Offer> offers, Optional<Editor> reader, Locale locale, boolean withEvidence) {
        Map<Long, Place> cities = cities(offers.stream().map(Offer::placeId).toList());
        return offers.stream().map(o -> offer(o, cities.get(o.placeId()), reader, locale, withEvidence)).toList();
    }

    StatementView need(Need n, Place city, Optional<Editor> reader, Locale locale) {
        List<String> conditions = new ArrayList<>();
        if (!n.preferredLanguages().isEmpty()) {
            conditions.add(message("needs.condition.languages", locale, languageNames(n.preferredLanguages(), locale)));
        }
        NeedConstraints c = n.constraints();
        if (c.sameRoute()) {
            conditions.add(message("needs.condition.sameRoute", locale));
        }
        if (c.southSouth()) {
            conditions.add(message("needs.condition.southSouth", locale));
        }
        if (c.similarSize()) {
            conditions.add(message("needs.condition.similarSize", locale));
        }
        if (c.withinKm() != null) {
            conditions.add(message("needs.condition.withinKm", locale, c.withinKm()));
        }
        if (c.maxLanguageDistance() != null) {
            conditions.add(message("needs.condition.languageDistance." + c.maxLanguageDistance(), locale));
        }
        return new StatementView("need", n.id(), "/needs/" + n.id(), n.text().title(locale), n.text().description(locale),
                n.text().isOriginal(locale), languageName(n.text().language(), locale), n.placeId(), cityName(city, n.placeId(), locale),
                city == null ? null : city.countryCode(), labels(Vocabularies.THEME, n.themes(), locale),
                labels(Vocabularies.ACTIVITY_TYPE, n.activityTypes(), locale), conditions, List.of(), n.status(),
                message("needs.status." + n.status(), locale), n.isPrivate(),
                reader.map(e -> access.mayState(e, n.placeId())).orElse(false), n.createdAt().toLocalDate(),
                n.updatedAt() == null ? null : n.updatedAt().toLocalDate(), n.version());
    }

    StatementView offer(Offer o, Place city, Optional<Editor> reader, Locale locale, boolean withEvidence) {
        List<String> conditions = new ArrayList<>();
        if (!o.languages().isEmpty()) {
            conditions.add(message("offers.condition.languages", locale, languageNames(o.languages(), locale)));
        }
        conditions.add(message(o.contactConsent() ? "offers.condition.consent" : "offers.condition.noConsent", locale));
        return new StatementView("offer", o.id(), "/offers/" + o.id(), o.text().title(locale), o.text().description(locale),
                o.text().isOriginal(locale), languageName(o.text().language(), locale), o.placeId(), cityName(city, o.placeId(), locale),
                city == null ? null : city.countryCode(), labels(Vocabularies.THEME, o.themes(), locale),
                labels(Vocabularies.ACTIVITY_TYPE, o.activityTypes(), locale), conditions,
                withEvidence ? evidence(o, reader, locale) : List.of(), o.status(), message("offers.status." + o.status(), locale),
                o.isPrivate(), reader.map(e -> access.mayState(e, o.placeId())).orElse(false), o.createdAt().toLocalDate(),
                o.updatedAt() == null ? null : o.updatedAt().toLocalDate(), o.version());
    }

    /** The offer's evidence as the reader may open it: what was withdrawn since it was cited is left out. */
    private List<StatementView.Link> evidence(Offer o, Optional<Editor> reader, Locale locale) {
        List<StatementView.Link> links = new ArrayList<>();
        String initiative = message("offers.evidence.initiative", locale);
        for (Initiative i : initiatives.findAll(o.evidence().initiativeIds())) {
            if (i.isPublished()) {
                links.add(new StatementView.Link(initiative, i.name(locale), "/initiatives/" + i.id()));
            }
        }
        String outcome = message("offers.evidence.outcome", locale);
        for (long id : o.evidence().outcomeIds()) {
            outcomes.find(id, reader).filter(s -> s.isValidated()).ifPresent(s -> links.add(new StatementView.Link(outcome,
                    s.changeAgent() + ": " + abridged(s.description()), "/outcomes/" + s.id())));
        }
        String indicator = message("offers.evidence.indicator", locale);
        for (long id : o.evidence().indicatorIds()) {
            catalogue.indicator(id).ifPresent(i -> links.add(new StatementView.Link(indicator, i.name().in(locale),
                    "/data/values?indicator=" + i.code() + "&place=" + o.placeId())));
        }
        return links;
    }

    String languageName(String code, Locale locale) {
        return Locale.forLanguageTag(code).getDisplayLanguage(locale);
    }

    List<String> labels(String vocabulary, List<String> codes, Locale locale) {
        return codes.stream().map(c -> vocabularies.label(vocabulary, c, locale)).toList();
    }

    private String languageNames(List<String> codes, Locale locale) {
        return String.join(", ", codes.stream().map(c -> languageName(c, locale)).toList());
    }

    private Map<Long, Place> cities(Collection<Long> ids) {
        Set<Long> unique = new HashSet<>(ids);
        return unique.isEmpty() ? Map.of() : places.findAll(unique);
    }

    /** In the reader's script: on Arabic pages the Arabic name where the gazetteer has one. */
    private String cityName(Place city, long id, Locale locale) {
        return city == null ? "#" + id : placeNames.in(city, locale);
    }

    private static String abridged(String text) {
        return text.length() <= 120 ? text : text.substring(0, 119) + "…";
    }

    private String message(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    static List<String> languages() {
        return StatementText.LANGUAGES;
    }
}
