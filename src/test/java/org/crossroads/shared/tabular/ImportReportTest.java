package org.crossroads.shared.tabular;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

class ImportReportTest {

    @Test
    void problemsAreListedByRowThenColumnAndInvalidRowsAreCounted() {
        Problems problems = new Problems();
        problems.add(5, "name", Reason.REQUIRED.with());
        problems.add(2, "start", Reason.DATE.with("soon"));
        problems.add(2, "end", Reason.DATE.with("later"));
        problems.add(1, "sumary", Reason.UNKNOWN_COLUMN.with("sumary"));

        ImportReport report = ImportReport.dryRun(10, problems);

        assertThat(report.problems()).extracting(p -> p.row() + ":" + p.column())
                .containsExactly("1:sumary", "2:end", "2:start", "5:name");
        assertThat(report.rowsRead()).isEqualTo(10);
        assertThat(report.rowsValid()).isEqualTo(8);
        assertThat(report.dryRun()).isTrue();
        assertThat(report.hasErrors()).isTrue();
        assertThat(ImportReport.run(3, new Problems(), 2, 1)).satisfies(r -> {
            assertThat(r.hasErrors()).isFalse();
            assertThat(r.rowsValid()).isEqualTo(3);
            assertThat(r.created()).isEqualTo(2);
            assertThat(r.updated()).isEqualTo(1);
        });
    }

    @Test
    void theCollectorKeepsABoundedNumberButCountsAll() {
        Problems problems = new Problems(3);
        for (int row = 2; row < 12; row++) {
            problems.add(row, "x", Reason.REQUIRED.with());
        }
        ImportReport report = ImportReport.dryRun(10, problems);

        assertThat(report.problems()).hasSize(3);
        assertThat(report.problemCount()).isEqualTo(10);
        assertThat(report.rowsValid()).isZero();
    }

    @Test
    void aRefusedFileIsOneProblemOnTheHeaderRow() {
        ImportReport report = ImportReport.refused(true, new TabularFormatException(Reason.EMPTY_FILE.with()));

        assertThat(report.problems()).singleElement().satisfies(p -> assertThat(p.row()).isEqualTo(1));
        assertThat(report.hasErrors()).isTrue();
    }

    @Test
    void reasonsTranslateThroughAMessageSourceAndFallBackToEnglish() {
        StaticMessageSource messages = new StaticMessageSource();
        messages.addMessage("import.error.date", Locale.FRENCH, "\u00ab {0} \u00bb n\u2019est pas une date.");
        Message reason = Reason.DATE.with("demain");

        assertThat(messages.getMessage(reason, Locale.FRENCH)).isEqualTo("\u00ab demain \u00bb n\u2019est pas une date.");
        assertThat(messages.getMessage(reason, Locale.ENGLISH)).isEqualTo(reason.text());
    }

    @Test
    void everyReasonHasAUniqueKeyUnderImportAndAnEnglishText() {
        Set<String> keys = new HashSet<>();
        assertThat(Arrays.stream(Reason.values())).allSatisfy(reason -> {
            assertThat(keys.add(reason.key())).as(reason.key()).isTrue();
            assertThat(reason.key()).matches("import\\.(file|error)\\.[a-zA-Z]+");
            assertThat(reason.with("a", "b", "c").text()).isNotBlank().doesNotContain("{");
        });
    }
}
