package org.crossroads.library.search.web;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.crossroads.library.search.PlatformSearch;
import org.crossroads.library.search.PlatformSearch.Filter;
import org.crossroads.library.search.PlatformSearch.Kind;
import org.crossroads.shared.vocabulary.Vocabularies;
import org.crossroads.shared.web.BadParameterException;
import org.springframework.stereotype.Component;

/** Reads the parameters of the search page and API, refusing values no record can have (400, naming the parameter). */
@Component
class SearchRequests {

    static final int MAX_WORDS = 200;

    private final Vocabularies vocabularies;

    SearchRequests(Vocabularies vocabularies) {
        this.vocabularies = vocabularies;
    }

    PlatformSearch.Request read(String q, String kind, String theme, String country, String year, String language, int perKind) {
        String words = q == null ? "" : q.strip();
        if (words.length() > MAX_WORDS) {
            throw new BadParameterException("q", "At most " + MAX_WORDS + " characters");
        }
        Kind k = null;
        if (kind != null && !kind.isBlank()) {
            k = Kind.of(kind.strip()).orElseThrow(() -> new BadParameterException("kind", "Unknown kind"));
        }
        Map<Filter, String> filters = new EnumMap<>(Filter.class);
        if (theme != null && !theme.isBlank()) {
            if (!vocabularies.contains(Vocabularies.THEME, theme.strip())) {
                throw new BadParameterException("theme", "Unknown theme");
            }
            filters.put(Filter.THEME, theme.strip());
        }
        if (country != null && !country.isBlank()) {
            String c = country.strip().toUpperCase(Locale.ROOT);
            if (!c.matches("[A-Z]{2}")) {
                throw new BadParameterException("country", "An ISO 3166-1 alpha-2 code");
            }
            filters.put(Filter.COUNTRY, c);
        }
        if (year != null && !year.isBlank()) {
            if (!year.strip().matches("[0-9]{4}")) {
                throw new BadParameterException("year", "A year of four digits");
            }
            filters.put(Filter.YEAR, year.strip());
        }
        if (language != null && !language.isBlank()) {
            String l = language.strip().toLowerCase(Locale.ROOT);
            if (!l.matches("[a-z]{2}")) {
                throw new BadParameterException("language", "An ISO 639-1 code");
            }
            filters.put(Filter.LANGUAGE, l);
        }
        return new PlatformSearch.Request(words, k, filters, perKind);
    }
}
