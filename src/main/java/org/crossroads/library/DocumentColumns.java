package org.crossroads.library;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.crossroads.shared.tabular.Column;
import org.crossroads.shared.tabular.TranslationColumns;

/**
 * The columns of {@code library/documents.csv}, of the import and of the CSV export (one format, docs/library.md):
 * lists are separated by "; ", references written as the dataset writes them.
 */
public final class DocumentColumns {

    /** The languages whose title translation has its own column. */
    public static final List<String> TITLE_LANGUAGES = List.of("en", "fr", "ar", "es");

    public static final List<Column> ALL = List.of(
            new Column("external_id", "#meta+id", "doc:mc2cm-policy-recommendations-2017"),
            new Column("type", "#meta+type", "policy_note"),
            new Column("title", "#meta+title", "Urban Challenges and Opportunities for the Mediterranean Region: Policy Recommendations"),
            new Column("language", "#meta+lang", "en"),
            new Column("title_en", "", ""),
            new Column("title_fr", "", ""),
            new Column("title_ar", "", ""),
            new Column("title_es", "", ""),
            new Column("summary", "#description", ""),
            new Column("summary_en", "#description+i_en", ""),
            new Column("summary_fr", "#description+i_fr", ""),
            new Column("summary_ar", "#description+i_ar", ""),
            new Column("summary_es", "#description+i_es", ""),
            new Column("year", "#date+year", "2017"),
            new Column("published_on", "#date", "2017-06"),
            new Column("languages", "", "en; fr"),
            new Column("themes", "#sector", "governance; social_cohesion").withVocabulary("theme"),
            new Column("countries", "#country+code", ""),
            new Column("cities", "#adm2+name", "Tangier, MA"),
            new Column("authors", "#contributor+name", ""),
            new Column("author_organisations", "", "org:icmpd"),
            new Column("publishers", "#org+publisher", "org:mc2cm"),
            new Column("networks", "#org+network", "org:mc2cm"),
            new Column("funders", "#org+funder", ""),
            new Column("initiatives", "", ""),
            new Column("events", "", "mc2cm:event:02"),
            new Column("licence", "", ""),
            new Column("source_url", "#meta+url", "https://www.icmpd.org/content/download/53145/file/Policy_Recommendation_EN_Online.pdf"),
            new Column("access", "#meta+access", "public"),
            new Column("source", "#meta+source", "EIP (2023), Annex Table 3"));

    public static final List<String> REQUIRED = List.of("external_id", "type", "title", "language", "source");

    private DocumentColumns() {
    }

    /** A draft from one row, {@code cell} giving each column's value ("" when empty). */
    public static DocumentDraft draft(UnaryOperator<String> cell) {
        Map<String, Map<String, String>> translations = TranslationColumns.read(List.of("title", "summary"),
                (field, column) -> Optional.ofNullable(cell.apply(column)));
        translations.remove(cell.apply("language").strip()); // the title as written is the title itself
        return new DocumentDraft(cell.apply("external_id"), cell.apply("type"), cell.apply("language"), cell.apply("title"),
                cell.apply("summary"), translations, cell.apply("year"), cell.apply("published_on"),
                list(cell.apply("languages")), list(cell.apply("themes")), list(cell.apply("countries")),
                list(cell.apply("cities")), list(cell.apply("authors")), list(cell.apply("author_organisations")),
                list(cell.apply("publishers")), list(cell.apply("networks")), list(cell.apply("funders")),
                list(cell.apply("initiatives")), list(cell.apply("events")), List.of(), cell.apply("licence"),
                cell.apply("source_url"), cell.apply("access"), cell.apply("source"));
    }

    /** "a; b;c" → [a, b, c]; blank items dropped. */
    public static List<String> list(String cell) {
        return cell == null ? List.of()
                : Arrays.stream(cell.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
