package org.crossroads.learning.events;

import org.crossroads.learning.Texts;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.crossroads.directory.ResultPage;
import org.crossroads.shared.search.FacetSql;
import org.crossroads.shared.search.QueryUnderstanding;
import org.crossroads.shared.search.SearchLexicon;
import org.crossroads.shared.search.TextConcepts;
import org.crossroads.shared.search.UnderstoodQuery;
import org.crossroads.shared.vocabulary.ShownText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import org.crossroads.shared.web.ListSort;

/** The stored events with their organisers and learning objectives. */
@org.springframework.modulith.NamedInterface("api")
@Repository
public class LearningEvents {

    private static final String SELECT = """
            select e.*,
              array(select organisation_id from learning_event_organiser o where o.event_id = e.id order by organisation_id) as organiser_ids
            from learning_event e
            """;

    /** The kind of record in shared.search's lexicon (search_word.kind): every event's words (all are public). */
    public static final String LEXICON = "event";
    public static final String LEXICON_WORDS = "select to_tsvector('simple', search_text) from learning_event";
    /** An event matches a concept by its words (V34), its host city by any name, or an organiser by name or acronym. */
    private static final TextConcepts CONCEPTS = new TextConcepts("e.search", null, "e.host_place_id in (%1$s)",
            "exists (select 1 from learning_event_organiser x where x.event_id = e.id and x.organisation_id in (%1$s))", null);

    private final JdbcClient jdbc;
    private final QueryUnderstanding understanding;
    private final SearchLexicon lexicon;

    private static final TypeReference<Map<String, Map<String, String>>> TRANSLATIONS = new TypeReference<>() {};
    private final JsonMapper json;

    LearningEvents(JdbcClient jdbc, QueryUnderstanding understanding, SearchLexicon lexicon, JsonMapper json) {
        this.json = json;
        this.jdbc = jdbc;
        this.understanding = understanding;
        this.lexicon = lexicon;
    }

    public Optional<LearningEvent> find(long id) {
        return jdbc.sql(SELECT + " where e.id = :id").param("id", id).query(this::event).optional()
                .map(this::withObjectives);
    }

    public Optional<LearningEvent> findByExternalId(String externalId) {
        return jdbc.sql(SELECT + " where e.external_id = :x").param("x", externalId).query(this::event).optional()
                .map(this::withObjectives);
    }

