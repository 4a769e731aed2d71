package org.crossroads.shared.vocabulary;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The controlled vocabularies (activity types, themes, routes, city roles, GCM objectives…), read
 * from {@code vocabulary/terms.csv}. Values are stored by code; labels follow the interface language;
 * user input matches a code or a label in any of the four languages.
 */
@Component
public class Vocabularies {

    public static final String ACTIVITY_TYPE = "activity_type";
    public static final String THEME = "theme";
    public static final String ROUTE = "route";
    public static final String CITY_ROLE = "city_role";
    public static final String SIZE_CLASS = "size_class";
    public static final String ORGANISATION_TYPE = "organisation_type";
    public static final String MEMBERSHIP_ROLE = "membership_role";
    public static final String PARTNERSHIP_KIND = "partnership_kind";
    public static final String STATUS = "status";
    public static final String GCM_OBJECTIVE = "gcm_objective";
    public static final String GCR_OBJECTIVE = "gcr_objective";
    public static final String SDG_TARGET = "sdg_target";
    public static final String LAMPEDUSA_PRINCIPLE = "lampedusa_principle";
    /** Units of the data catalogue's indicators as pages show them; a unit not listed shows as written. */
    public static final String UNIT = "unit";

    private static final List<String> LANGUAGES = List.of("en", "fr", "ar", "es");

    private final Map<String, Map<String, Term>> byVocabulary = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> codeByKey = new LinkedHashMap<>();

    public Vocabularies() {
        this(new ClassPathResource("vocabulary/terms.csv"));
    }

    Vocabularies(ClassPathResource source) {
        try (Reader reader = new InputStreamReader(source.getInputStream(), StandardCharsets.UTF_8)) {
            CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
            for (CSVRecord row : format.parse(reader)) {
                add(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the vocabularies", e);
        }
    }

    private void add(CSVRecord row) {
        String vocabulary = row.get("vocabulary").strip();
        String code = row.get("code").strip();
        Map<String, String> labels = new LinkedHashMap<>();
        for (String language : LANGUAGES) {
            labels.put(language, row.isMapped(language) ? row.get(language).strip() : "");
        }
        byVocabulary.computeIfAbsent(vocabulary, v -> new LinkedHashMap<>()).put(code, new Term(vocabulary, code, labels));
        Map<String, String> keys = codeByKey.computeIfAbsent(vocabulary, v -> new LinkedHashMap<>());
        keys.putIfAbsent(MatchKey.of(code), code);
        labels.values().stream().filter(l -> !l.isBlank()).forEach(l -> keys.putIfAbsent(MatchKey.of(l), code));
    }

    public Collection<Term> terms(String vocabulary) {
        return byVocabulary.getOrDefault(vocabulary, Map.of()).values();
    }

    public boolean contains(String vocabulary, String code) {
        return code != null && byVocabulary.getOrDefault(vocabulary, Map.of()).containsKey(code);
    }

    public Optional<Term> term(String vocabulary, String code) {
        return Optional.ofNullable(byVocabulary.getOrDefault(vocabulary, Map.of()).get(code));
    }

    /** The label in the given language, or the code itself when unknown (old data stays readable). */
    public String label(String vocabulary, String code, Locale locale) {
        return term(vocabulary, code).map(t -> t.label(locale)).orElse(code);
    }

    /**
     * Every accepted value, as the label in the reader's language with the code: "Peer exchange
     * (peer_exchange); Capacity building (capacity_building); …", for messages that refuse an unknown value.
     */
    public String accepted(String vocabulary, Locale locale) {
        return terms(vocabulary).stream().map(t -> t.label(locale) + " (" + t.code() + ")")
                .collect(java.util.stream.Collectors.joining("; "));
    }

    /** The code that the input names, by code or by a label in any language. */
    public Optional<String> match(String vocabulary, String input) {
        if (input == null || input.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(codeByKey.getOrDefault(vocabulary, Map.of()).get(MatchKey.of(input)));
    }

    public Collection<String> names() {
        return byVocabulary.keySet();
    }
}
