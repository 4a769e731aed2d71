package org.crossroads.data;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crossroads.shared.vocabulary.LocalText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The stored catalogue: dimensions with their categories, and indicators with their dimensions. */
@org.springframework.modulith.NamedInterface("api")
@Repository
public class DataCatalogue {

    private static final TypeReference<Map<String, String>> TEXT = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JsonMapper json;

    DataCatalogue(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public List<Dimension> dimensions() {
        Map<Long, List<Dimension.Category>> categories = new LinkedHashMap<>();
        jdbc.sql("select dimension_id, code, name::text, position from data_category order by dimension_id, position, code")
                .query((rs, n) -> {
                    categories.computeIfAbsent(rs.getLong(1), d -> new ArrayList<>())
                            .add(new Dimension.Category(rs.getString(2), text(rs.getString(3)), rs.getInt(4)));
                    return null;
                }).list();
        return jdbc.sql("select id, code, name::text from data_dimension order by code")
                .query((rs, n) -> new Dimension(rs.getLong(1), rs.getString(2), text(rs.getString(3)),
                        categories.getOrDefault(rs.getLong(1), List.of()))).list();
    }

    /** Each dimension's name in every language, by code: for pages that list an indicator's breakdowns. */
    public Map<String, LocalText> dimensionNames() {
        Map<String, LocalText> names = new java.util.LinkedHashMap<>();
        dimensions().forEach(d -> names.put(d.code(), d.name()));
        return names;
    }

    public Optional<Dimension> dimension(String code) {
        return dimensions().stream().filter(d -> d.code().equals(code)).findFirst();
    }

    public List<Indicator> indicators() {
        return jdbc.sql(SELECT + " order by i.code").query(this::mapIndicator).list();
    }

    public Optional<Indicator> indicator(String code) {
        return jdbc.sql(SELECT + " where i.code = :c").param("c", code).query(this::mapIndicator).optional();
    }

    public Optional<Indicator> indicator(long id) {
        return jdbc.sql(SELECT + " where i.id = :id").param("id", id).query(this::mapIndicator).optional();
    }

    /** Computed indicators that use any of these indicators as input. */
    public List<Indicator> computedFrom(java.util.Collection<Long> inputIds) {
        if (inputIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " where i.id in (select indicator_id from indicator_input where input_id = any(:ids))")
                .param("ids", inputIds.toArray(Long[]::new)).query(this::mapIndicator).list();
    }

    private static final String SELECT = """
            select i.*, array(select d.code from indicator_dimension x join data_dimension d on d.id = x.dimension_id
                              where x.indicator_id = i.id order by x.position) as dimension_codes
            from indicator i""";

    long insertDimension(String code, Map<String, String> name, String actor) {
        return jdbc.sql("insert into data_dimension (code, name, created_by) values (:c, cast(:n as jsonb), :a) returning id")
                .param("c", code).param("n", json.writeValueAsString(name)).param("a", actor).query(Long.class).single();
    }

    /** Adds a category, or renames it when it exists: existing values refer to it by code and stay valid. */
    void putCategory(long dimensionId, String code, Map<String, String> name, int position) {
        jdbc.sql("""
                insert into data_category (dimension_id, code, name, position) values (:d, :c, cast(:n as jsonb), :p)
                on conflict (dimension_id, code) do update set name = excluded.name, position = excluded.position""")
                .param("d", dimensionId).param("c", code).param("n", json.writeValueAsString(name)).param("p", position).update();
    }

    long insertIndicator(IndicatorDraft d, String actor) {
        return jdbc.sql("""
                insert into indicator (code, name, definition, unit, value_type, aggregation, domains, gcm_objectives,
                    sdg_targets, source_types, proxy, formula, decimals, source, created_by)
                values (:code, cast(:name as jsonb), cast(:definition as jsonb), :unit, :type, :aggregation, :domains,
                    :gcm, :sdg, :sources, :proxy, :formula, :decimals, :source, :actor) returning id""")
                .params(columns(d)).param("actor", actor).query(Long.class).single();
    }

    boolean updateIndicator(long id, int expectedVersion, IndicatorDraft d, String actor) {
        return jdbc.sql("""
                update indicator set name = cast(:name as jsonb), definition = cast(:definition as jsonb), unit = :unit,
                    value_type = :type, aggregation = :aggregation, domains = :domains, gcm_objectives = :gcm,
                    sdg_targets = :sdg, source_types = :sources, proxy = :proxy, formula = :formula, decimals = :decimals,
                    source = :source, updated_by = :actor, updated_at = now(), version = version + 1
                where id = :id and version = :version""")
                .params(columns(d)).param("actor", actor).param("id", id).param("version", expectedVersion).update() == 1;
    }

    void linkDimensions(long indicatorId, List<Long> dimensionIds) {
        jdbc.sql("delete from indicator_dimension where indicator_id = :i").param("i", indicatorId).update();
        for (int p = 0; p < dimensionIds.size(); p++) {
            jdbc.sql("insert into indicator_dimension (indicator_id, dimension_id, position) values (:i, :d, :p)")
                    .param("i", indicatorId).param("d", dimensionIds.get(p)).param("p", p).update();
        }
    }

    void linkInputs(long indicatorId, List<Long> inputIds) {
        jdbc.sql("delete from indicator_input where indicator_id = :i").param("i", indicatorId).update();
        inputIds.forEach(input -> jdbc.sql("insert into indicator_input (indicator_id, input_id) values (:i, :d)")
                .param("i", indicatorId).param("d", input).update());
    }

    private Map<String, Object> columns(IndicatorDraft d) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("code", d.code());
        p.put("name", json.writeValueAsString(d.name()));
        p.put("definition", json.writeValueAsString(d.definition()));
        p.put("unit", d.unit());
        p.put("type", d.valueType());
        p.put("aggregation", d.aggregation());
        p.put("domains", d.domains().toArray(String[]::new));
        p.put("gcm", d.gcmObjectives().toArray(Integer[]::new));
        p.put("sdg", d.sdgTargets().toArray(String[]::new));
        p.put("sources", d.sourceTypes().toArray(String[]::new));
        p.put("proxy", d.proxy());
        p.put("formula", d.formula() == null || d.formula().isBlank() ? null : d.formula().strip());
        p.put("decimals", d.decimals());
        p.put("source", d.source());
        return p;
    }

    private Indicator mapIndicator(ResultSet rs, int row) throws SQLException {
        return new Indicator(rs.getLong("id"), rs.getString("code"), text(rs.getString("name")),
                text(rs.getString("definition")), rs.getString("unit"), rs.getString("value_type"),
                rs.getString("aggregation"), strings(rs.getArray("domains")), ints(rs.getArray("gcm_objectives")),
                strings(rs.getArray("sdg_targets")), strings(rs.getArray("source_types")), rs.getBoolean("proxy"),
                rs.getString("formula"), rs.getInt("decimals"), strings(rs.getArray("dimension_codes")),
                rs.getString("source"), rs.getInt("version"));
    }

    private LocalText text(String value) {
        return new LocalText(json.readValue(value, TEXT));
    }

    private static List<String> strings(Array a) throws SQLException {
        return a == null ? List.of() : List.of((String[]) a.getArray());
    }

    private static List<Integer> ints(Array a) throws SQLException {
        return a == null ? List.of() : Arrays.asList((Integer[]) a.getArray());
    }
}
