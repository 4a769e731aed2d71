package org.crossroads.library.search.web;

import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.crossroads.library.Document;
import org.crossroads.library.search.PlatformSearch;
import org.crossroads.library.search.PlatformSearch.Filter;
import org.crossroads.library.search.PlatformSearch.Kind;
import org.crossroads.shared.vocabulary.Vocabularies;
import org.crossroads.shared.web.BadParameterException;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;

/**
 * Reads the parameters of the search page and API, refusing values no record can have (400, naming the parameter). A
 * facet's parameter may be given several times (theme=housing&theme=health): any of the values.
 */
@Component
class SearchRequests {

    static final int MAX_WORDS = 200;
    /** More values of one facet than any page offers: a hand-made URL. */
    static final int MAX_VALUES = 50;

    private final Vocabularies vocabularies;

    SearchRequests(Vocabularies vocabularies) {
        this.vocabularies = vocabularies;
    }

    PlatformSearch.Request read(MultiValueMap<String, String> params, int perKind) {
        String words = first(params, "q");
        if (words.length() > MAX_WORDS) {
            throw new BadParameterException("q", "At most " + MAX_WORDS + " characters");
        }
        Kind k = null;
        String kind = first(params, "kind");
        if (!kind.isEmpty()) {
            k = Kind.of(kind).orElseThrow(() -> new BadParameterException("kind", "Unknown kind"));
        }
        Map<Filter, Set<String>> filters = new EnumMap<>(Filter.class);
        for (Filter f : Filter.values()) {
            Set<String> values = new LinkedHashSet<>();
            for (String raw : params.getOrDefault(f.parameter, List.of())) {
                if (raw != null && !raw.isBlank()) {
                    values.add(checked(f, raw.strip()));
                }
            }
            if (values.size() > MAX_VALUES) {
                throw new BadParameterException(f.parameter, "At most " + MAX_VALUES + " values");
            }
            if (!values.isEmpty()) {
                filters.put(f, values);
            }
        }
        Filter expanded = null;
        String more = first(params, "more");
        if (!more.isEmpty()) {
            for (Filter f : Filter.values()) {
                if (f.parameter.equals(more)) {
                    expanded = f;
                }
            }
            if (expanded == null) {
                throw new BadParameterException("more", "One of theme, country, city, network, year, language, type");
            }
        }
        return new PlatformSearch.Request(words, k, filters, perKind, expanded);
    }

    private String checked(Filter f, String value) {
        return switch (f) {
            case THEME -> {
                if (!vocabularies.contains(Vocabularies.THEME, value)) {
                    throw new BadParameterException("theme", "Unknown theme");
                }
                yield value;
            }
            case COUNTRY -> {
                String c = value.toUpperCase(Locale.ROOT);
                if (!c.matches("[A-Z]{2}")) {
                    throw new BadParameterException("country", "An ISO 3166-1 alpha-2 code");
                }
                yield c;
            }
            case CITY, NETWORK -> {
                if (!value.matches("[0-9]{1,18}")) {
                    throw new BadParameterException(f.parameter, "An id (digits)");
                }
                yield value;
            }
            case YEAR -> {
                if (!value.matches("[0-9]{4}")) {
                    throw new BadParameterException("year", "A year of four digits");
                }
                yield value;
            }
            case LANGUAGE -> {
                String l = value.toLowerCase(Locale.ROOT);
                if (!l.matches("[a-z]{2}")) {
                    throw new BadParameterException("language", "An ISO 639-1 code");
                }
                yield l;
            }
            case TYPE -> {
                if (!Document.TYPES.contains(value)) {
                    throw new BadParameterException("type", "One of " + String.join(", ", Document.TYPES));
                }
                yield value;
            }
        };
    }

    private static String first(MultiValueMap<String, String> params, String name) {
        String v = params.getFirst(name);
        return v == null ? "" : v.strip();
    }
}
