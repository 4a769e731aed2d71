package org.crossroads.library.search;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crossroads.directory.Organisation;
import org.crossroads.directory.Organisations;
import org.crossroads.directory.Place;
import org.crossroads.directory.PlaceNames;
import org.crossroads.directory.Places;
import org.crossroads.library.search.PlatformSearch.Filter;
import org.crossroads.shared.vocabulary.Vocabularies;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The names of facet values in the reader's language: vocabulary labels for themes, country names, city names as the
 * gazetteer gives them in the reader's script (Arabic on Arabic pages), organisations' names and acronyms for networks,
 * language names, the library's labels for document types. Only the few values a page shows are named.
 */
@Component
class FacetLabels {

    private final Vocabularies vocabularies;
    private final Places places;
    private final PlaceNames placeNames;
    private final Organisations organisations;
    private final MessageSource messages;

    FacetLabels(Vocabularies vocabularies, Places places, PlaceNames placeNames, Organisations organisations,
            MessageSource messages) {
        this.vocabularies = vocabularies;
        this.places = places;
        this.placeNames = placeNames;
        this.organisations = organisations;
        this.messages = messages;
    }

    Map<String, String> of(Filter filter, List<String> values, Locale locale) {
        Map<String, String> named = new HashMap<>();
        switch (filter) {
            case THEME -> values.forEach(v -> named.put(v, vocabularies.label(Vocabularies.THEME, v, locale)));
            case COUNTRY -> values.forEach(v -> named.put(v, country(v, locale)));
            case CITY -> {
                Map<Long, Place> found = places.findAll(ids(values));
                values.forEach(v -> {
                    Place p = found.get(id(v));
                    named.put(v, p == null ? v : placeNames.in(p, locale) + " (" + country(p.countryCode(), locale) + ")");
                });
            }
            case NETWORK -> {
                Map<Long, Organisation> found = organisations.findAll(ids(values));
                values.forEach(v -> named.put(v, found.containsKey(id(v)) ? name(found.get(id(v))) : v));
            }
            case LANGUAGE -> values.forEach(v -> {
                String name = Locale.forLanguageTag(v).getDisplayLanguage(locale);
                named.put(v, name.isBlank() || name.equals(v) ? v : name);
            });
            case TYPE -> values.forEach(v -> named.put(v, messages.getMessage("library.type." + v, null, v, locale)));
            case YEAR -> values.forEach(v -> named.put(v, v));
        }
        return named;
    }

    /** The name as the directory gives it, with the acronym networks are usually called by. */
    private static String name(Organisation o) {
        return o.acronym() == null || o.acronym().isBlank() ? o.name() : o.name() + " (" + o.acronym() + ")";
    }

    private static String country(String code, Locale locale) {
        String name = new Locale("", code).getDisplayCountry(locale);
        return name.isBlank() ? code : name;
    }

    private static Collection<Long> ids(List<String> values) {
        return values.stream().filter(v -> v.matches("[0-9]{1,18}")).map(Long::valueOf).toList();
    }

    private static long id(String value) {
        return value.matches("[0-9]{1,18}") ? Long.parseLong(value) : -1;
    }
}
