package org.crossroads.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.crossroads.IntegrationTest;
import org.crossroads.shared.tabular.ImportContext;
import org.crossroads.shared.tabular.ImportOptions;
import org.crossroads.shared.tabular.ImportReport;
import org.crossroads.shared.tabular.ImportRunner;
import org.crossroads.shared.tabular.Problem;
import org.crossroads.shared.tabular.XlsxExport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class InitiativeImportTest {

    static final String HEADER = "external_id,name,activity_type,themes,cities,start,end,networks,source\n";

    @Autowired ImportRunner runner;
    @Autowired Initiatives initiatives;
    @Autowired JdbcClient jdbc;

    ImportReport run(String csv, ImportOptions options, Locale locale) {
        return runner.run("initiatives", "test.csv", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                options, new ImportContext("importer", locale, false));
    }

    long count(String externalIdPrefix) {
        return jdbc.sql("select count(*) from initiative where external_id like :p").param("p", externalIdPrefix + "%")
                .query(Long.class).single();
    }

    @Test
    void aDryRunListsEveryErrorByRowColumnAndReasonAndStoresNothing() {
        String csv = HEADER
                + "imp:ok-1,Good row,peer_exchange,housing,\"Sfax, TN\",2020,2021,MC2CM,test\n"
                + "imp:bad-2,,no_such_type,gardening,\"Atlantis, ZZ\",2021-13-45,,org:nobody,test\n"
                + "imp:bad-3,Ends before it starts,peer_exchange,,,2022,2020,,test\n";
        ImportReport report = run(csv, ImportOptions.CHECK_ONLY, Locale.ENGLISH);
        assertThat(report.dryRun()).isTrue();
        assertThat(report.rowsRead()).isEqualTo(3);
        assertThat(report.problems()).extracting(Problem::row, Problem::column).contains(
                org.assertj.core.groups.Tuple.tuple(3, "name"), org.assertj.core.groups.Tuple.tuple(3, "activity_type"),
                org.assertj.core.groups.Tuple.tuple(3, "themes"), org.assertj.core.groups.Tuple.tuple(3, "start"),
                org.assertj.core.groups.Tuple.tuple(4, "end"));
        assertThat(count("imp:")).isZero();
    }

    @Test
    void byDefaultAFileWithAnyBadRowStoresNothingButValidRowsCanBeKept() {
        String csv = HEADER
                + "imp2:good,Good row,peer_exchange,housing,\"Sfax, TN\",2020,2021,MC2CM,test\n"
                + "imp2:bad,Unknown city,peer_exchange,,\"Atlantis, ZZ\",,,,test\n";
        ImportReport refused = run(csv, ImportOptions.ALL_OR_NOTHING, Locale.ENGLISH);
        assertThat(refused.hasErrors()).isTrue();
        assertThat(refused.problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(3);
            assertThat(p.column()).isEqualTo("cities");
            assertThat(p.text()).contains("Atlantis, ZZ");
        });
        assertThat(count("imp2:")).isZero();
        ImportReport partial = run(csv, new ImportOptions(false, true), Locale.ENGLISH);
        assertThat(partial.created()).isEqualTo(1);
        assertThat(count("imp2:")).isEqualTo(1);
    }

    @Test
    void reImportingTheSameFileUpdatesByExternalIdInsteadOfDuplicating() {
        String csv = HEADER + "imp3:same,First name,peer_exchange,,\"Tunis, TN\",,,,test\n";
        assertThat(run(csv, ImportOptions.ALL_OR_NOTHING, Locale.ENGLISH).created()).isEqualTo(1);
        ImportReport again = run(csv.replace("First name", "Second name"), ImportOptions.ALL_OR_NOTHING, Locale.ENGLISH);
        assertThat(again.created()).isZero();
        assertThat(again.updated()).isEqualTo(1);
        assertThat(count("imp3:")).isEqualTo(1);
        assertThat(initiatives.findByExternalId("imp3:same").orElseThrow().name()).isEqualTo("Second name");
    }

    @Test
    void vocabularyLabelsInAnyLanguageAndLocalDatesAreUnderstood() {
        String csv = "external_id;name;activity_type;themes;cities;start;source\n"
                + "imp4:fr;Échange;RENCONTRES et echanges entre pairs;LOGEMENT;Tanger, MA;15/06/2021;test\n";
        ImportReport report = run(csv, ImportOptions.ALL_OR_NOTHING, Locale.FRENCH);
        assertThat(report.problems()).isEmpty();
        Initiative stored = initiatives.findByExternalId("imp4:fr").orElseThrow();
        assertThat(stored.activityType()).isEqualTo("peer_exchange");
        assertThat(stored.themes()).containsExactly("housing");
        assertThat(stored.start()).isEqualTo(java.time.LocalDate.of(2021, 6, 15));
    }

    @Test
    void xlsxFilesWithAnHxlRowImportLikeCsv() throws Exception {
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        XlsxExport.of(InitiativeColumns.ALL).withHxlRow(true).write(List.of(List.of("imp5:xlsx", "From a workbook",
                "Data summary", "knowledge_data", "data", "Amman, JO", "JO", false, "", "", "", "", "2019-01-01", "", "active",
                "", "1", "", "", "", "eastern_med", "test")), xlsx);
        ImportReport report = runner.run("initiatives", "file.xlsx", new ByteArrayInputStream(xlsx.toByteArray()),
                ImportOptions.ALL_OR_NOTHING, new ImportContext("importer", Locale.ENGLISH, false));
        assertThat(report.problems()).isEmpty();
        assertThat(initiatives.findByExternalId("imp5:xlsx").orElseThrow().gcmObjectives()).containsExactly(1);
    }

    @Test
    void aMalformedFileIsRefusedWithAReasonAndChangesNothing() {
        ImportReport report = runner.run("initiatives", "broken.xlsx", new ByteArrayInputStream(new byte[] {'P', 'K', 3, 4, 1, 2}),
                ImportOptions.ALL_OR_NOTHING, new ImportContext("importer", Locale.ENGLISH, false));
        assertThat(report.hasErrors()).isTrue();
        assertThat(report.problems()).isNotEmpty();
    }
}
