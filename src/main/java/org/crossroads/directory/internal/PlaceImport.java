package org.crossroads.directory.internal;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.crossroads.shared.validation.InvalidEntryException;
import org.crossroads.directory.LocalAuthorityDraft;
import org.crossroads.directory.Place;
import org.crossroads.directory.PlaceDescription;
import org.crossroads.directory.PlaceEditing;
import org.crossroads.directory.Places;
import org.crossroads.directory.Saved;
import org.crossroads.shared.tabular.Cells;
import org.crossroads.shared.tabular.Column;
import org.crossroads.shared.vocabulary.Vocabularies;
import org.crossroads.shared.tabular.ImportContext;
import org.crossroads.shared.tabular.ImportKey;
import org.crossroads.shared.tabular.Message;
import org.crossroads.shared.tabular.Problems;
import org.crossroads.shared.tabular.SourceRow;
import org.crossroads.shared.tabular.TabularImport;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What is known about cities (roles and routes along migration routes, names in other languages), and
 * local authorities the gazetteer lacks ({@code place:<id>} with name, country and coordinates).
 */
@Component
class PlaceImport implements TabularImport {

    static final List<Column> COLUMNS = List.of(
            new Column("place", "#loc+id", "Sfax, TN"),
            new Column("name", "#loc+name", ""),
            new Column("country", "#country+code", ""),
            new Column("latitude", "#geo+lat", ""),
            new Column("longitude", "#geo+lon", ""),
            new Column("population", "#population", ""),
            new Column("roles", "#loc+role", "transit").withVocabulary(Vocabularies.CITY_ROLE),
            new Column("routes", "#meta+route", "central_med").withVocabulary(Vocabularies.ROUTE),
            new Column("name_fr", "#loc+name+i_fr", ""),
            new Column("name_ar", "#loc+name+i_ar", "صفاقس"),
            new Column("name_es", "#loc+name+i_es", ""),
            new Column("source", "#meta+source", "MMC and UNHCR (2022), \"Going to town\", Annex I"));

    private final Places places;
    private final PlaceEditing editing;
    private final MessageSource messages;

    PlaceImport(Places places, PlaceEditing editing, MessageSource messages) {
        this.places = places;
        this.editing = editing;
        this.messages = messages;
    }

    @Override
    public String kind() {
        return "places";
    }

    @Override
    public List<Column> columns() {
        return COLUMNS;
    }

    /** "Sfax, TN" and geonames:2467454 are one place: references compare by the place they name. */
    @Override
    public ImportKey key() {
        return ImportKey.of("place").comparing("place", places::canonicalReference);
    }

    @Override
    public Set<String> requiredColumns() {
        return Set.of("place", "source");
    }

    @Override
    public Optional<RowOutcome> importRow(SourceRow row, Cells cells, Problems problems, ImportContext context) {
        int before = problems.total();
        String reference = cells.text(row, "place", true, 200).orElse("");
        List<String> roles = cells.list(row, "roles", ";");
        List<String> routes = cells.list(row, "routes", ";");
        String source = cells.text(row, "source", true, 1000).orElse("");
        Map<String, String> names = new LinkedHashMap<>();
        for (String language : List.of("fr", "ar", "es")) {
            cells.text(row, "name_" + language, false, 200).ifPresent(n -> names.put(language, n));
        }
        Optional<Place> known = reference.isEmpty() ? Optional.empty() : places.resolve(reference);
        boolean newLocalAuthority = known.isEmpty() && reference.startsWith("place:");
        Optional<BigDecimal> latitude = newLocalAuthority ? cells.decimal(row, "latitude", BigDecimal.valueOf(-90), BigDecimal.valueOf(90)) : Optional.empty();
        Optional<BigDecimal> longitude = newLocalAuthority ? cells.decimal(row, "longitude", BigDecimal.valueOf(-180), BigDecimal.valueOf(180)) : Optional.empty();
        Optional<Long> population = cells.integer(row, "population", 0, 100_000_000);
        Optional<String> country = cells.countryCode(row, "country");
        if (!reference.isEmpty() && known.isEmpty() && !newLocalAuthority) {
            problems.add(row.rowNumber(), "place", Message.of("directory.error.unknownPlace",
                    "No city or local authority \"{0}\" in the gazetteer. Write \"Name, CC\" or use place:<id> with name, country and coordinates to add a local authority.",
                    reference));
        }
        if (problems.total() > before) {
            return Optional.empty();
        }
        try {
            if (known.isPresent()) {
                editing.describe(known.get().id(), new PlaceDescription(roles, routes, names, source), context.actor());
                return Optional.of(RowOutcome.UPDATED);
            }
            Saved saved = editing.addLocalAuthority(new LocalAuthorityDraft(reference,
                    cells.text(row, "name", true, 200).orElse(""), country.orElse(""), population.orElse(null),
                    latitude.map(BigDecimal::doubleValue).orElse(null), longitude.map(BigDecimal::doubleValue).orElse(null),
                    roles, routes, source), context.actor());
            if (problems.total() > before) {
                return Optional.empty();
            }
            if (!names.isEmpty()) {
                editing.describe(saved.id(), new PlaceDescription(roles, routes, names, source), context.actor());
            }
            return Optional.of(saved.created() ? RowOutcome.CREATED : RowOutcome.UPDATED);
        } catch (InvalidEntryException e) {
            problems.add(row.rowNumber(), e.errors(), messages);
            return Optional.empty();
        }
    }
}
