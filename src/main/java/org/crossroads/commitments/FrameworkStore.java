package org.crossroads.commitments;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The stored frameworks with their articles and review cycles, and the review cycles themselves. */
@Repository
class FrameworkStore {

    private static final String SELECT = """
            select f.*, f.translations::text as translations_json, f.sources::text as sources_json,
              f.stated_counts::text as stated_json,
              array(select c.cycle_id from framework_cycle c join review_cycle r on r.id = c.cycle_id
                    where c.framework_id = f.id order by r.held_from) as cycle_ids
            from framework f""";

    private final JdbcClient jdbc;
    private final Json json;

    FrameworkStore(JdbcClient jdbc, JsonMapper mapper) {
        this.jdbc = jdbc;
        this.json = new Json(mapper);
    }

    Optional<Framework> find(long id) {
        return jdbc.sql(SELECT + " where f.id = :id").param("id", id).query(this::framework).optional()
                .map(f -> withArticles(List.of(f)).get(0));
    }

    Optional<Long> idOf(String externalId) {
        return jdbc.sql("select id from framework where external_id = :e").param("e", externalId).query(Long.class)
                .optional();
    }

    List<Framework> all() {
        return withArticles(jdbc.sql(SELECT + " order by f.adopted_on desc nulls last, f.id").query(this::framework).list());
    }

    long insert(Framework f, String actor) {
        long id = jdbc.sql("""
                insert into framework (external_id, kind, language, title, summary, translations, adopted_on,
                  adopted_precision, convener_organisation_id, convener_name, document_id, articles_label, stated_counts,
                  sources, created_by)
                values (:externalId, :kind, :language, :title, :summary, cast(:translations as jsonb), :adoptedOn,
                  :adoptedPrecision, :convener, :convenerName, :document, :articlesLabel, cast(:stated as jsonb),
                  cast(:sources as jsonb), :actor)
                returning id""").params(columns(f)).param("externalId", f.externalId()).param("actor", actor)
                .query(Long.class).single();
        replaceParts(id, f);
        return id;
    }

    boolean update(long id, int expectedVersion, Framework f, String actor) {
        int n = jdbc.sql("""
                update framework set kind = :kind, language = :language, title = :title, summary = :summary,
                  translations = cast(:translations as jsonb), adopted_on = :adoptedOn, adopted_precision = :adoptedPrecision,
                  convener_organisation_id = :convener, convener_name = :convenerName, document_id = :document,
                  articles_label = :articlesLabel, stated_counts = cast(:stated as jsonb), sources = cast(:sources as jsonb),
                  updated_by = :actor, updated_at = now(), version = version + 1
                where id = :id and version = :version""").params(columns(f)).param("id", id)
                .param("version", expectedVersion).param("actor", actor).update();
        if (n == 1) {
            replaceParts(id, f);
        }
        return n == 1;
    }

    private void replaceParts(long id, Framework f) {
        jdbc.sql("delete from framework_article where framework_id = :id").param("id", id).update();
        for (Framework.Article a : f.articles()) {
            jdbc.sql("""
                    insert into framework_article (framework_id, number, language, text, translations, source)
                    values (:id, :number, :language, :text, cast(:translations as jsonb), cast(:source as jsonb))""")
                    .param("id", id).param("number", a.number()).param("language", a.language()).param("text", a.text())
                    .param("translations", json.write(a.translations())).param("source", json.write(a.source())).update();
        }
        jdbc.sql("delete from framework_cycle where framework_id = :id").param("id", id).update();
        for (long cycle : f.cycleIds()) {
            jdbc.sql("insert into framework_cycle (framework_id, cycle_id) values (:id, :cycle)").param("id", id)
                    .param("cycle", cycle).update();
        }
    }

    List<ReviewCycle> cycles() {
        return jdbc.sql("select r.*, r.translations::text as translations_json from review_cycle r order by held_from, id")
                .query(this::cycleRow).list();
    }

    Optional<ReviewCycle> cycle(long id) {
        return jdbc.sql("select r.*, r.translations::text as translations_json from review_cycle r where id = :id")
                .param("id", id).query(this::cycleRow).optional();
    }

