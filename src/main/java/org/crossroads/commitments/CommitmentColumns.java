package org.crossroads.commitments;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.crossroads.shared.tabular.Column;
import org.crossroads.shared.vocabulary.Vocabularies;

/**
 * The columns of the commitments' files (docs/import-format.md): pledges and signatures as the importer reads them, and
 * as the exports write them (with the record's number first and without what is never shown publicly: a pledge's
 * contact address); recommendations as the register's export writes them.
 */
public final class CommitmentColumns {

    /** Pledges as imported: one per row, updated on re-import by external_id (not their status). */
    public static final List<Column> PLEDGES = List.of(
            new Column("external_id", "#activity+id", "pledge:tangier-reception-desk-2023"),
            new Column("framework", "#meta+framework", "uclg-africa-charter-migration-2018"),
            new Column("cities", "#adm2+name", "Tangier, MA; Oujda, MA"),
            new Column("organisations", "#org+name", ""),
            new Column("language", "#meta+lang", "en"),
            new Column("text", "#activity+description", "Open a reception desk for people on the move in the town hall."),
            new Column("text_fr", "#activity+description+i_fr", ""),
            new Column("text_ar", "#activity+description+i_ar", ""),
            new Column("text_es", "#activity+description+i_es", ""),
            new Column("articles", "#meta+article", "2; 5"),
            new Column("gcm_objectives", "#indicator+gcm", "15; 16").withVocabulary(Vocabularies.GCM_OBJECTIVE),
            new Column("gcr_objectives", "#indicator+gcr", "").withVocabulary(Vocabularies.GCR_OBJECTIVE),
            new Column("themes", "#sector", "reception_orientation").withVocabulary(Vocabularies.THEME),
            new Column("target", "#date+target", "2025-12"),
            new Column("responsible_office", "#org+office", "Social affairs department"),
            new Column("contact_email", "#contact+email", "social.affairs@example.org"),
            new Column("status", "#status+code", "announced"),
            new Column("status_on", "#date+status", "2023-06"),
            new Column("visibility", "#meta+visibility", "public"),
            new Column("source", "#meta+source", "City council decision of 12 June 2023"),
            new Column("passage", "#meta+passage", ""));

    public static final Set<String> PLEDGE_REQUIRED = Set.of("text", "status", "status_on");

    /** Signatures as imported: one per row; a signatory already recorded for the framework is reported. */
    public static final List<Column> SIGNATURES = List.of(
            new Column("framework", "#meta+framework", "uclg-africa-charter-migration-2018"),
            new Column("city", "#adm2+name", "Tangier, MA"),
            new Column("organisation", "#org+name", ""),
            new Column("kind", "#meta+kind", "signed"),
            new Column("on_behalf_of_members", "#meta+members", "false"),
            new Column("signed", "#date+signed", "2018-11"),
            new Column("office", "#org+office", "Office of the mayor"),
            new Column("visibility", "#meta+visibility", "public"),
            new Column("source", "#meta+source", "UCLG Africa (2018), list of signatories"),
            new Column("passage", "#meta+passage", ""));

    public static final Set<String> SIGNATURE_REQUIRED = Set.of("framework");

    /** The register of recommendations as exported. */
    public static final List<Column> RECOMMENDATIONS = List.of(
            Column.of("id", "#meta+id"), Column.of("external_id", "#meta+external_id"),
            Column.of("document", "#meta+document+id"), Column.of("report", "#meta+document+title"),
            Column.of("event", "#event+id"), Column.of("section", "#meta+section"), Column.of("number", "#meta+num"),
            Column.of("language", "#meta+lang"), Column.of("text", "#description"),
            Column.of("text_fr", "#description+i_fr"), Column.of("text_ar", "#description+i_ar"),
            Column.of("text_es", "#description+i_es"), Column.of("addressees", "#org+type+target"),
            Column.of("themes", "#sector"), Column.of("uptakes", "#indicator+uptakes+num"),
            Column.of("source", "#meta+source"), Column.of("passage", "#meta+passage"));

    private CommitmentColumns() {
    }

    /** Pledges as exported: their number, then the import's columns but the contact address. */
    public static List<Column> pledgeExport() {
        List<Column> columns = new ArrayList<>();
        columns.add(Column.of("id", "#meta+id"));
        PLEDGES.stream().filter(c -> !c.name().equals("contact_email")).forEach(columns::add);
        return List.copyOf(columns);
    }

    /** Signatures as exported: their number, then the import's columns. */
    public static List<Column> signatureExport() {
        List<Column> columns = new ArrayList<>();
        columns.add(Column.of("id", "#meta+id"));
        columns.addAll(SIGNATURES);
        return List.copyOf(columns);
    }
}
