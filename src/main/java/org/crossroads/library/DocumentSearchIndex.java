package org.crossroads.library;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crossroads.shared.search.QueryConcept;
import org.crossroads.shared.search.UnderstoodQuery;
import org.crossroads.shared.search.WordQuery;
import org.crossroads.shared.vocabulary.Vocabularies;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Fills the in-memory {@link DocumentIndex} from the database at start and keeps it true to it: before each query it
 * reads again the documents written since it last looked (V69_1: each row holds the transaction that wrote it), so a
 * change is seen by the next search whoever made it, on this instance or another. Documents are never deleted by the
 * application; a row deleted by hand leaves the index at the next start.
 */
@Component
class DocumentSearchIndex {

    private static final Logger log = LoggerFactory.getLogger(DocumentSearchIndex.class);
    /** Read in batches: the benchmark's 20,000 documents hold 25 million words (257 MB as text). */
    private static final int BATCH = 500;
    private static final String ROWS = """
            select d.id, d.access, d.publication, d.created_by, d.themes, d.country_codes, d.year, d.language, d.languages,
              d.type, d.search_change,
              array(select o.organisation_id from document_organisation o where o.document_id = d.id and o.role = 'network') as networks,
              array(select p.place_id from document_place p where p.document_id = d.id) as places,
              array(select o.organisation_id from document_organisation o where o.document_id = d.id
                    union select a.organisation_id from document_author a where a.document_id = d.id and a.organisation_id is not null) as named,
              tsvector_to_array(d.search) as own_words, tsvector_to_array(d.file_words) as file_words
            from document d""";
    private static final String ORDER =
            "select id from document order by year desc nulls last, published_on desc nulls last, title, id";

    private final JdbcClient jdbc;
    private final DocumentIndex index = new DocumentIndex();
    /** Per document, the transaction of the row the index holds. */
    private final Map<Long, Long> indexedChange = new HashMap<>();
    /** Rows written by transactions from this one on may not have been seen yet. */
    private long horizon = -1;

    DocumentSearchIndex(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener(ApplicationReadyEvent.class)
    void build() {
        refresh();
    }

    /**
     * The documents the reader sees matching the understood query and the facets' selections (see
     * {@link DocumentIndex#query}), read after any change committed since the last query.
     */
    DocumentIndex.Matches query(UnderstoodQuery understood, Map<String, Set<String>> selected, ReaderScope scope, int size,
            long ranked) {
        refresh();
        List<QueryConcept> concepts = understood.concepts();
        List<String> tsqueries = WordQuery.tsqueries(jdbc, concepts);
        List<DocumentIndex.Concept> conditions = new ArrayList<>();
        for (int k = 0; k < concepts.size(); k++) {
            QueryConcept concept = concepts.get(k);
            conditions.add(new DocumentIndex.Concept(tsqueries.get(k), concept.ids("place"), concept.ids("organisation"),
                    concept.references(Vocabularies.THEME)));
        }
        return index.query(conditions, selected, scope::sees, scope::seesSource, size, !understood.isEmpty(), ranked);
    }

    /** Reads the documents written since the last look, or all of them the first time. */
    synchronized void refresh() {
        if (horizon < 0) {
            long started = System.nanoTime();
            long now = currentHorizon();
            List<DocumentIndex.Entry> all = new ArrayList<>();
            Map<String, String> distinct = new HashMap<>();
            long after = -1;
            while (true) {
                List<DocumentIndex.Entry> batch = read(" where d.id > :after order by d.id limit " + BATCH, Map.of("after", after), distinct);
                all.addAll(batch);
                if (batch.size() < BATCH) {
                    break;
                }
                after = batch.get(batch.size() - 1).id();
            }
            index.replaceAll(all, order());
            horizon = now;
            log.info("Indexed {} documents for search, {}, in {} ms", all.size(), index.words(),
                    (System.nanoTime() - started) / 1_000_000);
            return;
        }
        List<Long> changed = new ArrayList<>();
        long[] next = {horizon};
        jdbc.sql("""
                with h as (select pg_snapshot_xmin(pg_current_snapshot())::text::bigint as horizon)
                select h.horizon, d.id, d.search_change from h left join document d on d.search_change >= :from""")
                .param("from", horizon).query(rs -> {
                    next[0] = rs.getLong(1);
                    long id = rs.getLong(2);
                    if (!rs.wasNull() && !Long.valueOf(rs.getLong(3)).equals(indexedChange.get(id))) {
                        changed.add(id);
                    }
                });
        horizon = next[0];
        if (!changed.isEmpty()) {
            List<DocumentIndex.Entry> entries = read(" where d.id in (:ids)", Map.of("ids", changed), new HashMap<>());
            index.update(changed, entries, order());
        }
    }

    private long currentHorizon() {
        return jdbc.sql("select pg_snapshot_xmin(pg_current_snapshot())::text::bigint").query(Long.class).single();
    }

    private List<Long> order() {
        return jdbc.sql(ORDER).query(Long.class).list();
    }

    private List<DocumentIndex.Entry> read(String where, Map<String, Object> params, Map<String, String> distinct) {
        return jdbc.sql(ROWS + where).params(params).query((rs, n) -> entry(rs, distinct)).list();
    }

    private DocumentIndex.Entry entry(ResultSet rs, Map<String, String> distinct) throws SQLException {
        long id = rs.getLong("id");
        List<Long> networks = longs(rs.getArray("networks"));
        DocumentPermissions.Access access = new DocumentPermissions.Access(id, rs.getString("access"),
                rs.getString("publication"), Set.copyOf(networks), rs.getString("created_by"));
        Map<String, Set<String>> values = new LinkedHashMap<>();
        values.put("theme", Set.copyOf(strings(rs.getArray("themes"), distinct)));
        values.put("country", Set.copyOf(strings(rs.getArray("country_codes"), distinct)));
        values.put("city", ids(longs(rs.getArray("places"))));
        values.put("network", ids(networks));
        Integer year = (Integer) rs.getObject("year");
        values.put("year", year == null ? Set.of() : Set.of(String.valueOf(year)));
        Set<String> languages = new HashSet<>(strings(rs.getArray("languages"), distinct));
        if (rs.getString("language") != null) {
            languages.add(rs.getString("language"));
        }
        values.put("language", languages);
        values.put("type", rs.getString("type") == null ? Set.of() : Set.of(rs.getString("type")));
        indexedChange.put(id, rs.getLong("search_change"));
        return new DocumentIndex.Entry(id, access, values, Set.copyOf(longs(rs.getArray("named"))),
                strings(rs.getArray("own_words"), distinct), strings(rs.getArray("file_words"), distinct));
    }

    private static Set<String> ids(List<Long> ids) {
        Set<String> texts = new HashSet<>();
        ids.forEach(id -> texts.add(String.valueOf(id)));
        return texts;
    }

    /** An array's texts, the same word in many documents read as one string. */
    private static List<String> strings(Array array, Map<String, String> distinct) throws SQLException {
        if (array == null) {
            return List.of();
        }
        Object[] items = (Object[]) array.getArray();
        List<String> texts = new ArrayList<>(items.length);
        for (Object item : items) {
            if (item != null) {
                texts.add(distinct.computeIfAbsent((String) item, w -> w));
            }
        }
        return texts;
    }

    private static List<Long> longs(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.stream((Object[]) array.getArray())
                .filter(o -> o != null).map(o -> ((Number) o).longValue()).toList();
    }
}
