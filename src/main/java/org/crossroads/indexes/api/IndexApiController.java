package org.crossroads.indexes.api;

import org.crossroads.shared.web.RecordNotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.crossroads.indexes.IndexBenchmark;
import org.crossroads.indexes.IndexResult;
import org.crossroads.indexes.IndexScores;
import org.crossroads.indexes.IndexVersion;
import org.crossroads.indexes.SelfAssessmentIndex;
import org.crossroads.indexes.SelfAssessmentIndexes;
import org.crossroads.directory.Place;
import org.crossroads.directory.Places;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Self-assessment indexes in JSON: the indexes with their published versions and questionnaires, and the
 * scores of the cities that submitted a version. Drafts (of versions and of responses) are not published;
 * who answered for a city is not either.
 */
@RestController
@RequestMapping(path = "/api", produces = "application/json")
@Tag(name = "Local data", description = "Self-assessment indexes: questionnaires, cities' scores and benchmarks")
class IndexApiController {

    private final SelfAssessmentIndexes indexes;
    private final IndexScores scores;
    private final Places places;

    IndexApiController(SelfAssessmentIndexes indexes, IndexScores scores, Places places) {
        this.indexes = indexes;
        this.scores = scores;
        this.places = places;
    }

    /**
     * @param official false for every index built on Crossroads: it is not any organisation's official index
     *     (not the Council of Europe's Intercultural Cities Index in particular)
     */
    record Index(String code, Map<String, String> name, Map<String, String> description, boolean official,
            Map<String, String> notice, List<VersionSummary> versions) {}

    record VersionSummary(int number, String status, OffsetDateTime publishedAt, int cities) {}

    record Version(String index, int number, String status, OffsetDateTime publishedAt, List<Dimension> dimensions) {}

    record Dimension(String code, int position, Map<String, String> name, BigDecimal weight, List<Question> questions) {}

    /** @param kind single_choice, multi_choice, yes_no or number_range */
    record Question(String code, int position, Map<String, String> prompt, String kind, BigDecimal weight, boolean required,
            List<Option> options) {}

    /** @param lowerBound for number-range questions: the band's bounds (inclusive; no upper bound when null) */
    record Option(String code, Map<String, String> label, int score, BigDecimal lowerBound, BigDecimal upperBound) {}

    record CityReference(long id, String name, String countryCode) {}

    record Scores(String index, int version, String period, int cities, Distribution overall, List<Distribution> dimensions,
            List<CityScores> results) {}

    /** @param dimension null for the overall score */
    record Distribution(String dimension, int cities, BigDecimal min, BigDecimal median, BigDecimal max) {}

    record CityScores(CityReference city, String period, OffsetDateTime submittedAt, BigDecimal overall, Integer rank,
            Map<String, BigDecimal> dimensions) {}

    @GetMapping("/indexes")
    @Operation(summary = "Self-assessment indexes with their versions",
            description = "Texts in en, fr, ar and es where given. Draft versions are left out; cities counts the cities "
                    + "that submitted each version.")
    List<Index> indexes() {
        return indexes.all().stream().map(this::index).toList();
    }

    @GetMapping("/indexes/{code}/versions/{number}")
    @Operation(summary = "One published version's questionnaire",
            description = "Dimensions, questions and answer options with their weights and scores (0 to 100).")
    Version version(@PathVariable String code, @PathVariable int number) {
        IndexVersion v = version(index(code), number);
        return new Version(code, v.number(), v.status().code(), v.publishedAt(), v.dimensions().stream()
                .map(d -> new Dimension(d.code(), d.position(), d.name().asMap(), d.weight(), d.questions().stream()
                        .map(q -> new Question(q.code(), q.position(), q.prompt().asMap(), q.kind().code(), q.weight(),
                                q.required(), q.options().stream().map(o -> new Option(o.code(), o.label().asMap(), o.score(),
                                        o.lowerBound(), o.upperBound())).toList()))
                        .toList()))
                .toList());
    }

    @GetMapping("/indexes/{code}/versions/{number}/scores")
    @Operation(summary = "Scores of the cities that submitted one version",
            description = "Scores from 0 to 100 per dimension and overall, with the lowest, median and highest per dimension "
                    + "and each city's rank (1 = highest; equal scores share a rank). Only this version's answers are in it: "
                    + "scores of different versions are never compared. Without period, each city counts with its latest "
                    + "submitted period.")
    Scores scores(@PathVariable String code, @PathVariable int number,
            @Parameter(description = "a year (2024) or a half year (2024-H1): only the answers for that period")
            @RequestParam(required = false) String period) {
        IndexVersion v = version(index(code), number);
        IndexBenchmark benchmark = scores.benchmark(v.id(), period);
        Map<Long, Place> cities = places.findAll(benchmark.cities().stream().map(IndexResult::placeId).toList());
        return new Scores(code, v.number(), benchmark.period(), benchmark.cities().size(), distribution(benchmark.overall()),
                benchmark.dimensions().stream().map(IndexApiController::distribution).toList(),
                benchmark.cities().stream().map(r -> {
                    Place p = cities.get(r.placeId());
                    return new CityScores(new CityReference(r.placeId(), p == null ? null : p.name(),
                            p == null ? null : p.countryCode()), r.period(), r.submittedAt(), r.overall(),
                            benchmark.rank(r.placeId(), null).orElse(null), r.dimensions());
                }).toList());
    }

    private Index index(SelfAssessmentIndex index) {
        Map<Long, Integer> counts = scores.respondentCounts(index.id());
        return new Index(index.code(), index.name().asMap(), index.description().asMap(), index.official(),
                index.notice().asMap(), indexes.versions(index.id()).stream().filter(v -> !v.isDraft())
                        .map(v -> new VersionSummary(v.number(), v.status().code(), v.publishedAt(),
                                counts.getOrDefault(v.id(), 0))).toList());
    }

    private SelfAssessmentIndex index(String code) {
        return indexes.findByCode(code).orElseThrow(() -> new RecordNotFoundException("index", code));
    }

    private IndexVersion version(SelfAssessmentIndex index, int number) {
        return indexes.version(index.id(), number).filter(v -> !v.isDraft())
                .orElseThrow(() -> new RecordNotFoundException("published version of index " + index.code(), number));
    }

    private static Distribution distribution(IndexBenchmark.Distribution d) {
        return new Distribution(d.dimensionCode(), d.cities(), d.min(), d.median(), d.max());
    }
}
