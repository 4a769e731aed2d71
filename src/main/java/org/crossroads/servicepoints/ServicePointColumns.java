package org.crossroads.servicepoints;

import java.util.List;
import org.crossroads.shared.tabular.Column;

/**
 * The columns of service point files (CSV, XLSX, and the property names of GeoJSON features), for
 * import, export and the template; see docs/import-format.md.
 */
public final class ServicePointColumns {

    public static final List<Column> ALL = List.of(
            new Column("external_id", "#loc+id", "sp:sfax-reception-1"),
            new Column("name", "#loc+name", "Bureau d’accueil des migrants"),
            new Column("city", "#loc+city", "Sfax, TN"),
            new Column("kind", "#service+type", "reception_orientation").withVocabulary("service_point_kind"),
            new Column("address", "#loc+address", "Avenue Habib Bourguiba, Sfax"),
            new Column("latitude", "#geo+lat", "34.7400"),
            new Column("longitude", "#geo+lon", "10.7600"),
            new Column("operator", "#org+name", ""),
            new Column("languages", "#meta+lang", "ar; fr; en"),
            new Column("opening_hours", "#meta+hours", "Mon–Fri 8:30–16:00"),
            new Column("phone", "#contact+phone", "+216 74 000 000"),
            new Column("website", "#contact+url", "https://example.org/accueil"),
            new Column("description", "#description", ""),
            new Column("source", "#meta+source", "City of Sfax, list of services 2025"));

    private ServicePointColumns() {
    }
}
