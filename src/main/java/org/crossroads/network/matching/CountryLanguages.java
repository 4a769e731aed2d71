package org.crossroads.network.matching;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The languages a city works in, for matching: the official and usual working languages of its country, from
 * {@code network/country-languages.csv} (editable, each row with its source). A country missing from the file
 * falls back to the language CLDR gives as the most likely for the country (ICU's likely subtags).
 */
@Component
class CountryLanguages {

    static final String FILE = "network/country-languages.csv";

    private final Map<String, Set<String>> byCountry;

    CountryLanguages() {
        this.byCountry = read();
    }

    Set<String> of(String countryCode) {
        if (countryCode == null || countryCode.isBlank()) {
            return Set.of();
        }
        Set<String> listed = byCountry.get(countryCode.toUpperCase(Locale.ROOT));
        if (listed != null) {
            return listed;
        }
        String likely = com.ibm.icu.util.ULocale.addLikelySubtags(new com.ibm.icu.util.ULocale("und_" + countryCode)).getLanguage();
        return likely.isBlank() || "und".equals(likely) ? Set.of() : Set.of(likely);
    }

    private static Map<String, Set<String>> read() {
        try (Reader in = new InputStreamReader(new ClassPathResource(FILE).getInputStream(), StandardCharsets.UTF_8)) {
            Map<String, Set<String>> map = new HashMap<>();
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                Set<String> languages = new LinkedHashSet<>();
                Arrays.stream(r.get("languages").split(";")).map(String::strip).filter(s -> !s.isEmpty()).forEach(languages::add);
                map.put(r.get("country").strip().toUpperCase(Locale.ROOT), Set.copyOf(languages));
            }
            return Map.copyOf(map);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
