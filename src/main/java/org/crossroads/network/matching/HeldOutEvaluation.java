package org.crossroads.network.matching;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.crossroads.directory.Place;
import org.crossroads.directory.Places;
import org.crossroads.learning.outcomes.OutcomeHarvest;
import org.crossroads.learning.outcomes.OutcomeQuery;
import org.crossroads.learning.outcomes.OutcomeStatement;
import org.crossroads.library.practices.PracticeTransfers;
import org.crossroads.network.CooperationNetwork;
import org.crossroads.network.NetworkSnapshot;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The honest measure of matching (docs/benchmarks.md): for each known "inspired by" link of
 * {@code network/matching-evaluation.csv}, build the index without the outcome that records it, without the transfers
 * of practices between the same two cities (the built-in practices record the same links as transfers) and without
 * the inspiration ties either makes in the graph, and without needs and offers (the built-in offers retell the same
 * stories),
 * ask for the inspired city's peers on the link's theme, and note where the inspiring city ranks.
 */
@Component
class HeldOutEvaluation {

    static final String FILE = "network/matching-evaluation.csv";

    record Link(String inspired, String inspiring, String theme, String source) {}

    /**
     * @param heldOut the outcomes left out (empty when no outcome records the link)
     * @param heldOutPractices the practices whose transfer between the two cities is left out (empty when none)
     * @param rank the inspiring city's place among the suggestions, or null when it is not suggested
     * @param suggested how many peers were suggested in all
     * @param first the first suggestion's name
     * @param whyNot when the inspiring city is not suggested: it holds no evidence on the theme in the index, or it
     *     is already tied to the inspired city on the theme
     * @param explained the factors of the suggestions down to the true peer (or of the first three), in English codes
     */
    record Result(Link link, Set<Long> heldOut, Set<Long> heldOutPractices, Integer rank, int suggested, String first, String whyNot, String explained) {}

    record Report(List<Result> results) {

        double hitRateAt(int k) {
            return results.isEmpty() ? 0 : results.stream().filter(r -> r.rank() != null && r.rank() <= k).count()
                    / (double) results.size();
        }

        private static String heldOut(Result r) {
            List<String> parts = new ArrayList<>();
            if (!r.heldOut().isEmpty()) {
                parts.add("outcome " + r.heldOut().stream().sorted().map(String::valueOf).collect(Collectors.joining(", ")));
            }
            if (!r.heldOutPractices().isEmpty()) {
                parts.add("transfer of practice " + r.heldOutPractices().stream().sorted().map(String::valueOf)
                        .collect(Collectors.joining(", ")));
            }
            return parts.isEmpty() ? "nothing recorded" : String.join("; ", parts);
        }

        double meanReciprocalRank() {
            return results.stream().mapToDouble(r -> r.rank() == null ? 0 : 1.0 / r.rank()).average().orElse(0);
        }

        /** The table of docs/benchmarks.md. */
        String table() {
            StringBuilder t = new StringBuilder(
                    "| inspired city | true peer | theme | held out | rank of the true peer | peers suggested | first suggested |\n");
            t.append("|---|---|---|---|---|---|---|\n");
            for (Result r : results) {
                t.append("| ").append(r.link().inspired()).append(" | ").append(r.link().inspiring()).append(" | ")
                        .append(r.link().theme()).append(" | ")
                        .append(heldOut(r))
                        .append(" | ").append(r.rank() == null ? "not suggested (" + r.whyNot() + ")" : r.rank().toString()).append(" | ")
                        .append(r.suggested()).append(" | ").append(r.first() == null ? "" : r.first()).append(" |\n");
            }
            t.append(String.format(java.util.Locale.ROOT, "%nHit rate in the top 5: %.2f; mean reciprocal rank: %.3f (%d links)%n",
                    hitRateAt(5), meanReciprocalRank(), results.size()));
            return t.toString();
        }
    }

    private final CooperationNetwork network;
    private final IndexBuilding building;
    private final PeerMatching matching;
    private final OutcomeHarvest outcomes;
    private final Places places;
    private final PracticeTransfers transfers;

    HeldOutEvaluation(CooperationNetwork network, IndexBuilding building, PeerMatching matching, OutcomeHarvest outcomes,
            Places places, PracticeTransfers transfers) {
        this.transfers = transfers;
        this.network = network;
        this.building = building;
        this.matching = matching;
        this.outcomes = outcomes;
        this.places = places;
    }

    Report run() {
        NetworkSnapshot snapshot = network.latest().orElseGet(network::refresh);
        List<OutcomeStatement> validated = outcomes.all(OutcomeQuery.validated(), Optional.empty());
        List<Result> results = new ArrayList<>();
        for (Link link : links()) {
            Place inspired = places.resolve(link.inspired()).orElseThrow(() -> new IllegalStateException("No place " + link.inspired()));
            Place inspiring = places.resolve(link.inspiring()).orElseThrow(() -> new IllegalStateException("No place " + link.inspiring()));
            Set<Long> heldOut = validated.stream().filter(o -> Long.valueOf(inspired.id()).equals(o.placeId())
                    && Long.valueOf(inspiring.id()).equals(o.inspiredByPlaceId())).map(OutcomeStatement::id).collect(Collectors.toSet());
            Set<Long> heldOutPractices = transfers.to(inspired.id()).stream()
                    .filter(t -> t.fromCity() && t.fromPlaceId() == inspiring.id())
                    .map(PracticeTransfers.PublishedTransfer::practiceId).collect(Collectors.toSet());
            MatchingIndex index = building.build(snapshot, new MatchingIndex.HeldOut(heldOut,
                    Set.of(new MatchingIndex.HeldOut.Pair(inspired.id(), inspiring.id()))), false);
            Matches m = matching.forCity(index, inspired.id(), List.of(link.theme()), List.of(), false, Integer.MAX_VALUE);
            Integer rank = m.suggestions().stream().filter(s -> s.placeId() == inspiring.id()).map(Suggestion::order).findFirst()
                    .orElse(null);
            String whyNot = rank != null ? null : index.evidenceOn(link.theme()).containsKey(inspiring.id())
                    ? "already tied on the theme" : "no evidence on the theme";
            int upTo = rank == null ? Math.min(3, m.suggestions().size()) : rank;
            String explained = m.suggestions().subList(0, upTo).stream().map(s -> s.order() + ". " + s.name() + ": "
                    + s.factors().stream().map(f -> f.kind().code() + " " + f.weight() + " " + f.reason().key()
                            .replace("matching.factor.", "")).collect(Collectors.joining(", "))).collect(Collectors.joining(" | "));
            results.add(new Result(link, heldOut, heldOutPractices, rank, m.suggestions().size(),
                    m.suggestions().isEmpty() ? null : m.suggestions().get(0).name(), whyNot, explained));
        }
        return new Report(results);
    }

    static List<Link> links() {
        try (Reader in = new InputStreamReader(new ClassPathResource(FILE).getInputStream(), StandardCharsets.UTF_8)) {
            List<Link> links = new ArrayList<>();
            for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                links.add(new Link(r.get("inspired"), r.get("inspiring"), r.get("theme"), r.get("source")));
            }
            return links;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
