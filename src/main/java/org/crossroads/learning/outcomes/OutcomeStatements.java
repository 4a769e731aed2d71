package org.crossroads.learning.outcomes;

import org.crossroads.learning.Texts;
import org.crossroads.learning.capabilities.CapabilityFrameworks;
import org.crossroads.learning.events.LearningEvents;
import org.crossroads.learning.capabilities.CapabilityLevelCount;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import org.crossroads.shared.web.ListSort;

/**
 * The stored outcome statements with their events, peer cities and capability tags. Reads hand out
 * statements as stored, who said them included: only {@link OutcomeHarvest}, which applies the Chatham
 * House rule and who may see what, reads through here.
 */
@Repository
public class OutcomeStatements {

    static final String FOLLOW_UP_ACTOR = "follow-up survey";

    private static final String SELECT = """
            select o.*, o.created_by = 'follow-up survey' as from_follow_up,
              array(select event_id from outcome_event e where e.outcome_id = o.id order by event_id) as event_ids,
              array(select place_id from outcome_peer p where p.outcome_id = o.id order by place_id) as peer_ids,
              array(select oc.capability_id || '|' || c.code || '|' || oc.level
                    from outcome_capability oc join capability c on c.id = oc.capability_id
                    where oc.outcome_id = o.id
                    order by c.position, array_position(array['individual', 'institutional', 'collective'], oc.level)) as tags
            from outcome_statement o
            """;

    /** The kind of record in shared.search's lexicon: words of validated statements only (what everyone may read). */
    public static final String LEXICON = "outcome";
    public static final String LEXICON_WORDS = "select to_tsvector('simple', search_text) from outcome_statement where status = 'validated'";
    /**
     * A statement matches a concept by its words (V34, never its source), by its city under any name, or by the
     * network that validates it.
     */
    private static final TextConcepts CONCEPTS = new TextConcepts("o.search", null, "o.place_id in (%1$s)",
            "o.network_id in (%1$s)", null);

    private final JdbcClient jdbc;
    private final QueryUnderstanding understanding;
    private final SearchLexicon lexicon;

    private static final TypeReference<Map<String, Map<String, String>>> TRANSLATIONS = new TypeReference<>() {};
    private final JsonMapper json;

    private Map<String, Map<String, String>> translations(String text) {
        return json.readValue(text, TRANSLATIONS);
    }

    OutcomeStatements(JdbcClient jdbc, QueryUnderstanding understanding, SearchLexicon lexicon, JsonMapper json) {
        this.json = json;
        this.jdbc = jdbc;
        this.understanding = understanding;
        this.lexicon = lexicon;
    }

    /** Who may see which statements: everything, or validated ones plus what a signed-in editor may act on. */
    record Visibility(boolean everything, String username, Long coordinatedNetworkId) {

        static final Visibility PUBLIC = new Visibility(false, null, null);
        static final Visibility ALL = new Visibility(true, null, null);
    }

    public long count() {
        return jdbc.sql("select count(*) from outcome_statement").query(Long.class).single();
    }

    Optional<OutcomeStatement> find(long id) {
        return jdbc.sql(SELECT + " where o.id = :id").param("id", id).query(this::statement).optional();
    }

    Optional<Long> findBySurveyResponse(long surveyResponseId) {
        return jdbc.sql("select id from outcome_statement where survey_response_id = :r").param("r", surveyResponseId)
                .query(Long.class).optional();
    }

    /** The words read in four languages; when as written they find nothing, unknown words are read as the known word one edit away. */
    ResultPage<OutcomeStatement> search(OutcomeQuery query, Visibility visibility) {
        Map<String, Object> params = new LinkedHashMap<>();
        UnderstoodQuery understood = understood(query.text());
        String where = where(query, visibility, params, understood);
        long total = jdbc.sql("select count(*) from outcome_statement o" + where).params(params).query(Long.class).single();
        if (total == 0 && !understood.isEmpty()) {
            UnderstoodQuery corrected = understanding.correct(understood, lexicon.of(LEXICON));
            if (corrected.corrected()) {
                understood = corrected;
                where = where(query, visibility, params, understood);
                total = jdbc.sql("select count(*) from outcome_statement o" + where).params(params).query(Long.class).single();
            }
        }
        List<OutcomeStatement> items = jdbc.sql(SELECT + where + " order by " + order(query, understood, params)
                        + " limit :limit offset :offset")
                .params(params).param("limit", query.size()).param("offset", query.offset())
                .query(this::statement).list();
        return new ResultPage<>(items, total, query.page(), query.size());
    }

