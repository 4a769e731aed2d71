package org.crossroads.indexes;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Reads the scores of submitted responses: the benchmark of one version (never mixing versions), a city's
 * history in an index version by version, and who answered. Drafts count nowhere. Scores are public: they
 * are the cities' own statements.
 */
@Service
public class IndexScores {

    private final JdbcClient jdbc;
    private final SelfAssessmentIndexes indexes;

    IndexScores(JdbcClient jdbc, SelfAssessmentIndexes indexes) {
        this.jdbc = jdbc;
        this.indexes = indexes;
    }

    /** A city's answers to an index: the periods it submitted, per version number. */
    public record Respondent(long placeId, Map<Integer, List<String>> periodsByVersion) {}

    /**
     * The cities that submitted this version and how they compare.
     *
     * @param period a period ("2024", "2024-H1") to compare only responses for it, or null to take each
     *     city's latest submitted period
     */
    public IndexBenchmark benchmark(long versionId, String period) {
        IndexVersion version = indexes.version(versionId)
                .orElseThrow(() -> new IllegalArgumentException("No index version " + versionId));
        String chosen = period == null || period.isBlank() ? null : period.strip();
        List<IndexResult> all = results(List.of(version), null, chosen);
        Map<Long, IndexResult> latest = new LinkedHashMap<>();
        for (IndexResult r : all) {
            latest.merge(r.placeId(), r, (a, b) -> IndexPeriods.ORDER.compare(a.period(), b.period()) >= 0 ? a : b);
        }
        return IndexBenchmark.of(versionId, chosen, version.dimensions().stream().map(IndexDimension::code).toList(),
                new ArrayList<>(latest.values()));
    }

    /** The city's submitted results in the index, version by version (first version first), oldest period first. */
    public IndexHistory history(long placeId, long indexId) {
        List<IndexHistory.VersionHistory> versions = new ArrayList<>();
        for (IndexVersion version : indexes.versions(indexId)) {
            List<IndexResult> results = results(List.of(version), placeId, null);
            if (!results.isEmpty()) {
                versions.add(new IndexHistory.VersionHistory(version, results));
            }
        }
        return new IndexHistory(placeId, indexId, versions);
    }

    /** The cities that submitted any version of the index, with their periods per version number. */
    public List<Respondent> respondents(long indexId) {
        record Row(long placeId, int number, String period) {}
        List<Row> rows = jdbc.sql("""
                select r.place_id, v.number, r.period from index_response r join index_version v on v.id = r.version_id
                where v.index_id = :i and r.status = 'submitted'""").param("i", indexId)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getInt(2), rs.getString(3))).list();
        Map<Long, Map<Integer, List<String>>> byPlace = new LinkedHashMap<>();
        rows.stream().sorted(Comparator.comparingLong(Row::placeId).thenComparingInt(Row::number)
                .thenComparing(Row::period, IndexPeriods.ORDER))
                .forEach(r -> byPlace.computeIfAbsent(r.placeId(), p -> new LinkedHashMap<>())
                        .computeIfAbsent(r.number(), v -> new ArrayList<>()).add(r.period()));
        return byPlace.entrySet().stream().map(e -> new Respondent(e.getKey(), e.getValue())).toList();
    }

    /** How many cities submitted each version of the index, by version id. */
    public Map<Long, Integer> respondentCounts(long indexId) {
        Map<Long, Integer> counts = new HashMap<>();
        jdbc.sql("""
                select r.version_id, count(distinct r.place_id) from index_response r join index_version v on v.id = r.version_id
                where v.index_id = :i and r.status = 'submitted' group by r.version_id""").param("i", indexId)
                .query((rs, n) -> counts.put(rs.getLong(1), rs.getInt(2))).list();
        return counts;
    }

    /** The periods with at least one submitted response to this version, oldest first. */
    public List<String> periods(long versionId) {
        return jdbc.sql("select distinct period from index_response where version_id = :v and status = 'submitted'")
                .param("v", versionId).query(String.class).list().stream().sorted(IndexPeriods.ORDER).toList();
    }

    /** Whether the city submitted any index. */
    public boolean hasResults(long placeId) {
        return jdbc.sql("select exists (select 1 from index_response where place_id = :p and status = 'submitted')")
                .param("p", placeId).query(Boolean.class).single();
    }

    /** The indexes the city submitted, with their periods per version number. */
    public Map<SelfAssessmentIndex, Map<Integer, List<String>>> answeredBy(long placeId) {
        Map<SelfAssessmentIndex, Map<Integer, List<String>>> answered = new LinkedHashMap<>();
        for (SelfAssessmentIndex index : indexes.all()) {
            respondents(index.id()).stream().filter(r -> r.placeId() == placeId).findFirst()
                    .ifPresent(r -> answered.put(index, r.periodsByVersion()));
        }
        return answered;
    }

    /** Submitted results of these versions, optionally of one city or one period, oldest period first. */
    private List<IndexResult> results(List<IndexVersion> versions, Long placeId, String period) {
        List<Long> versionIds = versions.stream().map(IndexVersion::id).toList();
        record Head(long id, long versionId, long placeId, String period, OffsetDateTime submittedAt, BigDecimal overall) {}
        List<Head> heads = jdbc.sql("""
                select id, version_id, place_id, period, submitted_at, overall_score from index_response
                where version_id = any(:v) and status = 'submitted' and (cast(:p as bigint) is null or place_id = :p)
                  and (cast(:period as text) is null or period = :period)""")
                .param("v", versionIds.toArray(Long[]::new)).param("p", placeId).param("period", period)
                .query((rs, n) -> new Head(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
                        rs.getObject(5, OffsetDateTime.class), rs.getBigDecimal(6))).list();
        if (heads.isEmpty()) {
            return List.of();
        }
        Map<Long, Map<Long, BigDecimal>> scores = new HashMap<>();
        jdbc.sql("select response_id, dimension_id, score from index_dimension_score where response_id = any(:r)")
                .param("r", heads.stream().map(Head::id).toArray(Long[]::new))
                .query((rs, n) -> scores.computeIfAbsent(rs.getLong(1), r -> new HashMap<>()).put(rs.getLong(2),
                        rs.getBigDecimal(3))).list();
        Map<Long, IndexVersion> byId = versions.stream().collect(Collectors.toMap(IndexVersion::id, v -> v));
        return heads.stream().sorted(Comparator.comparing(Head::period, IndexPeriods.ORDER).thenComparingLong(Head::placeId))
                .map(h -> {
                    Map<String, BigDecimal> dimensions = new LinkedHashMap<>();
                    Map<Long, BigDecimal> own = scores.getOrDefault(h.id(), Map.of());
                    byId.get(h.versionId()).dimensions().stream().filter(d -> own.containsKey(d.id()))
                            .forEach(d -> dimensions.put(d.code(), own.get(d.id())));
                    return new IndexResult(h.id(), h.versionId(), h.placeId(), h.period(), h.submittedAt(), h.overall(),
                            dimensions);
                }).toList();
    }
}
