package org.crossroads.learning.events;

import org.crossroads.learning.LearningVocabularies;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.crossroads.shared.vocabulary.ShownText;
import org.crossroads.shared.tabular.Column;

/** The columns of event files, for import, export and the template (see docs/import-format.md). */
public final class EventColumns {

    public static final List<Column> ALL = withTranslations(List.of(
            new Column("external_id", "#event+id", "mc2cm:event:17"),
            new Column("theme", "#event+name", "Reception of newcomers"),
            new Column("host_city", "#loc+name", "Tangier, MA"),
            new Column("start", "#date+start", "2024-05-14"),
            new Column("end", "#date+end", "2024-05-16"),
            new Column("format", "#meta+format", "hybrid").withVocabulary(LearningVocabularies.EVENT_FORMAT),
            new Column("organisers", "#org+impl", "org:mc2cm; org:uclg"),
            new Column("languages", "#meta+lang", "fr; ar; en"),
            new Column("methods", "#meta+method", "field_visit; role_play").withVocabulary(LearningVocabularies.LEARNING_METHOD),
            new Column("objectives", "#meta+objective", "Technical staff of transit cities: map the local actors of reception | Elected officials: weigh a one-stop office"),
            new Column("agenda", "#meta+agenda", ""),
            new Column("background_documents", "#meta+url", "https://example.org/background.pdf"),
            new Column("learning_report", "#meta+report", ""),
            new Column("source", "#meta+source", "Organisers' programme"),
            new Column("language", "#meta+lang+text", "en")));

    private EventColumns() {
    }

    /** theme_en, agenda_en, learning_report_en, theme_fr, …: the texts in each language besides the one written. */
    private static List<Column> withTranslations(List<Column> columns) {
        List<Column> all = new ArrayList<>(columns);
        Map<String, String> tags = Map.of("theme", "#event+name", "agenda", "#meta+agenda", "learning_report", "#meta+report");
        for (String language : ShownText.LANGUAGES) {
            for (String field : LearningEvent.TRANSLATED) {
                all.add(new Column(field + "_" + language, tags.get(field) + "+i_" + language,
                        "theme_fr".equals(field + "_" + language) ? "Accueil des nouveaux arrivants" : ""));
            }
        }
        return List.copyOf(all);
    }
}