    /**
     * The list's order, ties broken by id: relevance to the words, the date the change was observed (newest first, the
     * undated last), the change agent (what the list names each statement by; not translated) or the last change.
     */
    private static String order(OutcomeQuery query, UnderstoodQuery understood, Map<String, Object> params) {
        return switch (query.order()) {
            case RELEVANCE -> {
                if (understood.isEmpty()) {
                    yield "o.observed_on desc nulls last, o.id desc";
                }
                params.put("all", understood.allAlternatives());
                yield "ts_rank(o.search, crossroads_alternatives_query(:all)) desc, o.observed_on desc nulls last, o.id desc";
            }
            case NAME -> ListSort.nameKey("o.change_agent") + ", o.id";
            case CHANGED -> "coalesce(o.updated_at, o.created_at) desc, o.id desc";
            case DATE -> "o.observed_on desc nulls last, o.id desc";
        };
    }

    record Faceted(List<OutcomeStatement> statements, UnderstoodQuery understood, FacetSql.Counted facets) {}

    /**
     * The statements the reader may see matching the words and the selected values of the facets city (where the
     * change happened), country (that city's), network (the one validating it) and year (observed), the first
     * {@code size} by relevance, with the counts of those facets computed in SQL by the same visibility.
     */
    Faceted searchFaceted(String q, Map<String, Set<String>> selected, int size, Visibility visibility) {
        Map<String, Object> params = new LinkedHashMap<>();
        UnderstoodQuery understood = understood(q);
        FacetSql facets = facets(understood, selected, visibility, params);
        FacetSql.Counted counted = facets.count(jdbc, params);
        if (counted.total() == 0 && !understood.isEmpty()) {
            UnderstoodQuery corrected = understanding.correct(understood, lexicon.of(LEXICON));
            if (corrected.corrected()) {
                understood = corrected;
                facets = facets(understood, selected, visibility, params);
                counted = facets.count(jdbc, params);
            }
        }
        String order = "o.observed_on desc nulls last, o.id desc";
        if (!understood.isEmpty()) {
            params.put("all", understood.allAlternatives());
            order = "ts_rank(o.search, crossroads_alternatives_query(:all)) desc, " + order;
        }
        StringBuilder where = new StringBuilder(facets.where());
        facets.dimensions().stream().filter(f -> f.selected() != null).forEach(f -> where.append(" and ").append(f.selected()));
        List<OutcomeStatement> items = jdbc.sql(SELECT + " where " + where + " order by " + order + " limit :limit")
                .params(params).param("limit", size).query(this::statement).list();
        return new Faceted(items, understood, counted);
    }

    private static final String COUNTRY_OF_O = "(select p.country_code::text from place p where p.id = o.place_id)";

    private static FacetSql facets(UnderstoodQuery understood, Map<String, Set<String>> selected, Visibility visibility,
            Map<String, Object> params) {
        String where = visible(visibility, params) + " and " + CONCEPTS.condition(understood, "tq", params);
        return new FacetSql("outcome_statement o", "o.id, o.place_id, " + COUNTRY_OF_O + " as country, o.network_id, "
                + "extract(year from o.observed_on)::int as year", where, List.of(
                new FacetSql.Dimension("city", FacetSql.ids(selected, "city", params, "o.place_id in (:f_city)"),
                        "cross join lateral (select m.place_id::text) u(v)"),
                new FacetSql.Dimension("country", FacetSql.texts(selected, "country", params, COUNTRY_OF_O + " in (:f_country)"),
                        "cross join lateral (select m.country) u(v)"),
                new FacetSql.Dimension("network", FacetSql.ids(selected, "network", params, "o.network_id in (:f_network)"),
                        "cross join lateral (select m.network_id::text) u(v)"),
                new FacetSql.Dimension("year", FacetSql.numbers(selected, "year", params,
                        "extract(year from o.observed_on) in (:f_year)"), "cross join lateral (select m.year::text) u(v)")));
    }

