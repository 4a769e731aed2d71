package org.crossroads.inventory.search;

import java.sql.Array;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.crossroads.directory.Place;
import org.crossroads.directory.Places;
import org.crossroads.inventory.Initiative;
import org.crossroads.inventory.InitiativeChanged;
import org.crossroads.inventory.Initiatives;
import org.crossroads.shared.search.QueryConcept;
import org.crossroads.shared.search.QueryUnderstanding;
import org.crossroads.shared.search.SearchLexicon;
import org.crossroads.shared.search.UnderstoodQuery;
import org.crossroads.shared.search.WordQuery;
import org.crossroads.shared.vocabulary.MatchKey;
import org.crossroads.shared.vocabulary.Vocabularies;
import org.crossroads.shared.web.Languages;
import org.crossroads.shared.web.ListSort;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Faceted search over published initiatives: free text through PostgreSQL's full-text index, read in four
 * languages by shared.search (stems, place/organisation/term names in any language, typos), facets
 * through the in-memory {@link FacetIndex}, the page of results read back from the database.
 */
@Service
public class InitiativeSearch {

    private static final Logger log = LoggerFactory.getLogger(InitiativeSearch.class);
    /** The kind of record in shared.search's lexicon (search_word.kind). */
    static final String LEXICON = "initiative";
    private static final String INDEX_ROWS = """
            select i.id, i.name, i.activity_type, i.themes, i.country_codes, i.routes, i.gcm_objectives, i.status,
              array(select place_id from initiative_place p where p.initiative_id = i.id) as place_ids,
              array(select organisation_id from initiative_organisation o where o.initiative_id = i.id and o.role = 'network') as network_ids,
              array(select distinct organisation_id from initiative_organisation o where o.initiative_id = i.id) as organisation_ids,
              tsvector_to_array(i.search) as words, i.language,
              i.translations -> 'en' ->> 'name' as name_en, i.translations -> 'fr' ->> 'name' as name_fr,
              i.translations -> 'ar' ->> 'name' as name_ar, i.translations -> 'es' ->> 'name' as name_es,
              coalesce(i.start_date, i.end_date) as day, coalesce(i.updated_at, i.created_at) as changed_at
            from initiative i where i.publication = 'published'
            """;

    private final FacetIndex index = new FacetIndex();
    private final JdbcClient jdbc;
    private final Initiatives initiatives;
    private final Places places;
    private final QueryUnderstanding understanding;
    private final SearchLexicon lexicon;
    private volatile boolean built;

    InitiativeSearch(JdbcClient jdbc, Initiatives initiatives, Places places, QueryUnderstanding understanding,
            SearchLexicon lexicon) {
        this.understanding = understanding;
        this.lexicon = lexicon;
        this.jdbc = jdbc;
        this.initiatives = initiatives;
        this.places = places;
    }

    public SearchResult search(SearchQuery query) {
        ensureBuilt();
        Understood text = understood(query.text(), query.sort() == ListSort.RELEVANCE);
        FacetCounts counts = index.query(query, text.matches());
        return new SearchResult(query, counts.total(), initiatives.findAll(counts.pageIds()), counts.counts(), text.query());
    }

    /** Every id matching the query and filters, in result order (for exports). */
    public List<Long> allIds(SearchQuery query, int limit) {
        ensureBuilt();
        return index.allIds(query, understood(query.text(), query.sort() == ListSort.RELEVANCE).matches(), limit);
    }

    /**
     * Above this many matches, ranking every match costs more than it helps (PostgreSQL reads each one's vector):
     * results go by name.
     */
    static final int MAX_RANKED_MATCHES = 1_000;

    private record Understood(UnderstoodQuery query, TextMatches matches) {}

    /**
     * The query read in four languages, with place, organisation and term names; when it finds nothing,
     * its unknown words of five letters or more are read as the indexed word one edit away.
     */
    private Understood understood(String text, boolean ranked) {
        if (text.isBlank()) {
            return new Understood(UnderstoodQuery.none(), null);
        }
        UnderstoodQuery understood = understanding.understand(text);
        TextMatches matches = textMatches(understood, ranked);
        if (matches.none()) {
            UnderstoodQuery corrected = understanding.correct(understood, lexicon.of(LEXICON));
            if (corrected.corrected()) {
                return new Understood(corrected, textMatches(corrected, ranked));
            }
        }
        return new Understood(understood, matches);
    }

