package org.crossroads.network.matching;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.crossroads.shared.vocabulary.Vocabularies;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The themes an indicator's integration domains speak to, for matching's data evidence: indicators carry
 * {@code integration_domain} codes, needs and offers {@code theme} codes. From {@code network/domain-themes.csv}
 * (editable, one row per domain and theme, each with its reason). Every code is checked against the vocabularies
 * when the application starts, so a mistyped or retired code stops it rather than silently matching nothing.
 */
@Component
class DomainThemes {

    static final String FILE = "network/domain-themes.csv";

    private final Map<String, Set<String>> byDomain;

    DomainThemes(Vocabularies vocabularies) {
        this.byDomain = read(vocabularies);
    }

    /** The themes the domains speak to (none for a domain the file does not map). */
    Set<String> of(Collection<String> domains) {
        Set<String> themes = new LinkedHashSet<>();
        domains.forEach(d -> themes.addAll(byDomain.getOrDefault(d, Set.of())));
        return themes;
    }

    Map<String, Set<String>> all() {
        return byDomain;
    }

    private static Map<String, Set<String>> read(Vocabularies vocabularies) {
        try (Reader in = new InputStreamReader(new ClassPathResource(FILE).getInputStream(), StandardCharsets.UTF_8)) {
            Map<String, Set<String>> map = new HashMap<>();
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                String domain = r.get("integration_domain").strip();
                String theme = r.get("theme").strip();
                if (!vocabularies.contains("integration_domain", domain) || !vocabularies.contains(Vocabularies.THEME, theme)
                        || r.get("reason").isBlank()) {
                    throw new IllegalStateException(FILE + " line " + r.getRecordNumber()
                            + ": an integration_domain and a theme of the vocabularies, with a reason, expected: " + r.toList());
                }
                map.computeIfAbsent(domain, k -> new LinkedHashSet<>()).add(theme);
            }
            Map<String, Set<String>> frozen = new HashMap<>();
            map.forEach((k, v) -> frozen.put(k, Set.copyOf(v)));
            return Map.copyOf(frozen);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
