package org.crossroads.data.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.crossroads.data.CatalogueEditing;
import org.crossroads.data.DataImport;
import org.crossroads.data.DataImportJobs;
import org.crossroads.data.DataImportReport;
import org.crossroads.data.EditablePlaces;
import org.crossroads.data.IndicatorDraft;
import org.crossroads.directory.Place;
import org.crossroads.directory.Places;
import org.crossroads.shared.demo.DemonstrationData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Local data's part of the demonstration dataset: three indicators of their own (codes {@code demo.…}, names
 * beginning "Demonstration:"), never the catalogue's real ones, so that no real city's real figure is mixed with
 * invented ones; values for twelve cities from 2019 to 2025, broken down by sex and by migration status or region,
 * with a few counts small enough to be protected. They go through the ordinary import, so marginals, computed
 * figures and small-count protection work on them as on real data.
 */
@Component
class DataDemonstration implements DemonstrationData {

    private static final String AUTHOR = DemonstrationData.AUTHOR;
    private static final List<String> CITIES = List.of("Tangier, MA", "Sfax, TN", "Oujda, MA", "Amman, JO", "Beirut, LB",
            "Lisbon, PT", "Tunis, TN", "Rabat, MA", "Lyon, FR", "Turin, IT", "Madrid, ES", "Vienna, AT");
    private static final int FIRST_YEAR = 2019;
    private static final int LAST_YEAR = 2025;

    private final JdbcClient jdbc;
    private final Places places;
    private final CatalogueEditing catalogue;
    private final DataImportJobs imports;

    DataDemonstration(JdbcClient jdbc, Places places, CatalogueEditing catalogue, DataImportJobs imports) {
        this.jdbc = jdbc;
        this.places = places;
        this.catalogue = catalogue;
        this.imports = imports;
    }

    @Override
    public String part() {
        return "data";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public long count() {
        return jdbc.sql("select count(*) from data_value where created_by = :a").param("a", AUTHOR).query(Long.class).single();
    }

    private record Series(String code, String dimension, List<String> categories, int base, int spread) {}

    @Override
    public void add(RandomGenerator random) {
        List<Place> cities = CITIES.stream().map(places::resolve).flatMap(Optional::stream).toList();
        if (cities.isEmpty()) {
            return;
        }
        indicators();
        List<Series> series = List.of(
                new Series("demo.people_assisted_reception", "migration_status_group",
                        List.of("national", "foreign_resident", "refugee_asylum", "not_known"), 900, 700),
                new Series("demo.new_arrivals", "region_of_nationality",
                        List.of("northern_africa", "sub_saharan_africa", "western_asia", "europe", "other"), 400, 600),
                new Series("demo.foreign_pupils", null, List.of(), 250, 500));
        StringBuilder csv = new StringBuilder("indicator,place,period,categories,value,source,method_note,quality,confidentiality\n");
        for (Series s : series) {
            for (Place city : cities) {
                double size = 0.4 + random.nextDouble() * 1.6;
                for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
                    double trend = 1 + (year - FIRST_YEAR) * (0.04 + random.nextDouble() * 0.08);
                    for (String sex : List.of("female", "male")) {
                        if (s.dimension() == null) {
                            row(csv, s.code(), city, year, "sex=" + sex, count(s, size * trend, random));
                            continue;
                        }
                        for (String category : s.categories()) {
                            // some groups are small in small cities: their counts are protected on public pages
                            double share = category.equals("not_known") || category.equals("other") ? 0.002 : 0.25;
                            row(csv, s.code(), city, year, "sex=" + sex + "; " + s.dimension() + "=" + category,
                                    count(s, size * trend * share, random));
                        }
                    }
                }
            }
        }
        DataImportReport report = imports.runNow("demonstration.csv", csv.toString().getBytes(StandardCharsets.UTF_8),
                new DataImport.Options(false, false, AUTHOR, Locale.ENGLISH, EditablePlaces.EVERY_PLACE));
        if (report.hasProblems()) {
            throw new IllegalStateException("The demonstration data values were refused: " + report.problems());
        }
    }

    private static long count(Series s, double factor, RandomGenerator random) {
        return Math.max(0, Math.round((s.base() + random.nextInt(s.spread())) * factor));
    }

    private static void row(StringBuilder csv, String code, Place city, int year, String categories, long value) {
        csv.append(code).append(",\"").append(city.name()).append(", ").append(city.countryCode()).append("\",")
                .append(year).append(",\"").append(categories).append("\",").append(value)
                .append(",Crossroads demonstration data (generated; not real figures),,estimate,public\n");
    }

    private void indicators() {
        indicator("demo.people_assisted_reception", "persons", List.of("sex", "migration_status_group"),
                List.of("equality_participation"), List.of(3, 15),
                "Demonstration: people assisted at municipal reception desks",
                "Démonstration : personnes reçues aux guichets d’accueil municipaux",
                "عرض توضيحي: الأشخاص الذين استقبلتهم شبابيك الاستقبال البلدية",
                "Demostración: personas atendidas en las ventanillas municipales de acogida");
        indicator("demo.new_arrivals", "persons per year", List.of("sex", "region_of_nationality"), List.of(), List.of(1, 3),
                "Demonstration: new arrivals registered", "Démonstration : nouveaux arrivants enregistrés",
                "عرض توضيحي: الوافدون الجدد المسجلون", "Demostración: recién llegados registrados");
        indicator("demo.foreign_pupils", "pupils", List.of("sex"), List.of("education"), List.of(15),
                "Demonstration: pupils of foreign nationality", "Démonstration : élèves de nationalité étrangère",
                "عرض توضيحي: التلاميذ من جنسية أجنبية", "Demostración: alumnos de nacionalidad extranjera");
    }

    /** A count from an administrative register, summed, named in English, French, Arabic and Spanish. */
    private void indicator(String code, String unit, List<String> dimensions, List<String> domains, List<Integer> gcm,
            String en, String fr, String ar, String es) {
        catalogue.putIndicator(new IndicatorDraft(code, Map.of("en", en, "fr", fr, "ar", ar, "es", es),
                Map.of("en", "Generated figures for the demonstration; not real data."), unit, "count", "sum", dimensions,
                domains, gcm, List.of(), List.of("administrative_register"), false, null, 0, DEMONSTRATION_SOURCE), AUTHOR);
    }

    private static final String DEMONSTRATION_SOURCE = "Crossroads demonstration data (generated)";

    @Override
    public void remove() {
        String demo = "select id from indicator where created_by = :a and code like 'demo.%'";
        jdbc.sql("delete from data_value where indicator_id in (" + demo + ")").param("a", AUTHOR).update();
        jdbc.sql("delete from indicator where created_by = :a and code like 'demo.%'").param("a", AUTHOR).update();
        jdbc.sql("delete from data_import_batch where created_by = :a").param("a", AUTHOR).update();
    }
}
