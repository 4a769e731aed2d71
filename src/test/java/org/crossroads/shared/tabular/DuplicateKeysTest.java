package org.crossroads.shared.tabular;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.crossroads.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Two rows of one file for the same record: every import kind in the application (enumerated from the
 * context, so a new one is covered without touching this test) refuses both rows, each naming the other,
 * and stores neither, where before the second silently overwrote the first.
 */
@IntegrationTest
class DuplicateKeysTest {

    /** Kinds whose rows only ever add records. None today; a kind listed here must say why. */
    static final Set<String> WITHOUT_KEY = Set.of();

    @Autowired ApplicationContext context;
    @Autowired ImportRunner runner;

    List<TabularImport> kinds() {
        List<TabularImport> kinds = new ArrayList<>(context.getBeansOfType(TabularImport.class).values());
        assertThat(kinds).as("the import kinds the runner offers are the beans").extracting(TabularImport::kind)
                .containsExactlyInAnyOrderElementsOf(runner.kinds());
        assertThat(kinds).hasSizeGreaterThanOrEqualTo(7);
        return kinds;
    }

    /** A row of the template's examples, with each free key cell (an external id) made unique for this test. */
    static Map<String, String> exampleRow(TabularImport kind, String unique) {
        Map<String, String> row = new LinkedHashMap<>();
        for (Column column : kind.columns()) {
            row.put(column.name(), column.example());
        }
        for (String column : kind.key().columns()) {
            if (column.contains("id")) {
                row.put(column, "dup-test:" + unique);
            }
        }
        return row;
    }

    static String csv(List<Column> columns, List<Map<String, String>> rows) {
        StringBuilder csv = new StringBuilder(columns.stream().map(Column::name).collect(Collectors.joining(","))).append('\n');
        for (Map<String, String> row : rows) {
            csv.append(columns.stream().map(c -> "\"" + row.getOrDefault(c.name(), "").replace("\"", "\"\"") + "\"")
                    .collect(Collectors.joining(","))).append('\n');
        }
        return csv.toString();
    }

    ImportReport run(TabularImport kind, List<Map<String, String>> rows, ImportOptions options) {
        return runner.run(kind.kind(), kind.kind() + ".csv",
                new ByteArrayInputStream(csv(kind.columns(), rows).getBytes(StandardCharsets.UTF_8)), options,
                new ImportContext("admin", Locale.ENGLISH, false));
    }

    static List<Problem> duplicates(ImportReport report) {
        return report.problems().stream().filter(p -> p.reason().key().equals(Reason.DUPLICATE_KEY.key())).toList();
    }

    @Test
    void everyImportKindSaysWhatIdentifiesARecord() {
        for (TabularImport kind : kinds()) {
            assertThat(kind.key().isNone()).as("%s keys its rows (or is listed, with a reason, as adding only)", kind.kind())
                    .isEqualTo(WITHOUT_KEY.contains(kind.kind()));
            assertThat(kind.columns()).extracting(Column::name).as(kind.kind()).containsAll(kind.key().columns());
        }
    }

    @Test
    void everyKeyedKindRefusesBothRowsOfADuplicateNamingTheOtherAndStoresNeither() {
        for (TabularImport kind : kinds()) {
            if (kind.key().isNone()) {
                continue;
            }
            String unique = UUID.randomUUID().toString().substring(0, 8);
            Map<String, String> row = exampleRow(kind, unique);
            Map<String, String> other = exampleRow(kind, unique + "-other");
            // an unrelated row between them: the duplicate is found wherever the rows are
            String firstKeyColumn = kind.key().columns().get(0);
            other.put(firstKeyColumn, other.get(firstKeyColumn) + " other " + unique);
            ImportReport checked = run(kind, List.of(row, other, row), ImportOptions.CHECK_ONLY);
            List<Problem> duplicates = duplicates(checked);
            assertThat(duplicates).as("%s: %s", kind.kind(), checked.problems()).extracting(Problem::row)
                    .containsExactly(2, 4);
            assertThat(duplicates.get(0).text()).as(kind.kind()).contains("row 4").contains(firstKeyColumn);
            assertThat(duplicates.get(1).text()).as(kind.kind()).contains("row 2");

            ImportReport kept = run(kind, List.of(row, row), new ImportOptions(false, true));
            assertThat(kept.created() + kept.updated()).as("%s stores neither row", kind.kind()).isZero();
            assertThat(kept.rowsValid()).as(kind.kind()).isZero();

            ImportReport distinct = run(kind, List.of(row, other), ImportOptions.CHECK_ONLY);
            assertThat(duplicates(distinct)).as("%s: different keys are no duplicate", kind.kind()).isEmpty();
        }
    }

    @Test
    void referencesToOnePlaceOrOrganisationCompareAsOneWhateverTheirSpelling() {
        TabularImport memberships = runner.kind("memberships").orElseThrow();
        Map<String, String> a = exampleRow(memberships, "m");
        a.putAll(Map.of("organisation", "org:mc2cm", "place", "Sfax, TN", "role", ""));
        Map<String, String> b = new LinkedHashMap<>(a);
        b.putAll(Map.of("organisation", "MC2CM", "place", "sfax, tn", "role", "Member"));
        assertThat(duplicates(run(memberships, List.of(a, b), ImportOptions.CHECK_ONLY))).extracting(Problem::row)
                .containsExactly(2, 3);

        TabularImport partnerships = runner.kind("partnerships").orElseThrow();
        Map<String, String> ab = exampleRow(partnerships, "p");
        ab.putAll(Map.of("place_a", "Sfax, TN", "place_b", "Dakar, SN"));
        Map<String, String> ba = new LinkedHashMap<>(ab);
        ba.putAll(Map.of("place_a", "Dakar, SN", "place_b", "Sfax, TN"));
        assertThat(duplicates(run(partnerships, List.of(ab, ba), ImportOptions.CHECK_ONLY))).extracting(Problem::row)
                .containsExactly(2, 3);
    }

    @Test
    void theReportedCaseTwoValidRowsWithOneExternalIdNoLongerOverwriteEachOther() {
        String id = "dup-initiative:" + UUID.randomUUID().toString().substring(0, 8);
        String csv = "external_id,name,activity_type,cities,source\n"
                + id + ",First version,peer_exchange,\"Sfax, TN\",test\n"
                + id + "-other,Unrelated,peer_exchange,\"Sfax, TN\",test\n"
                + id + ",Second version,peer_exchange,\"Sfax, TN\",test\n";
        ImportReport refused = runner.run("initiatives", "i.csv", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                ImportOptions.ALL_OR_NOTHING, new ImportContext("admin", Locale.ENGLISH, false));
        assertThat(refused.created() + refused.updated()).isZero();
        assertThat(refused.problems()).extracting(Problem::row, Problem::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, "external_id \u201c" + id + "\u201d is also on row 4: a file may give each "
                        + "record only once, so neither row is stored."),
                org.assertj.core.groups.Tuple.tuple(4, "external_id \u201c" + id + "\u201d is also on row 2: a file may give each "
                        + "record only once, so neither row is stored."));

        ImportReport kept = runner.run("initiatives", "i.csv", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                new ImportOptions(false, true), new ImportContext("admin", Locale.ENGLISH, false));
        assertThat(kept.created()).as("only the unrelated row").isEqualTo(1);
        assertThat(kept.updated()).isZero();
        assertThat(kept.rowsValid()).isEqualTo(1);
    }
}
