package org.crossroads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.crossroads.data.DataValueColumns;
import org.crossroads.shared.tabular.Column;
import org.crossroads.shared.tabular.CsvExport;
import org.crossroads.shared.tabular.ImportContext;
import org.crossroads.shared.tabular.ImportOptions;
import org.crossroads.shared.tabular.ImportReport;
import org.crossroads.shared.tabular.ImportRunner;
import org.crossroads.shared.tabular.Problem;
import org.crossroads.shared.tabular.TabularImport;
import org.crossroads.shared.vocabulary.Term;
import org.crossroads.shared.vocabulary.Vocabularies;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * A value that is not in a column's vocabulary is refused with every accepted value (label in the
 * reader's language and code), and the import pages list every accepted value of every such column.
 * Every column of every import kind is tried, so a vocabulary column that is not declared as one fails.
 */
@IntegrationTest
class AcceptedValuesTest extends WebTest {

    static final String UNKNOWN = "data, information and knowledge";

    @Autowired ImportRunner imports;
    @Autowired Vocabularies vocabularies;
    @Autowired MessageSource messages;

    @Test
    void everyColumnThatRefusesAnUnknownValueListsTheAcceptedOnes() throws Exception {
        List<String> vocabularyColumns = new ArrayList<>();
        for (String kind : imports.kinds()) {
            TabularImport format = imports.kind(kind).orElseThrow();
            List<Column> columns = format.columns();
            for (Column column : columns) {
                List<String> row = new ArrayList<>(columns.stream().map(Column::example).toList());
                row.set(columns.indexOf(column), UNKNOWN);
                ByteArrayOutputStream file = new ByteArrayOutputStream();
                CsvExport.of(columns).write(List.of(row), file);
                LocaleContextHolder.setLocale(Locale.FRENCH); // as a French request would
                ImportReport report;
                try {
                    report = imports.run(kind, "accepted.csv", new ByteArrayInputStream(file.toByteArray()),
                            new ImportOptions(true, false), new ImportContext("admin", Locale.FRENCH, false));
                } finally {
                    LocaleContextHolder.resetLocaleContext();
                }
                List<Problem> onColumn = report.problems().stream().filter(p -> p.column().equals(column.name())).toList();
                List<Problem> refused = onColumn.stream().filter(p -> p.reason().key().equals("import.error.vocabulary")).toList();
                String where = kind + "." + column.name();
                if (column.hasVocabulary()) {
                    vocabularyColumns.add(where);
                    assertThat(onColumn).as(where + " refuses a value outside its vocabulary").isNotEmpty();
                    String text = messages.getMessage(onColumn.get(0).reason(), Locale.FRENCH);
                    assertThat(text).as(where).contains("Valeurs acceptées");
                    for (Term term : vocabularies.terms(column.vocabulary())) {
                        assertThat(text).as(where).contains(term.label(Locale.FRENCH) + " (" + term.code() + ")");
                    }
                } else {
                    assertThat(refused).as(where + " checks a vocabulary: declare it with Column.withVocabulary").isEmpty();
                }
            }
        }
        assertThat(vocabularyColumns).contains("initiatives.activity_type", "initiatives.themes", "places.roles",
                "organisations.type", "events.format");
    }

    @Test
    void theImportPagesListEveryAcceptedValuePerColumn() throws Exception {
        Document page = Jsoup.parse(mvc.perform(get("/import").param("lang", "es").with(user("admin").roles("ADMINISTRATOR")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        int lists = 0;
        for (String kind : imports.kinds()) {
            for (Column column : imports.kind(kind).orElseThrow().columns()) {
                if (column.hasVocabulary()) {
                    lists++;
                    assertListed(page, column);
                }
            }
        }
        assertThat(page.select("ul.accepted-values")).hasSize(lists);
        Document data = Jsoup.parse(mvc.perform(get("/data/import").param("lang", "es").with(user("admin").roles("ADMINISTRATOR")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        DataValueColumns.ALL.stream().filter(Column::hasVocabulary).forEach(c -> assertListed(data, c));
    }

    private void assertListed(Document page, Column column) {
        var lists = page.select("ul.accepted-values[data-vocabulary=" + column.vocabulary() + "]");
        assertThat(lists).as(column.name()).isNotEmpty();
        for (Term term : vocabularies.terms(column.vocabulary())) {
            assertThat(lists.first().text()).as(column.name()).contains(term.code(), term.label(Locale.forLanguageTag("es")));
        }
    }
}
