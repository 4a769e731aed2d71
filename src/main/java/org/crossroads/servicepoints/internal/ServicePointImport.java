package org.crossroads.servicepoints.internal;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.crossroads.accounts.Accounts;
import org.crossroads.accounts.Editor;
import org.crossroads.accounts.Role;
import org.crossroads.servicepoints.ServicePoint;
import org.crossroads.servicepoints.ServicePointColumns;
import org.crossroads.servicepoints.ServicePointDraft;
import org.crossroads.servicepoints.ServicePointEditing;
import org.crossroads.shared.tabular.Cells;
import org.crossroads.shared.tabular.Column;
import org.crossroads.shared.tabular.ImportContext;
import org.crossroads.shared.tabular.ImportKey;
import org.crossroads.shared.tabular.Problems;
import org.crossroads.shared.tabular.SourceRow;
import org.crossroads.shared.tabular.TabularImport;
import org.crossroads.shared.validation.InvalidEntryException;
import org.crossroads.shared.vocabulary.Vocabularies;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Service points from CSV, XLSX or GeoJSON (a FeatureCollection of Points whose properties are named as
 * the columns of {@link ServicePointColumns}); re-import updates by external id.
 *
 * <p>Each row is checked as the person importing it: a city focal point imports points of their own
 * city only, a contributor's new points are proposals. An import run by the platform itself (an actor
 * without an account) publishes, unless its context asks to propose.
 */
@Component
class ServicePointImport implements TabularImport {

    private static final String LATITUDE = "latitude";
    private static final String LONGITUDE = "longitude";

    private final ServicePointEditing editing;
    private final Accounts accounts;
    private final Vocabularies vocabularies;
    private final MessageSource messages;

    ServicePointImport(ServicePointEditing editing, Accounts accounts, Vocabularies vocabularies, MessageSource messages) {
        this.editing = editing;
        this.accounts = accounts;
        this.vocabularies = vocabularies;
        this.messages = messages;
    }

    @Override
    public String kind() {
        return "service-points";
    }

    @Override
    public List<Column> columns() {
        return ServicePointColumns.ALL;
    }

    @Override
    public ImportKey key() {
        return ImportKey.of("external_id");
    }

    @Override
    public Set<String> requiredColumns() {
        return Set.of("external_id", "name", "city", "kind", LATITUDE, LONGITUDE, "source");
    }

    @Override
    public Optional<RowOutcome> importRow(SourceRow row, Cells cells, Problems problems, ImportContext context) {
        // fields already reported for this row (a number that is none; a GeoJSON feature whose geometry is no
        // point or out of range, reported while reading, so its coordinates are empty): validation would only
        // add "a value is required" on top. The row fails either way.
        Set<String> reported = new HashSet<>();
        if (problems.hasProblemsIn(row.rowNumber())) {
            reported.add(LATITUDE);
            reported.add(LONGITUDE);
        }
        String kind = row.value("kind").strip();
        var draft = new ServicePointDraft(row.value("external_id"), row.value("city"), row.value("name"),
                vocabularies.match(ServicePoint.KIND_VOCABULARY, kind).orElse(kind), row.value("address"),
                coordinate(row, LATITUDE, cells, reported), coordinate(row, LONGITUDE, cells, reported),
                row.value("operator"), cells.list(row, "languages", ";"), row.value("opening_hours"), row.value("phone"),
                row.value("website"), row.value("description"), row.value("source"));
        try {
            ServicePointEditing.Outcome outcome = editing.upsert(draft, editor(context));
            return Optional.of(outcome == ServicePointEditing.Outcome.CREATED ? RowOutcome.CREATED : RowOutcome.UPDATED);
        } catch (InvalidEntryException e) {
            problems.add(row.rowNumber(), e.errors().stream().filter(error -> !reported.contains(error.field())).toList(),
                    messages);
            return Optional.empty();
        }
    }

    private static Double coordinate(SourceRow row, String column, Cells cells, Set<String> reported) {
        if (!row.has(column)) {
            return null;
        }
        Optional<BigDecimal> number = cells.decimal(row, column);
        if (number.isEmpty()) {
            reported.add(column);
        }
        return number.map(BigDecimal::doubleValue).orElse(null);
    }

    /** The person importing, whose rights each row is checked against. */
    private Editor editor(ImportContext context) {
        return accounts.findByUsername(context.actor()).orElseGet(() -> new Editor(0, context.actor(), context.actor(),
                context.propose() ? Role.CONTRIBUTOR : Role.ADMINISTRATOR, null, null));
    }
}
