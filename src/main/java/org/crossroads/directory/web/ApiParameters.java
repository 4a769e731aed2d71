package org.crossroads.directory.web;

import java.util.Locale;
import org.crossroads.shared.vocabulary.Vocabularies;
import org.crossroads.shared.web.BadParameterException;
import org.springframework.stereotype.Component;

/** Checks API query parameters and says which one is wrong. */
@Component
class ApiParameters {

    static final int MAX_PAGE_SIZE = 200;

    private final Vocabularies vocabularies;

    ApiParameters(Vocabularies vocabularies) {
        this.vocabularies = vocabularies;
    }

    String code(String parameter, String vocabulary, String value) {
        if (value == null || value.isBlank()) {
            return "";
        }
        return vocabularies.match(vocabulary, value).orElseThrow(() -> new BadParameterException(parameter,
                "Unknown value '" + value + "' of vocabulary " + vocabulary));
    }

    String country(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return "";
        }
        String code = value.strip().toUpperCase(Locale.ROOT);
        if (!java.util.Set.of(Locale.getISOCountries()).contains(code)) {
            throw new BadParameterException(parameter, "Unknown ISO 3166-1 alpha-2 country code '" + value + "'");
        }
        return code;
    }

    int page(int page) {
        if (page < 0 || page > 100_000) {
            throw new BadParameterException("page", "page must be between 0 and 100000");
        }
        return page;
    }

    int size(int size) {
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new BadParameterException("size", "size must be between 1 and " + MAX_PAGE_SIZE);
        }
        return size;
    }
}