    /**
     * The ids matching every concept of the query (its text, or for a name, the places, organisations and
     * vocabulary codes it stands for), by relevance when the list is in that order and there are few, else unordered
     * (the index orders them). PostgreSQL turns each concept's phrases into a tsquery (stems in four languages, V6/V7); the index
     * matches it against the initiatives' words in memory, and PostgreSQL ranks the few matches.
     */
    private TextMatches textMatches(UnderstoodQuery understood, boolean ranked) {
        List<QueryConcept> concepts = understood.concepts();
        List<String> tsqueries = WordQuery.tsqueries(jdbc, concepts);
        List<ConceptCondition> conditions = new ArrayList<>();
        for (int k = 0; k < concepts.size(); k++) {
            QueryConcept concept = concepts.get(k);
            conditions.add(new ConceptCondition(tsqueries.get(k), concept.references("place"), concept.ids("organisation"),
                    concept.references(Vocabularies.ACTIVITY_TYPE), concept.references(Vocabularies.THEME)));
        }
        java.util.BitSet found = index.matching(conditions);
        if (!ranked || found.cardinality() > MAX_RANKED_MATCHES || found.isEmpty()) {
            return TextMatches.unranked(found);
        }
        List<Long> ids = index.idsOf(found);
        return new TextMatches(jdbc.sql("select id from initiative where id in (:ids)"
                + " order by ts_rank(search, crossroads_alternatives_query(:all)) desc, id")
                .param("ids", ids).param("all", understood.allAlternatives()).query(Long.class).list(), true);
    }

    @EventListener(ApplicationReadyEvent.class)
    @Scheduled(fixedDelayString = "${crossroads.inventory.index-refresh:PT15M}", initialDelayString = "${crossroads.inventory.index-refresh:PT15M}")
    public void rebuild() {
        long started = System.nanoTime();
        List<IndexedInitiative> all = load(INDEX_ROWS, Map.of());
        index.replaceAll(all);
        // at start only when empty (seconds at 100,000 initiatives); in full on the scheduled rebuilds, which
        // drop the words of initiatives since withdrawn
        String words = "select to_tsvector('simple', search_text) from initiative where publication = 'published'";
        if (built) {
            lexicon.replace(LEXICON, words);
        } else {
            lexicon.fillIfEmpty(LEXICON, words);
        }
        built = true;
        log.info("Indexed {} published initiatives for search in {} ms", all.size(), (System.nanoTime() - started) / 1_000_000);
    }

    @TransactionalEventListener
    void on(InitiativeChanged changed) {
        if (!built) {
            return;
        }
        List<IndexedInitiative> one = load(INDEX_ROWS + " and i.id = :id", Map.of("id", changed.initiativeId()));
        if (one.isEmpty()) {
            index.remove(changed.initiativeId());
        } else {
            index.upsert(one.get(0));
            jdbc.sql("select search_text from initiative where id = :id").param("id", changed.initiativeId())
                    .query(String.class).optional().ifPresent(text -> lexicon.add(LEXICON, text));
        }
    }

    private void ensureBuilt() {
        if (!built) {
            synchronized (this) {
                if (!built) {
                    rebuild();
                }
            }
        }
    }

    private record Row(long id, String name, String type, List<String> themes, List<String> countries,
            List<String> routes, List<String> gcm, String status, List<Long> placeIds, List<Long> networkIds,
            List<Long> organisationIds, List<String> words, Map<String, String> nameKeys, long day, long changed) {}

