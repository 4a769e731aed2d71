package org.crossroads.indexes;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * How the cities that submitted one index version compare: each city's result (its latest period, or the
 * chosen period), and per dimension and overall the lowest, median and highest score. Only answers to this
 * one version are in it: scores of different versions are never compared.
 *
 * @param period the chosen period, or null when each city counts with its latest period
 * @param cities highest overall score first
 */
public record IndexBenchmark(long versionId, String period, List<IndexResult> cities, Distribution overall,
        List<Distribution> dimensions) {

    public IndexBenchmark {
        cities = List.copyOf(cities);
        dimensions = List.copyOf(dimensions);
    }

    /**
     * @param dimensionCode null for the overall score
     * @param cities how many cities have a score here; min, median and max are null when none has
     */
    public record Distribution(String dimensionCode, int cities, BigDecimal min, BigDecimal median, BigDecimal max) {}

    static IndexBenchmark of(long versionId, String period, List<String> dimensionCodes, List<IndexResult> results) {
        List<IndexResult> ordered = new ArrayList<>(results);
        ordered.sort(Comparator.comparing(IndexResult::overall, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparingLong(IndexResult::placeId));
        List<Distribution> dimensions = dimensionCodes.stream()
                .map(code -> distribution(code, ordered, r -> r.dimension(code))).toList();
        return new IndexBenchmark(versionId, period, ordered, distribution(null, ordered, IndexResult::overall), dimensions);
    }

    public Optional<IndexResult> city(long placeId) {
        return cities.stream().filter(c -> c.placeId() == placeId).findFirst();
    }

    public Optional<Distribution> dimension(String code) {
        return dimensions.stream().filter(d -> d.dimensionCode().equals(code)).findFirst();
    }

    /**
     * The city's rank on a dimension (or overall, for a null code): 1 for the highest score; cities with the
     * same score share a rank. Empty when the city has no score there.
     */
    public Optional<Integer> rank(long placeId, String dimensionCode) {
        Function<IndexResult, BigDecimal> score = dimensionCode == null ? IndexResult::overall : r -> r.dimension(dimensionCode);
        Optional<BigDecimal> own = city(placeId).map(score);
        return own.map(value -> 1 + (int) cities.stream().map(score).filter(Objects::nonNull)
                .filter(other -> other.compareTo(value) > 0).count());
    }

    private static Distribution distribution(String code, List<IndexResult> results, Function<IndexResult, BigDecimal> score) {
        List<BigDecimal> values = results.stream().map(score).filter(Objects::nonNull).sorted().toList();
        if (values.isEmpty()) {
            return new Distribution(code, 0, null, null, null);
        }
        int n = values.size();
        BigDecimal median = n % 2 == 1 ? values.get(n / 2)
                : values.get(n / 2 - 1).add(values.get(n / 2)).divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP);
        return new Distribution(code, n, values.get(0), median.setScale(2, RoundingMode.HALF_UP), values.get(n - 1));
    }
}
