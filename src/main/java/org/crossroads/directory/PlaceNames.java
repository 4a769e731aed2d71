package org.crossroads.directory;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.crossroads.shared.search.NameMatch;
import org.crossroads.shared.search.NameSource;
import org.crossroads.shared.vocabulary.MatchKey;
import org.crossroads.shared.web.Languages;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Places by every name the gazetteer holds for them, in any script: for search ("صفاقس", "Tangiers" and
 * "Seville" name Sfax, Tangier and Sevilla) and for showing a place in the reader's language (its name in
 * that language where one was given, Tanger or Séville; on Arabic pages else the gazetteer's Arabic-script name).
 */
@org.springframework.modulith.NamedInterface("api")
@Service
public class PlaceNames implements NameSource {

    /** A phrase names at most this many places (the most populous): "Victoria" is many towns. */
    static final int MOST_PLACES = 8;

    private final JdbcClient jdbc;
    /** Per language, the local name of each place read so far (empty: none), until a place changes. */
    private final Map<String, Map<Long, Optional<String>>> localNames = new ConcurrentHashMap<>();

    PlaceNames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<NameMatch> matching(String phraseKey) {
        if (phraseKey.codePointCount(0, phraseKey.length()) < 3) {
            return List.of();
        }
        String key = MatchKey.letters(phraseKey);
        return jdbc.sql("""
                select id, name, alternate_name from place
                where crossroads_normalise(name) = :k
                   or ('|' || crossroads_normalise(alternate_name) || '|') like '%|' || :k || '|%'
                order by (crossroads_normalise(name) = :k) desc, population desc nulls last, id
                limit :n""")
                .param("k", key).param("n", MOST_PLACES)
                .query((rs, n) -> {
                    Set<String> names = new LinkedHashSet<>(List.of(rs.getString("name")));
                    String alternates = rs.getString("alternate_name");
                    if (alternates != null) {
                        // the names that match and those in the scripts of the four languages, not all transliterations
                        Arrays.stream(alternates.split("\\|")).filter(a -> MatchKey.of(a).equals(phraseKey)).forEach(names::add);
                    }
                    return new NameMatch("place", String.valueOf(rs.getLong("id")), rs.getString("name"), names);
                }).list();
    }

    /**
     * The place's name in the reader's language: the name editors or the built-in data gave it in that language
     * (Tanger, Séville, طنجة), else on Arabic pages its Arabic-script name from the gazetteer, else its name.
     */
    public String in(Place place, Locale locale) {
        return in(List.of(place), locale).get(place.id());
    }

    /** Several places' names in the reader's language, read in one query. */
    public Map<Long, String> in(Collection<Place> places, Locale locale) {
        Map<Long, String> names = new HashMap<>();
        places.forEach(p -> names.put(p.id(), p.name()));
        if (locale == null || places.isEmpty() || !Languages.CODES.contains(locale.getLanguage())) {
            return names;
        }
        String language = locale.getLanguage();
        Map<Long, Optional<String>> known = localNames.computeIfAbsent(language, l -> new ConcurrentHashMap<>());
        Set<Long> unknown = new LinkedHashSet<>();
        places.forEach(p -> {
            if (!known.containsKey(p.id())) {
                unknown.add(p.id());
            }
        });
        if (!unknown.isEmpty()) {
            Map<Long, Optional<String>> read = new HashMap<>();
            unknown.forEach(id -> read.put(id, Optional.empty()));
            jdbc.sql("select id, translations -> 'name' ->> :language as local, alternate_name from place where id in (:ids)")
                    .param("language", language).param("ids", unknown)
                    .query((rs, n) -> {
                        String local = rs.getString("local");
                        read.put(rs.getLong("id"), local != null && !local.isBlank() ? Optional.of(local.strip())
                                : "ar".equals(language) ? arabicScript(rs.getString("alternate_name")) : Optional.empty());
                        return null;
                    }).list();
            known.putAll(read);
        }
        places.forEach(p -> known.getOrDefault(p.id(), Optional.empty()).ifPresent(a -> names.put(p.id(), a)));
        return names;
    }

    /**
     * The first alternate name written in Arabic letters (GeoNames lists the Arabic name among them); names
     * with Persian or Urdu letters (ی ک پ…) are not Arabic and are passed over.
     */
    static Optional<String> arabicScript(String alternates) {
        if (alternates == null) {
            return Optional.empty();
        }
        return Arrays.stream(alternates.split("\\|")).map(String::strip)
                .filter(a -> !a.isEmpty() && a.codePoints().filter(Character::isLetter)
                        .allMatch(c -> (c >= 0x0621 && c <= 0x064A) || c == 0x0671))
                .findFirst();
    }

    @EventListener
    void on(PlaceChanged changed) {
        localNames.clear();
    }
}
