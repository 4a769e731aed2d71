package org.crossroads.shared.tabular;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.Set;
import org.crossroads.shared.vocabulary.MatchKey;

/**
 * ISO 3166-1 countries from the JDK's own tables: an alpha-2 code ({@code TN}), an alpha-3 code
 * ({@code TUN}), or the country's name in English, French, Spanish or Arabic ({@code Tunisia},
 * {@code Tunisie}, {@code Túnez}, {@code تونس}), matched without case or accents.
 */
final class Countries {

    private static final Set<String> CODES = Set.of(Locale.getISOCountries());
    private static final Map<String, String> BY_NAME = names();

    private Countries() {
    }

    static Optional<String> match(String input) {
        if (input == null || input.isBlank()) {
            return Optional.empty();
        }
        String text = input.strip();
        String upper = text.toUpperCase(Locale.ROOT);
        if (CODES.contains(upper)) {
            return Optional.of(upper);
        }
        return Optional.ofNullable(BY_NAME.get(MatchKey.of(text)));
    }

    private static Map<String, String> names() {
        Map<String, String> names = new HashMap<>();
        List<Locale> languages = List.of(Locale.ENGLISH, Locale.FRENCH, Locale.forLanguageTag("es"), Locale.forLanguageTag("ar"));
        for (String code : CODES) {
            Locale country = new Locale("", code);
            for (Locale language : languages) {
                names.putIfAbsent(MatchKey.of(country.getDisplayCountry(language)), code);
            }
            try {
                names.putIfAbsent(MatchKey.of(country.getISO3Country()), code);
            } catch (MissingResourceException e) {
                // a code without an alpha-3 form is still matched by its alpha-2 code and names
            }
        }
        return Map.copyOf(names);
    }
}
