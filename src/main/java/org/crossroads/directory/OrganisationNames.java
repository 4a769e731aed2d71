package org.crossroads.directory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.crossroads.shared.search.Lexicon;
import org.crossroads.shared.search.NameMatch;
import org.crossroads.shared.search.NameSource;
import org.crossroads.shared.vocabulary.MatchKey;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Published organisations by name, acronym and the other names they go by (organisation.alternate_names):
 * "MC2CM" names the Mediterranean City-to-City Migration network; "MMC" names both the Mayors Migration
 * Council (its acronym) and the Mixed Migration Centre (its usual name), and search says so.
 */
@Service
public class OrganisationNames implements NameSource {

    /** Organisations change rarely; names are read again after this long. */
    static final Duration FRESH_FOR = Duration.ofMinutes(1);

    private final JdbcClient jdbc;
    private volatile Map<String, List<NameMatch>> byKey;
    private volatile long readAt;

    OrganisationNames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<NameMatch> matching(String phraseKey) {
        return names().getOrDefault(phraseKey, List.of());
    }

    @Override
    public boolean announcesAmbiguity() {
        return true;
    }

    /** The other names of an organisation, as the import's alternate_names column gives them ("MMC"). */
    public static List<String> alternates(String column) {
        if (column == null || column.isBlank()) {
            return List.of();
        }
        return Arrays.stream(column.split("[|;]")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }

    /** The words of the published organisations' names, for forgiving a typo in an organisation search. */
    public Lexicon lexicon() {
        return Lexicon.of(names().keySet().stream().flatMap(k -> Arrays.stream(k.split(" "))).collect(Collectors.toSet()));
    }

    /** Forgets the names read, after an organisation was written. */
    public void forget() {
        byKey = null;
    }

    private Map<String, List<NameMatch>> names() {
        Map<String, List<NameMatch>> names = byKey;
        if (names == null || System.nanoTime() - readAt > FRESH_FOR.toNanos()) {
            names = read();
            byKey = names;
            readAt = System.nanoTime();
        }
        return names;
    }

    private Map<String, List<NameMatch>> read() {
        Map<String, List<NameMatch>> names = new HashMap<>();
        jdbc.sql("select id, name, acronym, alternate_names from organisation where publication = 'published'")
                .query((rs, n) -> {
                    Set<String> all = new LinkedHashSet<>();
                    all.add(rs.getString("name"));
                    if (rs.getString("acronym") != null && !rs.getString("acronym").isBlank()) {
                        all.add(rs.getString("acronym"));
                    }
                    all.addAll(alternates(rs.getString("alternate_names")));
                    NameMatch match = new NameMatch("organisation", String.valueOf(rs.getLong("id")), rs.getString("name"), all);
                    all.stream().map(MatchKey::of).filter(k -> !k.isBlank()).distinct()
                            .forEach(k -> names.computeIfAbsent(k, x -> new ArrayList<>()).add(match));
                    return null;
                }).list();
        return names;
    }
}