    /** Every match, unpaged: for a city's or an event's outcomes and for exports. */
    List<OutcomeStatement> all(OutcomeQuery query, Visibility visibility, int limit) {
        Map<String, Object> params = new LinkedHashMap<>();
        return jdbc.sql(SELECT + where(query, visibility, params) + " order by o.observed_on desc nulls last, o.id desc limit :limit")
                .params(params).param("limit", limit).query(this::statement).list();
    }

    /** Validated statements about changes in other cities that this city inspired or took part in as a peer. */
    List<OutcomeStatement> inspiredBy(long placeId) {
        return jdbc.sql(SELECT + """
                 where o.status = 'validated' and (o.inspired_by_place_id = :p
                   or exists (select 1 from outcome_peer op where op.outcome_id = o.id and op.place_id = :p))
                 order by o.observed_on desc nulls last, o.id desc""").param("p", placeId).query(this::statement).list();
    }

    List<CapabilityLevelCount> countsByCapabilityAndLevel(OutcomeQuery filter) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(filter, Visibility.ALL, params);
        return jdbc.sql("""
                select c.id, c.code, oc.level, count(distinct o.id)
                from outcome_statement o
                  join outcome_capability oc on oc.outcome_id = o.id
                  join capability c on c.id = oc.capability_id""" + where + " " + """
                 group by c.id, c.code, c.position, oc.level
                 order by c.position, array_position(array['individual', 'institutional', 'collective'], oc.level)""")
                .params(params)
                .query((rs, n) -> new CapabilityLevelCount(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4)))
                .list();
    }

    Map<String, Long> countsBy(String column, OutcomeQuery filter) {
        if (!List.of("status", "change_type").contains(column)) {
            throw new IllegalArgumentException(column);
        }
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(filter, Visibility.ALL, params);
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.sql("select o." + column + ", count(*) from outcome_statement o" + where + " group by o." + column)
                .params(params).query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list()
                .forEach(e -> counts.put(e.getKey(), e.getValue()));
        return counts;
    }

    /** Cities (where the change happened) and events of the statements a reader may see, for filter lists. */
    List<Long> placesWithOutcomes(Visibility visibility) {
        Map<String, Object> params = new LinkedHashMap<>();
        return jdbc.sql("select distinct o.place_id from outcome_statement o" + where(OutcomeQuery.all(), visibility, params)
                + " and o.place_id is not null").params(params).query(Long.class).list();
    }

    List<Long> eventsWithOutcomes(Visibility visibility) {
        Map<String, Object> params = new LinkedHashMap<>();
        return jdbc.sql("select distinct oe.event_id from outcome_statement o join outcome_event oe on oe.outcome_id = o.id"
                + where(OutcomeQuery.all(), visibility, params)).params(params).query(Long.class).list();
    }

    /** A capability by code in the Five Core Capabilities framework, or by {@code framework-code/capability-code}. */
    Optional<Long> capabilityId(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return jdbc.sql("""
                select c.id from capability c join capability_framework f on f.id = c.framework_id
                where f.code || '/' || c.code = :c or (f.code = :five and c.code = :c)
                order by (f.code = :five) desc limit 1""")
                .param("c", code.strip()).param("five", CapabilityFrameworks.FIVE_CORE_CAPABILITIES)
                .query(Long.class).optional();
    }

    /** @return the new id, or empty when a statement was already drafted from this survey response */
    Optional<Long> insert(ResolvedOutcome r, Long surveyResponseId, String actor) {
        Optional<Long> id = jdbc.sql("""
                insert into outcome_statement (change_agent, change_type, description, observed_on, place_id, significance,
                    contribution, source, evidence, chatham_house, inspired_by_place_id, inspired_by_initiative_id,
                    inspired_by_practice, network_id, survey_response_id, created_by, language, translations)
                values (:agent, :type, :description, :observed, :place, :significance, :contribution, :source, :evidence,
                    :chatham, :inspiredPlace, :inspiredInitiative, :inspiredPractice, :network, :response, :actor,
                    :language, cast(:translations as jsonb))
                on conflict (survey_response_id) do nothing
                returning id""")
                .params(columns(r)).param("response", surveyResponseId).param("actor", actor).query(Long.class).optional();
        id.ifPresent(created -> writeChildren(created, r));
        return id;
    }

    /**
     * @param reopen true when the change must be substantiated again: back to draft, substantiation cleared
     * @return false when the statement changed since {@code expectedVersion} or may no longer be edited
     */
    boolean update(long id, int expectedVersion, ResolvedOutcome r, boolean reopen, String actor) {
        return update(id, expectedVersion, r, reopen, actor, List.of(OutcomeStatement.DRAFT, OutcomeStatement.SUBSTANTIATED));
    }

    /** A coordinator's correction of a validated statement: it stays validated. */
    boolean correct(long id, int expectedVersion, ResolvedOutcome r, String actor) {
        return update(id, expectedVersion, r, false, actor, List.of(OutcomeStatement.VALIDATED));
    }

    private boolean update(long id, int expectedVersion, ResolvedOutcome r, boolean reopen, String actor,
            List<String> fromStatuses) {
        int changed = jdbc.sql("""
                update outcome_statement set change_agent = :agent, change_type = :type, description = :description,
                    observed_on = :observed, place_id = :place, significance = :significance, contribution = :contribution,
                    source = :source, evidence = :evidence, chatham_house = :chatham, inspired_by_place_id = :inspiredPlace,
                    inspired_by_initiative_id = :inspiredInitiative, inspired_by_practice = :inspiredPractice,
                    network_id = :network, language = :language, translations = cast(:translations as jsonb),
                    status = case when :reopen then 'draft' else status end,
                    substantiated_by = case when :reopen then null else substantiated_by end,
                    substantiation = case when :reopen then null else substantiation end,
                    substantiated_at = case when :reopen then null else substantiated_at end,
                    updated_by = :actor, updated_at = now(), version = version + 1
                where id = :id and version = :version and status = any(:statuses)""")
                .params(columns(r)).param("reopen", reopen).param("actor", actor).param("id", id)
                .param("version", expectedVersion).param("statuses", fromStatuses.toArray(String[]::new)).update();
        if (changed == 0) {
            return false;
        }
        for (String table : List.of("outcome_event", "outcome_peer", "outcome_capability")) {
            jdbc.sql("delete from " + table + " where outcome_id = :id").param("id", id).update();
        }
        writeChildren(id, r);
        return true;
    }

    /** @return false when the statement was no longer a draft */
    boolean substantiate(long id, String substantiation, String actor) {
        return jdbc.sql("""
                update outcome_statement set status = 'substantiated', substantiated_by = :actor, substantiation = :text,
                    substantiated_at = now(), version = version + 1
                where id = :id and status = 'draft'""")
                .param("actor", actor).param("text", substantiation).param("id", id).update() > 0;
    }

    /** @return false when the statement was not substantiated */
    boolean validate(long id, String actor) {
        return jdbc.sql("""
                update outcome_statement set status = 'validated', validated_by = :actor, validated_at = now(),
                    version = version + 1
                where id = :id and status = 'substantiated'""").param("actor", actor).param("id", id).update() > 0;
    }

    /** @return false when the statement was neither a draft nor substantiated */
    boolean reject(long id, String reason, String actor) {
        return jdbc.sql("""
                update outcome_statement set status = 'rejected', rejected_by = :actor, rejected_at = now(),
                    rejection_reason = :reason, version = version + 1
                where id = :id and status in ('draft', 'substantiated')""")
                .param("actor", actor).param("reason", reason).param("id", id).update() > 0;
    }

    /** @return false when the statement was not validated (withdrawn meanwhile, or never validated) */
    boolean withdraw(long id, String actor) {
        return jdbc.sql("""
                update outcome_statement set status = 'withdrawn', updated_by = :actor, updated_at = now(),
                    version = version + 1
                where id = :id and status = 'validated'""").param("actor", actor).param("id", id).update() > 0;
    }

    /** The status a withdrawn statement had before its latest withdrawal, as its revision kept it. */
    Optional<String> statusBeforeWithdrawal(long id) {
        return jdbc.sql("""
                select previous ->> 'status' from outcome_revision
                where outcome_id = :o and change = 'withdrawn' order by id desc limit 1""").param("o", id)
                .query(String.class).optional();
    }

    /** @return false when the statement was not withdrawn (restored meanwhile) */
    boolean restore(long id, String status, String actor) {
        return jdbc.sql("""
                update outcome_statement set status = :status, updated_by = :actor, updated_at = now(),
                    version = version + 1
                where id = :id and status = 'withdrawn'""").param("status", status).param("actor", actor).param("id", id)
                .update() > 0;
    }

    /** Keeps the statement as it was before a correction, withdrawal or restoration. */
    void addRevision(OutcomeStatement previous, String previousJson, String change, String reason, String actor) {
        jdbc.sql("""
                insert into outcome_revision (outcome_id, version, change, reason, previous, changed_by)
                values (:o, :v, :change, :reason, cast(:previous as jsonb), :actor)""")
                .param("o", previous.id()).param("v", previous.version()).param("change", change).param("reason", reason)
                .param("previous", previousJson).param("actor", actor).update();
    }

    /** The corrections, withdrawals and restorations of a statement, newest first. */
    List<OutcomeRevision> revisions(long id) {
        return jdbc.sql("""
                select id, version, change, reason, changed_by, changed_at, previous ->> 'changeAgent',
                       previous ->> 'changeType', previous ->> 'description'
                from outcome_revision where outcome_id = :o order by id desc""").param("o", id)
                .query((rs, n) -> new OutcomeRevision(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getObject(6, OffsetDateTime.class), rs.getString(7), rs.getString(8),
                        rs.getString(9)))
                .list();
    }

    /**
     * Statements of the same city whose description is like this one (pg_trgm similarity at least
     * {@code threshold}), most similar first, among those the reader may see; rejected and withdrawn
     * ones are left out, they are no duplicates to worry about.
     */
    List<OutcomeStatement> similar(long placeId, String description, double threshold, Visibility visibility,
            Long exceptId, int limit) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(OutcomeQuery.all().withPlace(placeId), visibility, params);
        return jdbc.sql(SELECT + where + " " + """
                 and o.status not in ('rejected', 'withdrawn') and o.id <> :except
                 and similarity(o.description, :text) >= :threshold
                 order by similarity(o.description, :text) desc, o.id desc limit :limit""")
                .params(params).param("text", description).param("threshold", threshold)
                .param("except", exceptId == null ? -1L : exceptId).param("limit", limit)
                .query(this::statement).list();
    }

    private void writeChildren(long id, ResolvedOutcome r) {
        for (Long event : r.eventIds()) {
            jdbc.sql("insert into outcome_event (outcome_id, event_id) values (:o, :e)").param("o", id).param("e", event).update();
        }
        for (Long peer : r.peerPlaceIds()) {
            jdbc.sql("insert into outcome_peer (outcome_id, place_id) values (:o, :p)").param("o", id).param("p", peer).update();
        }
        for (ResolvedOutcome.Tag tag : r.capabilities()) {
            jdbc.sql("insert into outcome_capability (outcome_id, capability_id, level) values (:o, :c, :l)")
                    .param("o", id).param("c", tag.capabilityId()).param("l", tag.level()).update();
        }
    }

    private String where(OutcomeQuery q, Visibility visibility, Map<String, Object> params) {
        return where(q, visibility, params, understood(q.text()));
    }

    private UnderstoodQuery understood(String text) {
        return text == null || text.isBlank() ? UnderstoodQuery.none() : understanding.understand(text);
    }

    private static String where(OutcomeQuery q, Visibility visibility, Map<String, Object> params, UnderstoodQuery understood) {
        return " where " + visible(visibility, params) + filters(q, params) + " and " + CONCEPTS.condition(understood, "tq", params);
    }

    /** Who may see which statements, as a condition on {@code o}. */
    private static String visible(Visibility visibility, Map<String, Object> params) {
        StringBuilder where = new StringBuilder("true");
        if (!visibility.everything()) {
            if (visibility.username() == null) {
                where.append(" and o.status = 'validated'");
            } else {
                where.append(" and (o.status in ('validated', 'draft', 'substantiated') or o.created_by = :me");
                params.put("me", visibility.username());
                if (visibility.coordinatedNetworkId() != null) {
                    where.append(" or o.network_id = :coordinated");
                    params.put("coordinated", visibility.coordinatedNetworkId());
                }
                where.append(")");
            }
        }
        return where.toString();
    }

    private static String filters(OutcomeQuery q, Map<String, Object> params) {
        StringBuilder where = new StringBuilder();
        if (q.status() != null) {
            where.append(" and o.status = :status");
            params.put("status", q.status());
        }
        if (q.placeId() != null) {
            where.append(" and o.place_id = :place");
            params.put("place", q.placeId());
        }
        if (q.eventId() != null) {
            where.append(" and exists (select 1 from outcome_event oe where oe.outcome_id = o.id and oe.event_id = :event)");
            params.put("event", q.eventId());
        }
        if (q.networkId() != null) {
            where.append(" and o.network_id = :network");
            params.put("network", q.networkId());
        }
        if (q.changeType() != null) {
            where.append(" and o.change_type = :changeType");
            params.put("changeType", q.changeType());
        }
        if (q.capability() != null || q.level() != null) {
            where.append(" and exists (select 1 from outcome_capability t join capability tc on tc.id = t.capability_id")
                 .append(" join capability_framework tf on tf.id = tc.framework_id where t.outcome_id = o.id");
            if (q.capability() != null) {
                where.append(" and (tf.code || '/' || tc.code = :capability or (tf.code = :five and tc.code = :capability))");
                params.put("capability", q.capability());
                params.put("five", CapabilityFrameworks.FIVE_CORE_CAPABILITIES);
            }
            if (q.level() != null) {
                where.append(" and t.level = :level");
                params.put("level", q.level());
            }
            where.append(")");
        }
        return where.toString();
    }

    private Map<String, Object> columns(ResolvedOutcome r) {
        OutcomeDraft d = r.draft();
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("agent", d.changeAgent().strip());
        params.put("type", d.changeType());
        params.put("description", d.description().strip());
        params.put("observed", d.observedOn());
        params.put("place", r.placeId());
        params.put("significance", Texts.blankToNull(d.significance()));
        params.put("contribution", Texts.blankToNull(d.contribution()));
        params.put("source", Texts.blankToNull(d.source()));
        params.put("evidence", Texts.blankToNull(d.evidence()));
        params.put("chatham", d.chathamHouse());
        params.put("inspiredPlace", r.inspiredByPlaceId());
        params.put("inspiredInitiative", r.inspiredByInitiativeId());
        params.put("inspiredPractice", Texts.blankToNull(d.inspiredByPractice()));
        params.put("network", r.networkId());
        params.put("language", d.language());
        params.put("translations", json.writeValueAsString(d.translations()));
        return params;
    }

    private OutcomeStatement statement(ResultSet rs, int row) throws SQLException {
        List<OutcomeStatement.CapabilityTag> tags = new ArrayList<>();
        for (String tag : LearningEvents.strings(rs.getArray("tags"))) {
            String[] parts = tag.split("\\|", 3);
            tags.add(new OutcomeStatement.CapabilityTag(Long.parseLong(parts[0]), parts[1], parts[2]));
        }
        return new OutcomeStatement(rs.getLong("id"), rs.getString("status"), rs.getString("change_agent"),
                rs.getString("change_type"), rs.getString("description"), rs.getObject("observed_on", LocalDate.class),
                nullableLong(rs, "place_id"), rs.getString("significance"), rs.getString("contribution"),
                rs.getString("evidence"), rs.getBoolean("chatham_house"),
                new OutcomeStatement.Attribution(rs.getString("source"), rs.getString("created_by"),
                        rs.getString("substantiated_by"), false),
                nullableLong(rs, "inspired_by_place_id"), nullableLong(rs, "inspired_by_initiative_id"),
                rs.getString("inspired_by_practice"), nullableLong(rs, "network_id"), rs.getBoolean("from_follow_up"),
                LearningEvents.longs(rs.getArray("event_ids")), LearningEvents.longs(rs.getArray("peer_ids")), tags,
                rs.getString("substantiation"), rs.getObject("substantiated_at", OffsetDateTime.class),
                rs.getString("validated_by"), rs.getObject("validated_at", OffsetDateTime.class),
                rs.getString("rejected_by"), rs.getObject("rejected_at", OffsetDateTime.class),
                rs.getString("rejection_reason"), rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("updated_at", OffsetDateTime.class), rs.getInt("version"), rs.getString("language"),
                translations(rs.getString("translations")));
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
