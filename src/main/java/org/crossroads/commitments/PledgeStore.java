package org.crossroads.commitments;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.crossroads.shared.vocabulary.ShownText;
import org.crossroads.shared.web.ListSort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * The stored pledges with their parties, and the history of their status with its evidence. Every list names the
 * condition of what its reader may see ({@link CommitmentPermissions}); counts of everything are for statistics that
 * count restricted pledges without naming them.
 */
@Repository
class PledgeStore {

    /** The parties of pledge {@code p}, for {@link CommitmentPermissions#visible}. */
    static final String PARTIES = "exists (select 1 from pledge_party v where v.pledge_id = p.id "
            + "and (v.place_id %s or v.organisation_id %s))";

    private static final String SELECT = """
            select p.*, p.translations::text as translations_json, p.sources::text as sources_json,
              (select coalesce(json_agg(json_build_object('placeId', pp.place_id, 'organisationId', pp.organisation_id)
                 order by pp.position), '[]') from pledge_party pp where pp.pledge_id = p.id)::text as parties_json
            from pledge p""";

    /**
     * The status changes of the pledges of a condition on {@code p} ({@code %s}), each with the day the next one in
     * the history's order starts ({@code until}): as {@code spans}, for statuses as of given days in one statement.
     */
    private static final String SPANS = """
            with spans as (
              select c.pledge_id, c.status, c.changed_on, p.visibility,
                lead(c.changed_on) over (partition by c.pledge_id order by c.changed_on, c.id) as until
              from pledge_status_change c join pledge p on p.id = c.pledge_id
              where %s)
            """;

    private static final tools.jackson.core.type.TypeReference<List<Pledge.Party>> PARTY_LIST =
            new tools.jackson.core.type.TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JsonMapper mapper;
    private final Json json;

    PledgeStore(JdbcClient jdbc, JsonMapper mapper) {
        this.jdbc = jdbc;
        this.mapper = mapper;
        this.json = new Json(mapper);
    }

    Optional<Pledge> find(long id) {
        return jdbc.sql(SELECT + " where p.id = :id").param("id", id).query(this::pledge).optional();
    }

    Optional<Long> idOf(String externalId) {
        return jdbc.sql("select id from pledge where external_id = :e").param("e", externalId).query(Long.class).optional();
    }

    /**
     * One page of the pledges a condition lets through: by the date of their latest status (newest first), by their text
     * as the reader sees it (A–Z), or by their last change (most recent first); the id breaks ties.
     */
    List<Pledge> search(PledgeQuery query, String visible, Map<String, Object> visibleParams, ListSort sort, String language,
            int limit, int offset) {
        Map<String, Object> params = new LinkedHashMap<>(visibleParams);
        String where = query.where(params);
        return jdbc.sql(SELECT + " where " + where + " and " + visible + " order by " + order(sort, language)
                + " limit :limit offset :offset").params(params).param("lang", language).param("limit", limit)
                .param("offset", offset).query(this::pledge).list();
    }

    /** The ids of every pledge a condition lets through, in the order of {@link #search}. */
    List<Long> ids(PledgeQuery query, String visible, Map<String, Object> visibleParams, ListSort sort, String language) {
        Map<String, Object> params = new LinkedHashMap<>(visibleParams);
        String where = query.where(params);
        return jdbc.sql("select p.id from pledge p where " + where + " and " + visible + " order by " + order(sort, language))
                .params(params).param("lang", language).query(Long.class).list();
    }

