package org.crossroads.inventory;

import java.util.List;
import org.crossroads.shared.tabular.Column;
import org.crossroads.shared.vocabulary.Vocabularies;

/**
 * The columns of initiative files, the same for import, export and the template, so an exported file
 * can be edited and imported again (see docs/import-format.md).
 */
public final class InitiativeColumns {

    public static final List<Column> ALL = List.of(
            new Column("external_id", "#activity+id", "init:tunis-migrant-office"),
            new Column("name", "#activity+name", "Migrant reception office"),
            new Column("summary", "#activity+description", "A one-stop office that orients newcomers to municipal services."),
            new Column("activity_type", "#activity+type", "inclusive_services").withVocabulary(Vocabularies.ACTIVITY_TYPE),
            new Column("themes", "#sector", "reception_orientation; legal_aid").withVocabulary(Vocabularies.THEME),
            new Column("cities", "#loc+name", "Tunis, TN"),
            new Column("countries", "#country+code", "TN"),
            new Column("network_wide", "#meta+network_wide", "false"),
            new Column("networks", "#org+network", "org:mc2cm"),
            new Column("implementers", "#org+impl", "org:icmpd"),
            new Column("partners", "#org+partner", ""),
            new Column("donors", "#org+funder", ""),
            new Column("start", "#date+start", "2021-06-01"),
            new Column("end", "#date+end", "2022"),
            new Column("status", "#status", "completed").withVocabulary(Vocabularies.STATUS),
            new Column("links", "#meta+url", "https://example.org/office"),
            new Column("gcm_objectives", "#indicator+gcm", "15; 16").withVocabulary(Vocabularies.GCM_OBJECTIVE),
            new Column("gcr_objectives", "#indicator+gcr", "").withVocabulary(Vocabularies.GCR_OBJECTIVE),
            new Column("sdg_targets", "#indicator+sdg", "10.7").withVocabulary(Vocabularies.SDG_TARGET),
            new Column("lampedusa_principles", "#indicator+lampedusa", "1; 4").withVocabulary(Vocabularies.LAMPEDUSA_PRINCIPLE),
            new Column("routes", "#meta+route", "central_med").withVocabulary(Vocabularies.ROUTE),
            new Column("source", "#meta+source", "EIP (2023), \"Leveraging the potential of peer learning for local governments\", Annex Table 4"),
            new Column("language", "#meta+lang", "en"),
            new Column("name_en", "#activity+name+i_en", ""),
            new Column("summary_en", "#activity+description+i_en", ""),
            new Column("name_fr", "#activity+name+i_fr", ""),
            new Column("summary_fr", "#activity+description+i_fr", ""),
            new Column("name_ar", "#activity+name+i_ar", ""),
            new Column("summary_ar", "#activity+description+i_ar", ""),
            new Column("name_es", "#activity+name+i_es", ""),
            new Column("summary_es", "#activity+description+i_es", ""));

    private InitiativeColumns() {
    }
}
