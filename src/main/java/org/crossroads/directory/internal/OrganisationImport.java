package org.crossroads.directory.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.crossroads.shared.validation.InvalidEntryException;
import org.crossroads.directory.OrganisationDraft;
import org.crossroads.directory.OrganisationEditing;
import org.crossroads.directory.Saved;
import org.crossroads.shared.tabular.Cells;
import org.crossroads.shared.tabular.Column;
import org.crossroads.shared.vocabulary.Vocabularies;
import org.crossroads.shared.tabular.ImportContext;
import org.crossroads.shared.tabular.ImportKey;
import org.crossroads.shared.tabular.Problems;
import org.crossroads.shared.tabular.SourceRow;
import org.crossroads.shared.tabular.TabularImport;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Organisations from CSV/XLSX, updated by external id on re-import (docs/import-format.md). */
@Component
class OrganisationImport implements TabularImport {

    static final List<Column> COLUMNS = List.of(
            new Column("external_id", "#org+id", "org:mc2cm"),
            new Column("name", "#org+name", "Mediterranean City-to-City Migration"),
            new Column("acronym", "#org+acronym", "MC2CM"),
            new Column("type", "#org+type", "city_network").withVocabulary(Vocabularies.ORGANISATION_TYPE),
            new Column("country", "#country+code", "AT"),
            new Column("city", "#loc+name", "Vienna, AT"),
            new Column("website", "#meta+url", "https://example.org"),
            new Column("description", "#org+description", "A network of cities on migration governance."),
            new Column("source", "#meta+source", "EIP (2023), \"Leveraging the potential of peer learning for local governments\", section 1"),
            new Column("name_fr", "#org+name+i_fr", "Migration ville-à-ville en Méditerranée"),
            new Column("description_fr", "#org+description+i_fr", ""),
            new Column("name_ar", "#org+name+i_ar", ""),
            new Column("description_ar", "#org+description+i_ar", ""),
            new Column("name_es", "#org+name+i_es", ""),
            new Column("description_es", "#org+description+i_es", ""),
            new Column("alternate_names", "#org+name+alt", "MMC"));

    private final OrganisationEditing editing;
    private final MessageSource messages;

    OrganisationImport(OrganisationEditing editing, MessageSource messages) {
        this.editing = editing;
        this.messages = messages;
    }

    @Override
    public String kind() {
        return "organisations";
    }

    @Override
    public List<Column> columns() {
        return COLUMNS;
    }

    @Override
    public ImportKey key() {
        return ImportKey.of("external_id");
    }

    @Override
    public Set<String> requiredColumns() {
        return Set.of("external_id", "name", "type", "source");
    }

    @Override
    public Optional<RowOutcome> importRow(SourceRow row, Cells cells, Problems problems, ImportContext context) {
        int before = problems.total();
        var draft = new OrganisationDraft(
                cells.text(row, "external_id", true, 120).orElse(""),
                cells.text(row, "name", true, 300).orElse(""),
                cells.text(row, "acronym", false, 40).orElse(null),
                cells.text(row, "type", true, 100).orElse(""),
                cells.countryCode(row, "country").orElse(null),
                cells.text(row, "city", false, 200).orElse(null),
                cells.url(row, "website").orElse(null),
                cells.text(row, "description", false, 5000).orElse(null),
                cells.text(row, "source", true, 1000).orElse(""),
                // a blank cell leaves the names as they are
                row.has("alternate_names") ? org.crossroads.directory.OrganisationNames.alternates(
                        cells.text(row, "alternate_names", false, 1000).orElse(null)) : null);
        java.util.Map<String, java.util.Map<String, String>> translations = new java.util.LinkedHashMap<>();
        for (String language : List.of("fr", "ar", "es")) {
            java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
            cells.text(row, "name_" + language, false, 300).ifPresent(t -> fields.put("name", t));
            cells.text(row, "description_" + language, false, 5000).ifPresent(t -> fields.put("description", t));
            if (!fields.isEmpty()) {
                translations.put(language, fields);
            }
        }
        if (problems.total() > before) {
            return Optional.empty();
        }
        try {
            Saved saved = editing.upsertByExternalId(draft, context.actor(), context.propose());
            if (!translations.isEmpty()) {
                editing.translate(saved.id(), translations, context.actor());
            }
            return Optional.of(saved.created() ? RowOutcome.CREATED : RowOutcome.UPDATED);
        } catch (InvalidEntryException e) {
            problems.add(row.rowNumber(), e.errors(), messages);
            return Optional.empty();
        }
    }
}