    public Map<Long, LearningEvent> findAll(Collection<Long> ids) {
        Map<Long, LearningEvent> byId = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql(SELECT + " where e.id = any(:ids) order by e.starts_on")
                    .param("ids", ids.toArray(Long[]::new)).query(this::event).list()
                    .forEach(e -> byId.put(e.id(), e));
        }
        return byId;
    }

    /**
     * Events matching the words of {@code query} read in four languages (their theme, agenda and learning report in
     * any language's forms, vocabulary labels, their host city by any of its names in any script, their organisers by
     * name or acronym; a word of five letters or more that matches nothing is read as the known word one edit away),
     * in the query's order, ties broken by id.
     */
    public ResultPage<LearningEvent> search(EventQuery query) {
        UnderstoodQuery understood = query.text().isEmpty() ? UnderstoodQuery.none() : understanding.understand(query.text());
        Map<String, Object> params = new LinkedHashMap<>();
        String where = filters(query, params) + " and " + CONCEPTS.condition(understood, "tq", params);
        long total = jdbc.sql("select count(*) from learning_event e where " + where).params(params).query(Long.class).single();
        if (total == 0 && !understood.isEmpty()) {
            UnderstoodQuery corrected = understanding.correct(understood, lexicon.of(LEXICON));
            if (corrected.corrected()) {
                understood = corrected;
                where = filters(query, params) + " and " + CONCEPTS.condition(understood, "tq", params);
                total = jdbc.sql("select count(*) from learning_event e where " + where).params(params).query(Long.class).single();
            }
        }
        String order = switch (query.sort()) {
            case RELEVANCE -> {
                if (understood.isEmpty()) {
                    yield "e.starts_on desc, e.id desc";
                }
                params.put("all", understood.allAlternatives());
                yield "ts_rank(e.search, crossroads_alternatives_query(:all)) desc, e.starts_on desc, e.id desc";
            }
            case NAME -> ListSort.nameKey(ShownText.sql("e", "theme", "e.theme")) + ", e.id";
            case CHANGED -> "coalesce(e.updated_at, e.created_at) desc, e.id desc";
            case DATE -> "e.starts_on desc, e.id desc";
        };
        List<LearningEvent> items = jdbc.sql(SELECT + " where " + where + " order by " + order + " limit :limit offset :offset")
                .params(params).param("lang", query.language()).param("limit", query.size()).param("offset", query.offset())
                .query(this::event).list();
        return new ResultPage<>(items, total, query.page(), query.size());
    }

    /** Events found by the platform's one search with their facet counts (docs/library.md, "One search: facets"). */
    public record Faceted(List<LearningEvent> events, UnderstoodQuery understood, FacetSql.Counted facets) {}

    /**
     * The events matching the words (as {@link #search}) and the selected values of the facets year, city (the host),
     * country (the host's) and network (an organiser), the first {@code size} by relevance, with the counts of those
     * facets computed in SQL. Every event is public.
     */
    public Faceted searchFaceted(String q, Map<String, Set<String>> selected, int size) {
        UnderstoodQuery understood = q == null || q.isBlank() ? UnderstoodQuery.none() : understanding.understand(q);
        Map<String, Object> params = new LinkedHashMap<>();
        FacetSql facets = facets(understood, selected, params);
        FacetSql.Counted counted = facets.count(jdbc, params);
        if (counted.total() == 0 && !understood.isEmpty()) {
            UnderstoodQuery corrected = understanding.correct(understood, lexicon.of(LEXICON));
            if (corrected.corrected()) {
                understood = corrected;
                facets = facets(understood, selected, params);
                counted = facets.count(jdbc, params);
            }
        }
        String order = "e.starts_on desc, e.id desc";
        if (!understood.isEmpty()) {
            params.put("all", understood.allAlternatives());
            order = "ts_rank(e.search, crossroads_alternatives_query(:all)) desc, " + order;
        }
        StringBuilder where = new StringBuilder(facets.where());
        facets.dimensions().stream().filter(f -> f.selected() != null).forEach(f -> where.append(" and ").append(f.selected()));
        List<LearningEvent> items = jdbc.sql(SELECT + " where " + where + " order by " + order + " limit :limit")
                .params(params).param("limit", size).query(this::event).list();
        return new Faceted(items, understood, counted);
    }

    private static final String HOST_COUNTRY = "(select p.country_code::text from place p where p.id = e.host_place_id)";

    private static FacetSql facets(UnderstoodQuery understood, Map<String, Set<String>> selected, Map<String, Object> params) {
        return new FacetSql("learning_event e", "e.id, extract(year from e.starts_on)::int as year, e.host_place_id, "
                + HOST_COUNTRY + " as country", CONCEPTS.condition(understood, "tq", params), List.of(
                new FacetSql.Dimension("year", FacetSql.numbers(selected, "year", params,
                        "extract(year from e.starts_on) in (:f_year)"), "cross join lateral (select m.year::text) u(v)"),
                new FacetSql.Dimension("city", FacetSql.ids(selected, "city", params, "e.host_place_id in (:f_city)"),
                        "cross join lateral (select m.host_place_id::text) u(v)"),
                new FacetSql.Dimension("country", FacetSql.texts(selected, "country", params, HOST_COUNTRY + " in (:f_country)"),
                        "cross join lateral (select m.country) u(v)"),
                new FacetSql.Dimension("network", FacetSql.ids(selected, "network", params,
                        "exists (select 1 from learning_event_organiser o where o.event_id = e.id and o.organisation_id in (:f_network))"),
                        "join (select event_id, organisation_id::text as v from learning_event_organiser) o on o.event_id = m.id")));
    }

    private static String filters(EventQuery query, Map<String, Object> params) {
        StringBuilder where = new StringBuilder("true");
        if (query.placeId() != null) {
            where.append(" and (e.host_place_id = :place or exists (select 1 from registration r where r.event_id = e.id and r.place_id = :place))");
            params.put("place", query.placeId());
        }
        if (query.organisationId() != null) {
            where.append(" and exists (select 1 from learning_event_organiser o where o.event_id = e.id and o.organisation_id = :org)");
            params.put("org", query.organisationId());
        }
        if (query.year() != null) {
            where.append(" and extract(year from e.starts_on) = :year");
            params.put("year", query.year());
        }
        return where.toString();
    }

    /** The events a city took part in (hosted or sent delegates to), oldest first. */
    public List<LearningEvent> ofPlace(long placeId) {
        return jdbc.sql(SELECT + """
                 where e.host_place_id = :p or exists (select 1 from registration r where r.event_id = e.id and r.place_id = :p)
                 order by e.starts_on, e.id""").param("p", placeId).query(this::event).list();
    }

    /**
     * The cities that took part in each event (its host and every city that sent a delegate whose absence is
     * not recorded), as the event pages and {@link PeerRatings#peerCities} name them; never how many persons
     * came. For the cooperation graph, which ties cities met at the same event.
     */
    public List<EventCities> participatingCities() {
        return jdbc.sql("""
                select e.id, e.theme, e.starts_on, e.ends_on,
                  array(select distinct place_id from (
                    select e.host_place_id as place_id
                    union select r.place_id from registration r where r.event_id = e.id and r.attended is distinct from false
                  ) p where place_id is not null order by place_id) as places
                from learning_event e order by e.starts_on, e.id""")
                .query((rs, n) -> new EventCities(rs.getLong("id"), rs.getString("theme"),
                        rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
                        java.util.Arrays.asList((Long[]) rs.getArray("places").getArray())))
                .list();
    }

    /** An event with the cities that took part in it. */
    public record EventCities(long eventId, String theme, LocalDate startsOn, LocalDate endsOn, List<Long> placeIds) {}

    public long count() {
        return jdbc.sql("select count(*) from learning_event").query(Long.class).single();
    }

    long insert(ResolvedEvent e, String actor) {
        long id = jdbc.sql("""
                insert into learning_event (external_id, theme, host_place_id, starts_on, ends_on, date_precision, format,
                    languages, methods, agenda, background_documents, learning_report, source, created_by, language,
                    translations)
                values (:x, :theme, :host, :starts, :ends, :precision, :format, :languages, :methods, :agenda, :docs,
                    :report, :source, :actor, :language, cast(:translations as jsonb))
                returning id""")
                .params(columns(e)).param("actor", actor).query(Long.class).single();
        writeChildren(id, e);
        return id;
    }

    /** @return false when the event changed since {@code expectedVersion} was read */
    boolean update(long id, int expectedVersion, ResolvedEvent e, String actor) {
        int changed = jdbc.sql("""
                update learning_event set external_id = :x, theme = :theme, host_place_id = :host, starts_on = :starts,
                    ends_on = :ends, date_precision = :precision, format = :format, languages = :languages,
                    methods = :methods, agenda = :agenda, background_documents = :docs, learning_report = :report,
                    source = :source, language = :language, translations = cast(:translations as jsonb), updated_by = :actor, updated_at = now(), version = version + 1
                where id = :id and version = :version""")
                .params(columns(e)).param("actor", actor).param("id", id).param("version", expectedVersion).update();
        if (changed == 0) {
            return false;
        }
        jdbc.sql("delete from learning_event_organiser where event_id = :id").param("id", id).update();
        jdbc.sql("delete from learning_objective where event_id = :id").param("id", id).update();
        writeChildren(id, e);
        return true;
    }

    private void writeChildren(long id, ResolvedEvent e) {
        for (Long organisation : e.organiserIds()) {
            jdbc.sql("insert into learning_event_organiser (event_id, organisation_id) values (:e, :o)")
                    .param("e", id).param("o", organisation).update();
        }
        int position = 0;
        for (LearningObjective objective : e.draft().objectives()) {
            jdbc.sql("insert into learning_objective (event_id, audience, objective, position) values (:e, :a, :o, :p)")
                    .param("e", id).param("a", objective.audience()).param("o", objective.objective())
                    .param("p", position++).update();
        }
    }

    private Map<String, Object> columns(ResolvedEvent e) {
        EventDraft d = e.draft();
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("x", e.externalId());
        params.put("theme", d.theme().strip());
        params.put("host", e.hostPlaceId());
        params.put("starts", d.startsOn());
        params.put("ends", d.endsOn() == null ? d.startsOn() : d.endsOn());
        params.put("precision", d.datePrecision() == null ? "day" : d.datePrecision());
        params.put("format", d.format());
        params.put("languages", d.languages().toArray(String[]::new));
        params.put("methods", d.methods().toArray(String[]::new));
        params.put("agenda", Texts.blankToNull(d.agenda()));
        params.put("docs", d.backgroundDocuments().toArray(String[]::new));
        params.put("report", Texts.blankToNull(d.learningReport()));
        params.put("source", d.source().strip());
        params.put("language", d.language());
        params.put("translations", json.writeValueAsString(d.translations()));
        return params;
    }

    private LearningEvent withObjectives(LearningEvent e) {
        List<LearningObjective> objectives = jdbc.sql(
                "select audience, objective from learning_objective where event_id = :id order by position")
                .param("id", e.id()).query((rs, n) -> new LearningObjective(rs.getString(1), rs.getString(2))).list();
        return new LearningEvent(e.id(), e.externalId(), e.theme(), e.hostPlaceId(), e.startsOn(), e.endsOn(),
                e.datePrecision(), e.format(), e.languages(), e.methods(), e.organiserIds(), objectives, e.agenda(),
                e.backgroundDocuments(), e.learningReport(), e.source(), e.createdBy(), e.createdAt(), e.updatedBy(),
                e.updatedAt(), e.version(), e.language(), e.translations());
    }

    private LearningEvent event(ResultSet rs, int row) throws SQLException {
        long host = rs.getLong("host_place_id");
        return new LearningEvent(rs.getLong("id"), rs.getString("external_id"), rs.getString("theme"),
                rs.wasNull() ? null : host, rs.getObject("starts_on", LocalDate.class),
                rs.getObject("ends_on", LocalDate.class), rs.getString("date_precision"), rs.getString("format"),
                strings(rs.getArray("languages")), strings(rs.getArray("methods")), longs(rs.getArray("organiser_ids")),
                List.of(), rs.getString("agenda"), strings(rs.getArray("background_documents")),
                rs.getString("learning_report"), rs.getString("source"), rs.getString("created_by"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getString("updated_by"),
                rs.getObject("updated_at", OffsetDateTime.class), rs.getInt("version"), rs.getString("language"),
                json.readValue(rs.getString("translations"), TRANSLATIONS));
    }

    public static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    public static List<Long> longs(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        return new ArrayList<>(Arrays.asList((Long[]) array.getArray()));
    }
}
