package org.crossroads.library;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.crossroads.accounts.Editor;
import org.crossroads.directory.Memberships;
import org.crossroads.directory.ResultPage;
import org.crossroads.shared.search.FacetSql;
import org.crossroads.shared.search.QueryUnderstanding;
import org.crossroads.shared.search.TextConcepts;
import org.crossroads.shared.search.SearchLexicon;
import org.crossroads.shared.search.UnderstoodQuery;
import org.crossroads.shared.vocabulary.ShownText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import org.crossroads.shared.web.ListSort;

/**
 * Reads documents as a reader may see them: every method takes the reader and asks {@link DocumentPermissions} (or
 * its SQL form, {@link ReaderScope}), so that a members-only document is never found, listed nor counted for others,
 * and a Chatham House document comes without its source for those who may not know it.
 */
@org.springframework.modulith.NamedInterface("api")
@Service
public class Documents {

    private static final TypeReference<Map<String, Map<String, String>>> TRANSLATIONS = new TypeReference<>() {};
    private static final String COLUMNS = """
            d.id, d.external_id, d.type, d.language, d.title, d.summary, d.translations::text, d.year, d.published_on,
            d.published_precision, d.languages, d.themes, d.country_codes, d.licence, d.source_url, d.access,
            d.publication, d.source, d.created_by, d.created_at, d.updated_by, d.updated_at, d.version""";
    private static final String ORDER = " order by d.year desc nulls last, d.published_on desc nulls last, d.title, d.id";
    /** Up to this many matches are ordered by relevance (bench/library-search.sh: ranking 8,000 cost ~150 ms). */
    static final long RANKED = 1_000;

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final DocumentPermissions permissions;
    private final Memberships memberships;
    private final QueryUnderstanding understanding;
    private final SearchLexicon lexicon;
    private final DocumentSearchIndex index;

    /** The kind of record in shared.search's lexicon: words of public, published documents only. */
    public static final String LEXICON = "document";
    /** The lexicon's words: only public published documents, so that a correction never reveals a word. */
    public static final String LEXICON_WORDS =
            "select to_tsvector('simple', search_text) from document where publication = 'published' and access = 'public'";

    /**
     * A document matches a query concept by its own words (title, translations, summary, authors, organisations and
     * cities; V62), by the text of its files (the words of its V64 passages, kept per document in file_words by V65),
     * or by the places, organisations and themes a name stands for. A Chatham House document is found by its
     * organisations only for readers who may see its source. The words are one set of ids read from the two GIN
     * indexes (V65's library_documents_with_words; bench/library-search.sh): tested row by row, every document's
     * large vectors would be read for a common word.
     */
    static TextConcepts concepts(ReaderScope scope) {
        return new TextConcepts(null,
                "d.id in (select w from library_documents_with_words(%1$s) w)",
                "exists (select 1 from document_place x where x.document_id = d.id and x.place_id in (%1$s))",
                "((exists (select 1 from document_organisation x where x.document_id = d.id and x.organisation_id in (%1$s))"
                        + " or exists (select 1 from document_author x where x.document_id = d.id and x.organisation_id in (%1$s)))"
                        + " and " + scope.sourceVisible() + ")",
                "d.themes && %1$s");
    }

    /** A page of documents and how its query was read (corrections, ambiguities) for the page's notes. */
    public record Found(ResultPage<Document> page, UnderstoodQuery understood) {}

    Documents(JdbcClient jdbc, JsonMapper json, DocumentPermissions permissions, Memberships memberships,
            QueryUnderstanding understanding, SearchLexicon lexicon, DocumentSearchIndex index) {
        this.understanding = understanding;
        this.index = index;
        this.lexicon = lexicon;
        this.jdbc = jdbc;
        this.json = json;
        this.permissions = permissions;
        this.memberships = memberships;
    }