    /** These review cycles, in the order of their ids as given (those that do not exist are left out). */
    List<ReviewCycle> cycles(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, ReviewCycle> byId = new HashMap<>();
        jdbc.sql("select r.*, r.translations::text as translations_json from review_cycle r where id = any(:ids)")
                .param("ids", ids.toArray(Long[]::new)).query(this::cycleRow).list().forEach(c -> byId.put(c.id(), c));
        return ids.stream().filter(byId::containsKey).map(byId::get).toList();
    }

    Optional<Long> cycleIdOf(String externalId) {
        return jdbc.sql("select id from review_cycle where external_id = :e").param("e", externalId).query(Long.class)
                .optional();
    }

    long insertCycle(ReviewCycle c, String actor) {
        return jdbc.sql("""
                insert into review_cycle (external_id, process, language, name, translations, held_from, held_to, source,
                  created_by)
                values (:externalId, :process, :language, :name, cast(:translations as jsonb), :from, :to, :source, :actor)
                returning id""").param("externalId", c.externalId()).param("process", c.process())
                .param("language", c.language()).param("name", c.name()).param("translations", json.write(c.translations()))
                .param("from", c.heldFrom()).param("to", c.heldTo()).param("source", c.source()).param("actor", actor)
                .query(Long.class).single();
    }

    private Map<String, Object> columns(Framework f) {
        Map<String, Object> c = new HashMap<>();
        c.put("kind", f.kind());
        c.put("language", f.language());
        c.put("title", f.title());
        c.put("summary", f.summary());
        c.put("translations", json.write(f.translations()));
        c.put("adoptedOn", f.adopted() == null ? null : f.adopted().date());
        c.put("adoptedPrecision", f.adopted() == null ? "day" : f.adopted().precision().code());
        c.put("convener", f.convenerOrganisationId());
        c.put("convenerName", f.convenerName());
        c.put("document", f.documentId());
        c.put("articlesLabel", f.articlesLabel());
        c.put("stated", json.write(f.stated()));
        c.put("sources", json.write(f.sources()));
        return c;
    }

    private List<Framework> withArticles(List<Framework> frameworks) {
        if (frameworks.isEmpty()) {
            return frameworks;
        }
        Map<Long, List<Framework.Article>> articles = new HashMap<>();
        jdbc.sql("""
                select a.*, a.translations::text as translations_json, a.source::text as source_json
                from framework_article a where a.framework_id = any(:ids) order by a.framework_id, a.number""")
                .param("ids", frameworks.stream().map(Framework::id).toArray(Long[]::new))
                .query((rs, row) -> {
                    articles.computeIfAbsent(rs.getLong("framework_id"), k -> new ArrayList<>()).add(new Framework.Article(
                            rs.getInt("number"), rs.getString("language"), rs.getString("text"),
                            json.translations(rs.getString("translations_json")), json.source(rs.getString("source_json"))));
                    return null;
                }).list();
        return frameworks.stream().map(f -> new Framework(f.id(), f.externalId(), f.kind(), f.language(), f.title(),
                f.summary(), f.translations(), f.adopted(), f.convenerOrganisationId(), f.convenerName(), f.documentId(),
                f.articlesLabel(), articles.getOrDefault(f.id(), List.of()), f.stated(), f.cycleIds(), f.sources(),
                f.version())).toList();
    }

    private Framework framework(ResultSet rs, int row) throws SQLException {
        return new Framework(rs.getLong("id"), rs.getString("external_id"), rs.getString("kind"), rs.getString("language"),
                rs.getString("title"), rs.getString("summary"), json.translations(rs.getString("translations_json")),
                PartialDate.of(rs.getObject("adopted_on", LocalDate.class), rs.getString("adopted_precision")),
                rs.getObject("convener_organisation_id", Long.class), rs.getString("convener_name"),
                rs.getObject("document_id", Long.class), rs.getString("articles_label"), List.of(),
                json.statedCounts(rs.getString("stated_json")),
                Json.longs(rs.getArray("cycle_ids")), json.sources(rs.getString("sources_json")), rs.getInt("version"));
    }

    private ReviewCycle cycleRow(ResultSet rs, int row) throws SQLException {
        return new ReviewCycle(rs.getLong("id"), rs.getString("external_id"), rs.getString("process"),
                rs.getString("language"), rs.getString("name"), json.translations(rs.getString("translations_json")),
                rs.getObject("held_from", LocalDate.class), rs.getObject("held_to", LocalDate.class), rs.getString("source"));
    }
}