    /** These pledges, by id (those that do not exist are left out). */
    Map<Long, Pledge> findAll(Collection<Long> ids) {
        Map<Long, Pledge> found = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql(SELECT + " where p.id = any(:ids)").param("ids", ids.toArray(Long[]::new)).query(this::pledge).list()
                    .forEach(p -> found.put(p.id(), p));
        }
        return found;
    }

    private static String order(ListSort sort, String language) {
        return switch (sort) {
            // in English the key is stored with the pledge (V72), as computed here for the other languages
            case NAME -> ("en".equals(language) ? "p.name_key_en collate \"C\""
                    : ListSort.nameKey(ShownText.sql("p", "text", "p.text"))) + ", p.id";
            case CHANGED -> "coalesce(p.updated_at, p.created_at) desc, p.id desc";
            default -> "p.status_on desc, p.id desc";
        };
    }

    long count(PledgeQuery query, String visible, Map<String, Object> visibleParams) {
        Map<String, Object> params = new LinkedHashMap<>(visibleParams);
        String where = query.where(params);
        return jdbc.sql("select count(*) from pledge p where " + where + " and " + visible).params(params)
                .query(Long.class).single();
    }

    /**
     * Pledges by status, public and restricted counted apart, now ({@code asOf} null) or as of a day (the latest change
     * on or before it), of the pledges that match the query. A pledge announced after the day is not counted.
     *
     * @return status → {public count, restricted count}
     */
    Map<PledgeStatus, long[]> statusCounts(PledgeQuery query, LocalDate asOf) {
        if (asOf != null) {
            return statusCountsAt(query, List.of(asOf)).get(asOf);
        }
        Map<String, Object> params = new LinkedHashMap<>();
        String where = query.where(params);
        Map<PledgeStatus, long[]> counts = emptyCounts();
        jdbc.sql("select p.status, p.visibility, count(*) as n from pledge p where " + where + " group by 1, 2")
                .params(params).query((rs, row) -> {
                    counts.get(PledgeStatus.of(rs.getString(1)))["restricted".equals(rs.getString(2)) ? 1 : 0] += rs.getLong(3);
                    return null;
                }).list();
        return counts;
    }

    /**
     * {@link #statusCounts(PledgeQuery, LocalDate)} as of each of several days, in one statement: each change holds
     * from its day until the next change in the history's order (day, then id), so a pledge's status on a day is the
     * change whose span holds it.
     *
     * @return day → status → {public count, restricted count}, for every day asked
     */
    Map<LocalDate, Map<PledgeStatus, long[]>> statusCountsAt(PledgeQuery query, Collection<LocalDate> days) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = query.where(params);
        Map<LocalDate, Map<PledgeStatus, long[]>> counts = new HashMap<>();
        days.forEach(d -> counts.put(d, emptyCounts()));
        if (days.isEmpty()) {
            return counts;
        }
        jdbc.sql(SPANS.formatted(where) + """
                select d.day, h.status, h.visibility, count(*) as n
                from spans h join unnest(cast(:days as date[])) d(day)
                  on h.changed_on <= d.day and (h.until is null or d.day < h.until)
                group by 1, 2, 3""").params(params).param("days", days(days)).query((rs, row) -> {
                    counts.get(rs.getObject(1, LocalDate.class)).get(PledgeStatus.of(rs.getString(2)))[
                            "restricted".equals(rs.getString(3)) ? 1 : 0] += rs.getLong(4);
                    return null;
                }).list();
        return counts;
    }

    private static Map<PledgeStatus, long[]> emptyCounts() {
        Map<PledgeStatus, long[]> counts = new LinkedHashMap<>();
        for (PledgeStatus s : PledgeStatus.values()) {
            counts.put(s, new long[2]);
        }
        return counts;
    }

    private static String[] days(Collection<LocalDate> days) {
        return days.stream().distinct().map(LocalDate::toString).toArray(String[]::new);
    }

    /** Each pledge's status as of a day, for the pledges of a framework: pledge id → status (absent: not yet made). */
    Map<Long, PledgeStatus> statusesAsOf(long frameworkId, LocalDate asOf) {
        return statusesAsOf(frameworkId, List.of(asOf)).byDay().get(asOf);
    }

    /** {@link #statusesAsOf(long, LocalDate)} as of each of several days, in one statement. */
    Statuses statusesAsOf(long frameworkId, Collection<LocalDate> days) {
        Statuses statuses = new Statuses(new HashMap<>(), new HashSet<>());
        days.forEach(d -> statuses.byDay().put(d, new HashMap<>()));
        if (days.isEmpty()) {
            return statuses;
        }
        jdbc.sql(SPANS.formatted("p.framework_id = :f") + """
                select d.day, h.pledge_id, h.status, h.visibility
                from spans h join unnest(cast(:days as date[])) d(day)
                  on h.changed_on <= d.day and (h.until is null or d.day < h.until)""").param("f", frameworkId)
                .param("days", days(days)).query((rs, row) -> {
                    statuses.byDay().get(rs.getObject(1, LocalDate.class)).put(rs.getLong(2), PledgeStatus.of(rs.getString(3)));
                    if ("restricted".equals(rs.getString(4))) {
                        statuses.restricted().add(rs.getLong(2));
                    }
                    return null;
                }).list();
        return statuses;
    }

    /**
     * The statuses of a framework's pledges as of some days.
     *
     * @param byDay day → pledge id → status (absent: not yet made)
     * @param restricted the restricted ones among them
     */
    record Statuses(Map<LocalDate, Map<Long, PledgeStatus>> byDay, Set<Long> restricted) {

        /** Its pledges by status on a day, as {@link #statusCounts(PledgeQuery, LocalDate)} counts a framework's. */
        Map<PledgeStatus, long[]> counts(LocalDate day) {
            Map<PledgeStatus, long[]> counts = emptyCounts();
            byDay.get(day).forEach((id, status) -> counts.get(status)[restricted.contains(id) ? 1 : 0]++);
            return counts;
        }
    }

    /**
     * The latest change of each of these pledges of a framework dated after {@code after} (when given) up to
     * {@code upTo}, with how much evidence it has.
     */
    Map<Long, PeriodChange> latestChangesBetween(long frameworkId, Collection<Long> pledgeIds, LocalDate after,
            LocalDate upTo) {
        Map<Long, PeriodChange> changes = new HashMap<>();
        if (pledgeIds.isEmpty()) {
            return changes;
        }
        jdbc.sql("""
                select l.*, (select count(*) from commitment_evidence e where e.status_change_id = l.id) as evidence
                from (select distinct on (c.pledge_id) c.id, c.pledge_id, c.status, c.changed_on, c.precision, c.language,
                        c.note, c.translations::text as translations_json, c.round_id
                      from pledge_status_change c join pledge p on p.id = c.pledge_id
                      where p.framework_id = :f and c.pledge_id = any(:ids) and c.changed_on <= :upTo
                        and (cast(:after as date) is null or c.changed_on > :after)
                      order by c.pledge_id, c.changed_on desc, c.id desc) l""").param("f", frameworkId)
                .param("ids", pledgeIds.toArray(Long[]::new)).param("upTo", upTo)
                .param("after", after).query((rs, row) -> changes.put(rs.getLong("pledge_id"), new PeriodChange(
                        PledgeStatus.of(rs.getString("status")),
                        PartialDate.of(rs.getObject("changed_on", LocalDate.class), rs.getString("precision")),
                        rs.getString("language"), rs.getString("note"), json.translations(rs.getString("translations_json")),
                        rs.getInt("evidence"), rs.getObject("round_id", Long.class)))).list();
        return changes;
    }

    /** A pledge's latest change in a period: what a report says changed. */
    record PeriodChange(PledgeStatus status, PartialDate on, String language, String note,
            Map<String, Map<String, String>> translations, int evidence, Long roundId) {}

    Map<String, Long> countsByGcmObjective(String visible, Map<String, Object> params) {
        Map<String, Long> counts = new HashMap<>();
        jdbc.sql("select o, count(*) from pledge p cross join unnest(p.gcm_objectives) o where " + visible + " group by o")
                .params(params).query((rs, row) -> counts.put(rs.getString(1), rs.getLong(2))).list();
        return counts;
    }

    long insert(Pledge p, String actor) {
        long id = jdbc.sql("""
                insert into pledge (external_id, framework_id, language, text, translations, articles, gcm_objectives,
                  gcr_objectives, themes, target_on, target_precision, responsible_office, contact_email, status, status_on,
                  visibility, sources, created_by)
                values (:externalId, :framework, :language, :text, cast(:translations as jsonb), :articles, :gcm, :gcr,
                  :themes, :targetOn, :targetPrecision, :office, :email, :status, :statusOn, :visibility,
                  cast(:sources as jsonb), :actor)
                returning id""").params(columns(p)).param("externalId", p.externalId())
                .param("status", p.status().code()).param("statusOn", p.statusOn()).param("actor", actor)
                .query(Long.class).single();
        replaceParties(id, p.parties());
        return id;
    }

    /** Changes what was pledged, not its status (which only {@link #addStatus} changes). */
    boolean update(long id, int expectedVersion, Pledge p, String actor) {
        int n = jdbc.sql("""
                update pledge set framework_id = :framework, language = :language, text = :text,
                  translations = cast(:translations as jsonb), articles = :articles, gcm_objectives = :gcm,
                  gcr_objectives = :gcr, themes = :themes, target_on = :targetOn, target_precision = :targetPrecision,
                  responsible_office = :office, contact_email = :email, visibility = :visibility,
                  sources = cast(:sources as jsonb), updated_by = :actor, updated_at = now(), version = version + 1
                where id = :id and version = :version""").params(columns(p)).param("id", id)
                .param("version", expectedVersion).param("actor", actor).update();
        if (n == 1) {
            replaceParties(id, p.parties());
        }
        return n == 1;
    }

    /**
     * Records a status change with its evidence and sets the pledge's current status to its latest change (a change
     * dated before the latest one completes the history without changing the present), counting as an edit of the
     * pledge: false when someone saved it after {@code expectedVersion} was read.
     */
    boolean addStatus(long pledgeId, int expectedVersion, StatusChange c, String actor) {
        int n = jdbc.sql("update pledge set version = version + 1, updated_by = :actor, updated_at = now() "
                + "where id = :id and version = :version").param("id", pledgeId).param("version", expectedVersion)
                .param("actor", actor).update();
        if (n != 1) {
            return false;
        }
        long changeId = jdbc.sql("""
                insert into pledge_status_change (pledge_id, status, changed_on, precision, language, note, translations,
                  source, recorded_by, round_id)
                values (:pledge, :status, :on, :precision, :language, :note, cast(:translations as jsonb),
                  cast(:source as jsonb), :actor, :round)
                returning id""").param("pledge", pledgeId).param("status", c.status().code()).param("on", c.on().date())
                .param("precision", c.on().precision().code()).param("language", c.language()).param("note", c.note())
                .param("translations", json.write(c.translations())).param("source", json.write(c.source()))
                .param("actor", actor).param("round", c.roundId()).query(Long.class).single();
        for (Evidence e : c.evidence()) {
            jdbc.sql("""
                    insert into commitment_evidence (status_change_id, kind, record_id, indicator_code, place_id, year, url)
                    values (:owner, :kind, :record, :indicator, :place, :year, :url)""").param("owner", changeId)
                    .params(evidence(e)).update();
        }
        jdbc.sql("""
                update pledge p set status = h.status, status_on = h.changed_on
                from (select status, changed_on from pledge_status_change where pledge_id = :id
                      order by changed_on desc, id desc limit 1) h
                where p.id = :id""").param("id", pledgeId).update();
        return true;
    }

    /** The history of a pledge's status, oldest first, with the evidence of each change. */
    List<StatusChange> history(long pledgeId) {
        List<StatusChange> changes = jdbc.sql("""
                select c.*, c.translations::text as translations_json, c.source::text as source_json
                from pledge_status_change c where c.pledge_id = :id order by c.changed_on, c.id""").param("id", pledgeId)
                .query(this::change).list();
        if (changes.isEmpty()) {
            return changes;
        }
        Map<Long, List<Evidence>> evidence = new HashMap<>();
        jdbc.sql("select * from commitment_evidence where status_change_id = any(:ids) order by id")
                .param("ids", changes.stream().map(StatusChange::id).toArray(Long[]::new))
                .query((rs, row) -> evidence.computeIfAbsent(rs.getLong("status_change_id"), k -> new ArrayList<>())
                        .add(evidence(rs))).list();
        return changes.stream().map(c -> new StatusChange(c.id(), c.pledgeId(), c.status(), c.on(), c.language(),
                c.note(), c.translations(), c.source(), evidence.getOrDefault(c.id(), List.of()), c.recordedBy(),
                c.recordedAt(), c.roundId())).toList();
    }

    private void replaceParties(long id, List<Pledge.Party> parties) {
        jdbc.sql("delete from pledge_party where pledge_id = :id").param("id", id).update();
        int position = 0;
        for (Pledge.Party party : parties) {
            jdbc.sql("insert into pledge_party (pledge_id, position, place_id, organisation_id) values (:id, :pos, :p, :o)")
                    .param("id", id).param("pos", position++).param("p", party.placeId())
                    .param("o", party.organisationId()).update();
        }
    }

    private Map<String, Object> columns(Pledge p) {
        Map<String, Object> c = new HashMap<>();
        c.put("framework", p.frameworkId());
        c.put("language", p.language());
        c.put("text", p.text());
        c.put("translations", json.write(p.translations()));
        c.put("articles", p.articles().toArray(Integer[]::new));
        c.put("gcm", p.gcmObjectives().toArray(String[]::new));
        c.put("gcr", p.gcrObjectives().toArray(String[]::new));
        c.put("themes", p.themes().toArray(String[]::new));
        c.put("targetOn", p.target() == null ? null : p.target().date());
        c.put("targetPrecision", p.target() == null ? "day" : p.target().precision().code());
        c.put("office", p.responsibleOffice());
        c.put("email", p.contactEmail());
        c.put("visibility", p.restricted() ? "restricted" : "public");
        c.put("sources", json.write(p.sources()));
        return c;
    }

    static Map<String, Object> evidence(Evidence e) {
        Map<String, Object> c = new HashMap<>();
        c.put("kind", e.kind());
        c.put("record", e.recordId());
        c.put("indicator", e.indicatorCode());
        c.put("place", e.placeId());
        c.put("year", e.year());
        c.put("url", e.url());
        return c;
    }

    static Evidence evidence(ResultSet rs) throws SQLException {
        return new Evidence(rs.getString("kind"), rs.getObject("record_id", Long.class), rs.getString("indicator_code"),
                rs.getObject("place_id", Long.class), rs.getObject("year", Integer.class), rs.getString("url"));
    }

    private StatusChange change(ResultSet rs, int row) throws SQLException {
        return new StatusChange(rs.getLong("id"), rs.getLong("pledge_id"), PledgeStatus.of(rs.getString("status")),
                PartialDate.of(rs.getObject("changed_on", LocalDate.class), rs.getString("precision")),
                rs.getString("language"), rs.getString("note"), json.translations(rs.getString("translations_json")),
                json.source(rs.getString("source_json")), List.of(), rs.getString("recorded_by"),
                rs.getObject("recorded_at", OffsetDateTime.class), rs.getObject("round_id", Long.class));
    }

    private Pledge pledge(ResultSet rs, int row) throws SQLException {
        return new Pledge(rs.getLong("id"), rs.getString("external_id"), rs.getObject("framework_id", Long.class),
                rs.getString("language"), rs.getString("text"), json.translations(rs.getString("translations_json")),
                mapper.readValue(rs.getString("parties_json"), PARTY_LIST), Json.integers(rs.getArray("articles")),
                Json.strings(rs.getArray("gcm_objectives")), Json.strings(rs.getArray("gcr_objectives")),
                Json.strings(rs.getArray("themes")),
                PartialDate.of(rs.getObject("target_on", LocalDate.class), rs.getString("target_precision")),
                rs.getString("responsible_office"), rs.getString("contact_email"), PledgeStatus.of(rs.getString("status")),
                rs.getObject("status_on", LocalDate.class), "restricted".equals(rs.getString("visibility")),
                json.sources(rs.getString("sources_json")), rs.getString("created_by"), rs.getInt("version"));
    }
}