    /** The document, empty when there is none or the reader may not see it. */
    public Optional<Document> find(long id, Optional<Editor> reader) {
        Optional<DocumentPermissions.Access> access = permissions.access(id);
        if (access.isEmpty() || !permissions.maySee(access.get(), reader)) {
            return Optional.empty();
        }
        Document d = load(List.of(id)).get(0);
        return Optional.of(permissions.maySeeSource(access.get(), reader) ? d : d.withoutSource());
    }

    /** The whole record whatever the reader, for editing and the history (callers check the editor first). */
    Optional<Document> findForEditing(long id) {
        List<Document> found = load(List.of(id));
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    public Optional<Long> idOf(String externalId) {
        return jdbc.sql("select id from document where external_id = :e").param("e", externalId).query(Long.class).optional();
    }

    /** A page of the documents the reader may see that match the filters; the total counts only those. */
    public ResultPage<Document> list(DocumentQuery query, Optional<Editor> reader) {
        return search(query, reader).page();
    }

    /**
     * Like {@link #list}, the words read in four languages: stems, names of places, organisations and themes in any
     * language, and, when the query as written finds nothing, its unknown words read as the known word one edit away.
     */
    public Found search(DocumentQuery query, Optional<Editor> reader) {
        ReaderScope scope = ReaderScope.of(reader, memberships);
        Map<String, Object> params = new HashMap<>(scope.parameters());
        String filters = where(query, scope, params);
        UnderstoodQuery understood = query.q() == null || query.q().isBlank() ? UnderstoodQuery.none()
                : understanding.understand(query.q());
        String where = filters + " and " + concepts(scope).condition(understood, "tq", params);
        long total = jdbc.sql("select count(*) from document d where " + where).params(params).query(Long.class).single();
        if (total == 0 && !understood.isEmpty()) {
            UnderstoodQuery corrected = understanding.correct(understood, lexicon.of(LEXICON));
            if (corrected.corrected()) {
                understood = corrected;
                where = filters + " and " + concepts(scope).condition(understood, "tq", params);
                total = jdbc.sql("select count(*) from document d where " + where).params(params).query(Long.class).single();
            }
        }
        String order = order(query, understood, total, params);
        params.put("limit", query.size());
        params.put("offset", (long) (query.page() - 1) * query.size());
        List<Long> ids = jdbc.sql("select d.id from document d where " + where + order + " limit :limit offset :offset")
                .params(params).query(Long.class).list();
        return new Found(new ResultPage<>(visibleTo(load(ids), reader), total, query.page() - 1, query.size()), understood);
    }

    /**
     * The list's order, ties broken by id. By relevance, then newest first; by date only when there are more than
     * {@link #RANKED} matches, since ranking reads every match's vector (a common word over thousands of documents goes
     * by date, as the list does). By date: the year, then the day, of publication, newest first, the undated last (then by title). By
     * name: the title as the reader sees it. By change: the most recently changed first.
     */
    private static String order(DocumentQuery query, UnderstoodQuery understood, long total, Map<String, Object> params) {
        return switch (query.sort()) {
            case RELEVANCE -> byRelevance(understood, total, params);
            case NAME -> {
                params.put("lang", query.reader());
                yield " order by " + ListSort.nameKey(ShownText.sql("d", "title", "d.title")) + ", d.id";
            }
            case CHANGED -> " order by coalesce(d.updated_at, d.created_at) desc, d.id desc";
            case DATE -> ORDER;
        };
    }

    private static String byRelevance(UnderstoodQuery understood, long total, Map<String, Object> params) {
        if (understood.isEmpty() || total > RANKED) {
            return ORDER;
        }
        params.put("all", understood.allAlternatives());
        return " order by ts_rank(d.search, crossroads_alternatives_query(:all)) desc," + ORDER.substring(" order by".length());
    }


    /**
     * Documents found by the one search with their facet counts (docs/library.md, "One search: facets").
     *
     * @param filesMatch the documents whose files' text holds the words: the others have no passage to show
     */
    public record Faceted(List<Document> documents, UnderstoodQuery understood, FacetSql.Counted facets,
            Set<Long> filesMatch) {}

    /**
     * The documents the reader may see matching the words and the selected facet values (values of one facet are
     * alternatives, facets combine), the first {@code size} by relevance, and the facets theme, country, city, network,
     * year, language and type counted by the same access: a members-only document the reader may not see counts
     * nowhere, and a Chatham House document counts under its networks only for readers who may see its source. Matched
     * and counted in memory ({@link DocumentIndex}); PostgreSQL ranks the matches when there are few.
     */
    public Faceted searchFaceted(String q, Map<String, Set<String>> selected, int size, Optional<Editor> reader) {
        ReaderScope scope = ReaderScope.of(reader, memberships);
        UnderstoodQuery understood = q == null || q.isBlank() ? UnderstoodQuery.none() : understanding.understand(q);
        DocumentIndex.Matches found = index.query(understood, selected, scope, size, RANKED);
        if (found.total() == 0 && !understood.isEmpty()) {
            UnderstoodQuery corrected = understanding.correct(understood, lexicon.of(LEXICON));
            if (corrected.corrected()) {
                understood = corrected;
                found = index.query(understood, selected, scope, size, RANKED);
            }
        }
        List<Long> ids = found.ids();
        if (found.unordered() && !ids.isEmpty()) {
            Map<String, Object> params = new HashMap<>();
            String order = byRelevance(understood, found.total(), params);
            ids = jdbc.sql("select d.id from document d where d.id in (:ids)" + order + " limit :limit")
                    .params(params).param("ids", ids).param("limit", size).query(Long.class).list();
        }
        return new Faceted(visibleTo(load(ids), reader), understood, new FacetSql.Counted(found.total(), found.counts()),
                found.filesMatch());
    }

    public List<Document> forPlace(long placeId, Optional<Editor> reader) {
        return linkedBy("exists (select 1 from document_place p where p.document_id = d.id and p.place_id = :r)", placeId, reader);
    }

    public List<Document> forEvent(long eventId, Optional<Editor> reader) {
        return linked(Document.EVENT, eventId, reader);
    }

    public List<Document> forInitiative(long initiativeId, Optional<Editor> reader) {
        return linked(Document.INITIATIVE, initiativeId, reader);
    }

    public List<Document> forOutcome(long outcomeId, Optional<Editor> reader) {
        return linked(Document.OUTCOME, outcomeId, reader);
    }

    /**
     * Documents an organisation wrote, published, funded or belongs to as a network: a Chatham House document only
     * when the reader may know its source, since the link itself would reveal it.
     */
    public List<Document> forOrganisation(long organisationId, Optional<Editor> reader) {
        ReaderScope scope = ReaderScope.of(reader, memberships);
        return linkedBy("(exists (select 1 from document_organisation o where o.document_id = d.id and o.organisation_id = :r)"
                + " or exists (select 1 from document_author a where a.document_id = d.id and a.organisation_id = :r))"
                + " and " + scope.sourceVisible(), organisationId, reader);
    }

    private List<Document> linked(String record, long recordId, Optional<Editor> reader) {
        return linkedBy("exists (select 1 from document_link l where l.document_id = d.id and l.record = '" + record
                + "' and l.record_id = :r)", recordId, reader);
    }

    private List<Document> linkedBy(String condition, long id, Optional<Editor> reader) {
        ReaderScope scope = ReaderScope.of(reader, memberships);
        Map<String, Object> params = new HashMap<>(scope.parameters());
        params.put("r", id);
        List<Long> ids = jdbc.sql("select d.id from document d where " + condition + " and " + scope.visible() + ORDER
                + " limit 500").params(params).query(Long.class).list();
        return visibleTo(load(ids), reader);
    }

    /** Chatham House documents lose their source for readers who may not see it. */
    private List<Document> visibleTo(List<Document> documents, Optional<Editor> reader) {
        return documents.stream().map(d -> permissions.maySeeSource(access(d), reader) ? d : d.withoutSource()).toList();
    }

    static DocumentPermissions.Access access(Document d) {
        return new DocumentPermissions.Access(d.id(), d.access(), d.publication(),
                java.util.Set.copyOf(d.organisationIds("network")), d.createdBy());
    }

    private static String where(DocumentQuery q, ReaderScope scope, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>();
        conditions.add(scope.visible());
        if (q.type() != null) {
            conditions.add("d.type = :type");
            params.put("type", q.type());
        }
        if (q.theme() != null) {
            conditions.add(":theme = any(d.themes)");
            params.put("theme", q.theme());
        }
        if (q.country() != null) {
            conditions.add(":country = any(d.country_codes)");
            params.put("country", q.country());
        }
        if (q.placeId() != null) {
            conditions.add("exists (select 1 from document_place p where p.document_id = d.id and p.place_id = :place)");
            params.put("place", q.placeId());
        }
        if (q.networkId() != null) {
            // a Chatham House document's networks are part of its source: filtering by one must not reveal them
            conditions.add(":network = any(" + ReaderScope.NETWORKS_OF_D + ") and " + scope.sourceVisible());
            params.put("network", q.networkId());
        }
        if (q.year() != null) {
            conditions.add("d.year = :year");
            params.put("year", q.year());
        }
        if (q.language() != null) {
            conditions.add("(d.language = :language or :language = any(d.languages))");
            params.put("language", q.language());
        }
        if (q.access() != null) {
            conditions.add("d.access = :access");
            params.put("access", q.access());
        }
        return String.join(" and ", conditions);
    }

    /** The documents in the order of the ids, with their authors, organisations, places and links. */
    private List<Document> load(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Document.Author>> authors = group(ids,
                "select document_id, name, organisation_id from document_author where document_id in (:ids) order by document_id, position",
                (rs) -> new Document.Author(rs.getString(2), (Long) rs.getObject(3)));
        Map<Long, List<Document.Party>> parties = group(ids,
                "select document_id, organisation_id, role from document_organisation where document_id in (:ids) order by document_id, role, organisation_id",
                (rs) -> new Document.Party(rs.getLong(2), rs.getString(3)));
        Map<Long, List<Long>> places = group(ids,
                "select document_id, place_id from document_place where document_id in (:ids) order by document_id, place_id",
                (rs) -> rs.getLong(2));
        Map<Long, List<Document.Link>> links = group(ids,
                "select document_id, record, record_id from document_link where document_id in (:ids) order by document_id, record, record_id",
                (rs) -> new Document.Link(rs.getString(2), rs.getLong(3)));
        Map<Long, Document> byId = new LinkedHashMap<>();
        jdbc.sql("select " + COLUMNS + " from document d where d.id in (:ids)").param("ids", ids)
                .query((rs, n) -> document(rs, authors, parties, places, links))
                .list().forEach(d -> byId.put(d.id(), d));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    private Document document(ResultSet rs, Map<Long, List<Document.Author>> authors, Map<Long, List<Document.Party>> parties,
            Map<Long, List<Long>> places, Map<Long, List<Document.Link>> links) throws SQLException {
        long id = rs.getLong(1);
        return new Document(id, rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                json.readValue(rs.getString(7), TRANSLATIONS), (Integer) rs.getObject(8), rs.getObject(9, LocalDate.class),
                rs.getString(10), strings(rs.getArray(11)), strings(rs.getArray(12)), strings(rs.getArray(13)),
                authors.getOrDefault(id, List.of()), parties.getOrDefault(id, List.of()), places.getOrDefault(id, List.of()),
                links.getOrDefault(id, List.of()), rs.getString(14), rs.getString(15), rs.getString(16), rs.getString(17),
                rs.getString(18), rs.getString(19), rs.getObject(20, OffsetDateTime.class), rs.getString(21),
                rs.getObject(22, OffsetDateTime.class), rs.getInt(23), false);
    }

    private interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private <T> Map<Long, List<T>> group(Collection<Long> ids, String sql, Row<T> row) {
        Map<Long, List<T>> grouped = new HashMap<>();
        jdbc.sql(sql).param("ids", ids).query(rs -> {
            grouped.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(row.read(rs));
        });
        return grouped;
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
    }
}
