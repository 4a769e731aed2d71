package org.crossroads.data;

import java.util.List;
import org.crossroads.shared.tabular.Column;

/**
 * The long format of data files: one value per row (see docs/import-format.md). Categories are written
 * "dimension=category" and separated by ";" ({@code sex=female; age_group=15_24}); an empty cell is the total.
 */
public final class DataValueColumns {

    public static final List<Column> ALL = List.of(
            new Column("indicator", "#indicator+code", "foreign_born_residents"),
            new Column("place", "#loc+name", "Sfax, TN"),
            new Column("period", "#date+period", "2024"),
            new Column("categories", "#meta+categories", "sex=female; age_group=15_24"),
            new Column("value", "#indicator+value+num", "1250"),
            new Column("source", "#meta+source", "Municipal register 2024"),
            new Column("method_note", "#meta+method", "Residents registered on 31 December"),
            new Column("quality", "#meta+quality", "good").withVocabulary("data_quality"),
            new Column("confidentiality", "#meta+confidentiality", "public").withVocabulary("confidentiality"));

    private DataValueColumns() {
    }
}
