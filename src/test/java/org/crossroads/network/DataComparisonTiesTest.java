package org.crossroads.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crossroads.IntegrationTest;
import org.crossroads.data.CatalogueEditing;
import org.crossroads.data.DataImport;
import org.crossroads.data.DataImportJobs;
import org.crossroads.data.DataImportReport;
import org.crossroads.data.IndicatorDraft;
import org.crossroads.directory.LocalAuthorityDraft;
import org.crossroads.directory.MembershipDraft;
import org.crossroads.directory.MembershipEditing;
import org.crossroads.directory.OrganisationDraft;
import org.crossroads.directory.OrganisationEditing;
import org.crossroads.directory.PlaceEditing;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Data shared in the same network comparison, on a small graph of this run: A, B, C and E are members of network N
 * (E since 2020), D is not. Indicator X: A and B publish values anyone sees, C only a small count (shown as "&lt;5",
 * so hidden) and a restricted value, D a public value. Indicator Y: A, B and E publish public values. So A–B are
 * tied (weight 1: X's publishers are two), A–E and B–E too (weight 1/2: Y's are three), from 2020 on; C and D not.
 */
@IntegrationTest
class DataComparisonTiesTest {

    static final String RUN = Long.toString(System.nanoTime(), 36);

    @Autowired CooperationNetwork network;
    @Autowired PlaceEditing places;
    @Autowired OrganisationEditing organisations;
    @Autowired MembershipEditing memberships;
    @Autowired CatalogueEditing catalogue;
    @Autowired DataImportJobs imports;

    @Test
    void membersPublishingTheSameIndicatorAreTiedOncePerPairAndSmallOrRestrictedValuesTieNothing() {
        Map<String, Long> city = new LinkedHashMap<>();
        Map<String, String> ref = new LinkedHashMap<>();
        for (String key : List.of("A", "B", "C", "D", "E")) {
            ref.put(key, "place:data-tie-" + key.toLowerCase(Locale.ROOT) + "-" + RUN);
            city.put(key, places.addLocalAuthority(new LocalAuthorityDraft(ref.get(key), "Datatie" + key + " " + RUN, "AQ",
                    90_000L, -70.0 + city.size() * 0.1, 20.0, List.of(), List.of(), "Data tie test"), "test").id());
        }
        String n = "org:data-tie-net-" + RUN;
        long networkId = organisations.upsertByExternalId(new OrganisationDraft(n, "Datatie Network " + RUN, null, "city_network",
                null, null, null, null, "Data tie test"), "test").id();
        for (String key : List.of("A", "B", "C")) {
            memberships.upsert(new MembershipDraft(n, ref.get(key), null, null, null, "Data tie test"), "test");
        }
        memberships.upsert(new MembershipDraft(n, ref.get("E"), null, LocalDate.of(2020, 1, 1), null, "Data tie test"), "test");
        String x = indicator("data_tie_x_" + RUN);
        String y = indicator("data_tie_y_" + RUN);
        String csv = "indicator,place,period,categories,value,source,method_note,quality,confidentiality\n"
                + x + "," + ref.get("A") + ",2023,,120,,,,\n"
                + x + "," + ref.get("B") + ",2023,,340,,,,\n"
                + x + "," + ref.get("C") + ",2023,,3,,,,\n"
                + x + "," + ref.get("C") + ",2024,,200,,,,restricted\n"
                + x + "," + ref.get("D") + ",2023,,90,,,,\n"
                + y + "," + ref.get("A") + ",2023,,15,,,,\n"
                + y + "," + ref.get("B") + ",2023,,25,,,,\n"
                + y + "," + ref.get("E") + ",2023,,35,,,,\n";
        DataImportReport report = imports.runNow("data-tie.csv", csv.getBytes(StandardCharsets.UTF_8),
                new DataImport.Options(false, false, "test", Locale.ENGLISH, null));
        assertThat(report.hasProblems()).as("%s", report.problems()).isFalse();

        NetworkSnapshot snapshot = network.refresh();
        List<String> ours = city.values().stream().map(Node::placeKey).toList();
        List<Tie> data = snapshot.ties().stream()
                .filter(t -> t.kind() == TieKind.DATA_COMPARISON && (ours.contains(t.from()) || ours.contains(t.to()))).toList();

        assertThat(data).extracting(t -> name(city, t.from()) + name(city, t.to()), Tie::weight, Tie::since, Tie::until,
                Tie::record, Tie::recordId, Tie::via).containsExactlyInAnyOrder(
                tuple("AB", 1.0, null, null, "organisation", networkId, "Datatie Network " + RUN),
                tuple("AE", 0.5, LocalDate.of(2020, 1, 1), null, "organisation", networkId, "Datatie Network " + RUN),
                tuple("BE", 0.5, LocalDate.of(2020, 1, 1), null, "organisation", networkId, "Datatie Network " + RUN));

        GraphView all = snapshot.all();
        CityMetrics a = all.city(city.get("A")).orElseThrow();
        assertThat(a.tiesByKind()).containsEntry(TieKind.DATA_COMPARISON, 2);
        // a weak tie: it adds weight between cities the network already ties, never a neighbour
        assertThat(a.degree()).isEqualTo(3);
        // the network's four members: 1/3 to each of B, C and E, and the data ties' 1 (B) and 1/2 (E)
        assertThat(a.weightedDegree()).isCloseTo(3 * (1.0 / 3) + 1.0 + 0.5, within(1e-9));
        assertThat(all.city(city.get("C")).orElseThrow().tiesByKind()).doesNotContainKey(TieKind.DATA_COMPARISON);
        assertThat(all.city(city.get("D")).orElseThrow().tiesByKind()).doesNotContainKey(TieKind.DATA_COMPARISON);
        // before E joined, only A and B were compared
        assertThat(snapshot.ties().stream().filter(t -> data.contains(t) && t.activeIn(2019)))
                .extracting(t -> name(city, t.from()) + name(city, t.to())).containsExactly("AB");
    }

    private String indicator(String code) {
        catalogue.putIndicator(new IndicatorDraft(code, Map.of("en", "Data tie " + code), Map.of(), "persons", "count", "sum",
                List.of(), List.of("employment"), List.of(), List.of(), List.of(), false, null, 0, "Data tie test"), "test");
        return code;
    }

    private static String name(Map<String, Long> city, String key) {
        return city.entrySet().stream().filter(e -> Node.placeKey(e.getValue()).equals(key)).map(Map.Entry::getKey)
                .findFirst().orElse(key);
    }
}