    /**
     * The keys of the name in each language whose readers see a translation (as {@code ShownText} chooses: a
     * translation that is not blank, into another language than the original), where it sorts apart from the original.
     */
    private static Map<String, String> nameKeys(java.sql.ResultSet rs) throws SQLException {
        String original = MatchKey.of(rs.getString("name"));
        String language = rs.getString("language");
        Map<String, String> keys = new HashMap<>();
        for (String reader : Languages.CODES) {
            String translated = rs.getString("name_" + reader);
            if (!reader.equals(language) && translated != null && !translated.isBlank()
                    && !MatchKey.of(translated).equals(original)) {
                keys.put(reader, MatchKey.of(translated));
            }
        }
        return keys;
    }

    private List<IndexedInitiative> load(String sql, Map<String, Object> params) {
        // the same word in many initiatives is read as one string (100,000 initiatives hold 3 million words, 130,000 distinct)
        Map<String, String> distinct = new HashMap<>();
        List<Row> rows = jdbc.sql(sql).params(params).query((rs, n) -> new Row(rs.getLong("id"), rs.getString("name"),
                rs.getString("activity_type"), strings(rs.getArray("themes").getArray()),
                strings(rs.getArray("country_codes").getArray()), strings(rs.getArray("routes").getArray()),
                strings(rs.getArray("gcm_objectives").getArray()), rs.getString("status"),
                longs(rs.getArray("place_ids").getArray()), longs(rs.getArray("network_ids").getArray()),
                longs(rs.getArray("organisation_ids").getArray()), words(rs.getArray("words"), distinct), nameKeys(rs),
                rs.getObject("day", java.time.LocalDate.class) == null ? IndexedInitiative.NO_DAY
                        : rs.getObject("day", java.time.LocalDate.class).toEpochDay(),
                rs.getObject("changed_at", java.time.OffsetDateTime.class).toInstant().toEpochMilli())).list();
        Set<Long> placeIds = new HashSet<>();
        rows.forEach(r -> placeIds.addAll(r.placeIds()));
        Map<Long, Place> placesById = places.findAll(placeIds);
        List<IndexedInitiative> indexed = new ArrayList<>(rows.size());
        for (Row r : rows) {
            List<Place> at = r.placeIds().stream().map(placesById::get).filter(p -> p != null).toList();
            Map<Facet, Set<String>> values = new EnumMap<>(Facet.class);
            values.put(Facet.ACTIVITY_TYPE, Set.of(r.type()));
            values.put(Facet.THEME, Set.copyOf(r.themes()));
            values.put(Facet.COUNTRY, union(r.countries(), at.stream().map(Place::countryCode).toList()));
            values.put(Facet.ROUTE, union(r.routes(), at.stream().flatMap(p -> p.routes().stream()).toList()));
            values.put(Facet.CITY_ROLE, union(List.of(), at.stream().flatMap(p -> p.roles().stream()).toList()));
            values.put(Facet.SIZE_CLASS, union(List.of(), at.stream().map(Place::sizeClass).toList()));
            values.put(Facet.NETWORK, r.networkIds().stream().map(String::valueOf).collect(Collectors.toSet()));
            values.put(Facet.CITY, r.placeIds().stream().map(String::valueOf).collect(Collectors.toSet()));
            values.put(Facet.GCM_OBJECTIVE, Set.copyOf(r.gcm()));
            values.put(Facet.STATUS, Set.of(r.status()));
            indexed.add(new IndexedInitiative(r.id(), MatchKey.of(r.name()), values, Set.copyOf(r.words()), Set.copyOf(r.organisationIds()),
                    r.nameKeys(), r.day(), r.changed()));
        }
        return indexed;
    }

    private static Set<String> union(Collection<String> a, Collection<String> b) {
        Set<String> all = new LinkedHashSet<>(a);
        all.addAll(b);
        all.remove(null);
        return all;
    }

    private static List<String> strings(Object array) {
        return Arrays.stream((Object[]) array).map(String::valueOf).toList();
    }

    /** A search vector's words; none when the initiative has no search text. */
    private static List<String> words(Array array, Map<String, String> distinct) throws SQLException {
        return array == null ? List.of() : Arrays.stream((Object[]) array.getArray())
                .map(w -> distinct.computeIfAbsent((String) w, x -> x)).toList();
    }

    private static List<Long> longs(Object array) {
        return Arrays.stream((Object[]) array).map(o -> ((Number) o).longValue()).toList();
    }
}
