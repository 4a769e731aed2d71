package org.crossroads.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.crossroads.IntegrationTest;
import org.crossroads.accounts.Accounts;
import org.crossroads.accounts.Editor;
import org.crossroads.accounts.Role;
import org.crossroads.directory.Places;
import org.crossroads.shared.tabular.Problem;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Importing data values: every problem named, all or nothing, corrections with history, computed indicators. */
@IntegrationTest
class DataImportTest {

    static final String HEADER = "indicator,place,period,categories,value,source,method_note,quality,confidentiality\n";

    @Autowired DataImportJobs jobs;
    @Autowired DataCatalogue catalogue;
    @Autowired CatalogueEditing editing;
    @Autowired DataValues values;
    @Autowired ValueSelection selection;
    @Autowired Places places;
    @Autowired Accounts accounts;
    @Autowired JdbcClient jdbc;

    DataImportReport run(String csv, boolean dryRun, boolean storeValid) {
        return jobs.runNow("test.csv", csv.getBytes(StandardCharsets.UTF_8),
                new DataImport.Options(dryRun, storeValid, "data-test", Locale.ENGLISH, null));
    }

    long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    BigDecimal value(String indicator, String place, String period, String combination) {
        return jdbc.sql("""
                select v.value from data_value v join indicator i on i.id = v.indicator_id
                where i.code = :i and v.place_id = :p and v.period = :period and v.combination = :c""")
                .param("i", indicator).param("p", places.resolve(place).orElseThrow().id()).param("period", period)
                .param("c", combination).query(BigDecimal.class).optional().orElse(null);
    }

    @Test
    void theStarterCatalogueAndTheSeedFiguresAreBuiltIn() {
        assertThat(catalogue.indicator("population")).isPresent();
        Indicator share = catalogue.indicator("foreign_born_share").orElseThrow();
        assertThat(share.isComputed()).isTrue();
        assertThat(catalogue.indicator("foreign_born_residents").orElseThrow().dimensions())
                .containsExactly("sex", "age_group", "region_of_nationality");
        assertThat(catalogue.dimension("sex").orElseThrow().categories()).extracting(Dimension.Category::code).contains("female", "male");
        assertThat(value("migrant_or_foreign_share", "Vienna, AT", "2019", "")).isEqualByComparingTo("38");
    }

    @Test
    void aDryRunNamesEveryProblemByRowAndColumnAndStoresNothing() {
        long before = count("select count(*) from data_value");
        String csv = HEADER
                + "population,\"Kairouan, TN\",2021,,120000,census,,good,public\n"
                + "no_such_indicator,\"Kairouan, TN\",2021,,5,,,,\n"
                + "population,\"Atlantis, ZZ\",2021,,5,,,,\n"
                + "population,\"Kairouan, TN\",1890,,5,,,,\n"
                + "population,\"Kairouan, TN\",2021,sex=robot,5,,,,\n"
                + "population,\"Kairouan, TN\",2021,colour=blue,5,,,,\n"
                + "population,\"Kairouan, TN\",2022,,twelve,,,,\n"
                + "population,\"Kairouan, TN\",2021,,120001,,,,\n"
                + "population,\"Kairouan, TN\",2023,,-4,,,,\n"
                + "foreign_born_share,\"Kairouan, TN\",2021,,4,,,,\n"
                + "population,\"Kairouan, TN\",2020,,118000,census,,good,public\n";
        DataImportReport report = run(csv, true, false);
        assertThat(report.stored()).isFalse();
        assertThat(report.problems()).extracting(Problem::row, Problem::column).contains(
                org.assertj.core.groups.Tuple.tuple(3, "indicator"), org.assertj.core.groups.Tuple.tuple(4, "place"),
                org.assertj.core.groups.Tuple.tuple(5, "period"), org.assertj.core.groups.Tuple.tuple(6, "categories"),
                org.assertj.core.groups.Tuple.tuple(7, "categories"), org.assertj.core.groups.Tuple.tuple(8, "value"),
                org.assertj.core.groups.Tuple.tuple(9, ""), org.assertj.core.groups.Tuple.tuple(10, "value"),
                org.assertj.core.groups.Tuple.tuple(11, "indicator"));
        assertThat(report.problems().stream().filter(p -> p.row() == 9).findFirst().orElseThrow().text()).contains("row 2");
        assertThat(report.problems().stream().filter(p -> p.row() == 2).findFirst().orElseThrow().text())
                .as("a duplicate names both rows").contains("row 9");
        assertThat(count("select count(*) from data_value")).isEqualTo(before);

        DataImportReport notDry = run(csv, false, false);
        assertThat(notDry.stored()).as("any failing row stops the whole file").isFalse();
        assertThat(count("select count(*) from data_value")).isEqualTo(before);

        DataImportReport valid = run(csv, false, true);
        assertThat(valid.stored()).isTrue();
        assertThat(valid.created()).as("neither of two rows for one value is stored").isEqualTo(1);
        assertThat(value("population", "Kairouan, TN", "2021", "")).isNull();
        assertThat(value("population", "Kairouan, TN", "2020", "")).isEqualByComparingTo("118000");
    }

    @Test
    void reimportingCorrectedValuesUpdatesThemInPlaceAndKeepsTheEarlierVersion() {
        String first = HEADER + "population,\"Sousse, TN\",2014,,271428,census 2014,,good,public\n"
                + "population,\"Sousse, TN\",2014,sex=female,139000,census 2014,,good,public\n";
        DataImportReport created = run(first, false, false);
        assertThat(created.created()).isEqualTo(2);
        DataImportReport corrected = run(first.replace("139000", "139500"), false, false);
        assertThat(corrected.updated()).isEqualTo(1);
        assertThat(corrected.unchanged()).isEqualTo(1);
        assertThat(value("population", "Sousse, TN", "2014", "sex=female")).isEqualByComparingTo("139500");
        long id = jdbc.sql("""
                select v.id from data_value v join indicator i on i.id = v.indicator_id
                where i.code = 'population' and v.combination = 'sex=female' and v.period = '2014'
                  and v.place_id = :p""").param("p", places.resolve("Sousse, TN").orElseThrow().id()).query(Long.class).single();
        assertThat(values.history(id)).extracting(h -> ((BigDecimal) h.get("value")).intValue()).containsExactly(139000);
    }

    @Test
    void computedIndicatorsFollowTheirInputs() {
        run(HEADER + "population,\"Nabeul, TN\",2020,,80000,,,,\n"
                + "foreign_born_residents,\"Nabeul, TN\",2020,,4000,,,,\n", false, false);
        assertThat(value("foreign_born_share", "Nabeul, TN", "2020", "")).isEqualByComparingTo("5");
        run(HEADER + "foreign_born_residents,\"Nabeul, TN\",2020,,8000,,,,\n", false, false);
        assertThat(value("foreign_born_share", "Nabeul, TN", "2020", "")).isEqualByComparingTo("10");
    }

    @Test
    void breakdownsAreAggregatedIntoMarginalsForAnalytics() {
        run(HEADER + "foreign_born_residents,\"Monastir, TN\",2020,sex=female; age_group=15_24,10,,,,\n"
                + "foreign_born_residents,\"Monastir, TN\",2020,sex=female; age_group=25_64,30,,,,\n"
                + "foreign_born_residents,\"Monastir, TN\",2020,sex=male; age_group=25_64,50,,,,confidential\n", false, false);
        long monastir = places.resolve("Monastir, TN").orElseThrow().id();
        var marginals = jdbc.sql("""
                select m.dimension || ':' || m.category || '=' || m.value::int || '/' || m.confidentiality from data_marginal m
                join indicator i on i.id = m.indicator_id where i.code = 'foreign_born_residents' and m.place_id = :p""")
                .param("p", monastir).query(String.class).list();
        assertThat(marginals).contains(":=90/confidential", "sex:female=40/public", "sex:male=50/confidential",
                "age_group:25_64=80/confidential");
    }

    @Test
    void addingACategoryLaterKeepsEveryValueAndCreatesNoDuplicate() {
        run(HEADER + "new_arrivals,\"Mahdia, TN\",2021,region_of_nationality=europe,12,,,,\n", false, false);
        editing.putDimension("region_of_nationality", catalogue.dimension("region_of_nationality").orElseThrow().name().asMap(),
                List.of(new CatalogueEditing.CategoryDraft("central_asia", java.util.Map.of("en", "Central Asia"))), "data-test");
        DataImportReport again = run(HEADER + "new_arrivals,\"Mahdia, TN\",2021,region_of_nationality=europe,12,,,,\n"
                + "new_arrivals,\"Mahdia, TN\",2021,region_of_nationality=central_asia,3,,,,\n", false, false);
        assertThat(again.created()).isEqualTo(1);
        assertThat(again.unchanged()).isEqualTo(1);
        assertThat(count("""
                select count(*) from data_value v join indicator i on i.id = v.indicator_id
                where i.code = 'new_arrivals' and v.place_id = (select id from place where name = 'Mahdia' and country_code = 'TN' limit 1)""")).isEqualTo(2);
    }

    @Test
    void confidentialValuesReachOnlyTheCitysEditorsAndCoordinators() {
        run(HEADER + "refugees_asylum_seekers,\"Medenine, TN\",2022,,57,UNHCR,,good,confidential\n"
                + "refugees_asylum_seekers,\"Medenine, TN\",2021,,41,UNHCR,,good,public\n", false, false);
        long medenine = places.resolve("Medenine, TN").orElseThrow().id();
        if (!accounts.exists("medenine-focal-point")) {
            accounts.create("medenine-focal-point", "Medenine", "{noop}x", Role.CITY_FOCAL_POINT, null, medenine);
        }
        Editor focal = accounts.findByUsername("medenine-focal-point").orElseThrow();
        var publicRows = values.find(selection.query(List.of("refugees_asylum_seekers"), List.of(String.valueOf(medenine)),
                List.of(), Optional.empty(), 100, 0));
        assertThat(publicRows).extracting(DataValues.Row::period).containsExactly("2021");
        var cityRows = values.find(selection.query(List.of("refugees_asylum_seekers"), List.of(String.valueOf(medenine)),
                List.of(), Optional.of(focal), 100, 0));
        assertThat(cityRows).extracting(DataValues.Row::period).containsExactly("2021", "2022");
    }

    @Test
    void aFileStartingWithHxlHashtagsIsRead() {
        String csv = "#indicator+code,#loc+name,#date+period,#indicator+value+num\n"
                + "migrant_associations,\"Bizerte, TN\",2023,7\n";
        DataImportReport report = run(csv, false, false);
        assertThat(report.problems()).isEmpty();
        assertThat(value("migrant_associations", "Bizerte, TN", "2023", "")).isEqualByComparingTo("7");
    }

    @Test
    void aCityImportsItsOwnValuesOnly() {
        long gabes = places.resolve("Gabes, TN").orElseThrow().id();
        DataImportReport report = jobs.runNow("city.csv", (HEADER + "migrant_associations,\"Gafsa, TN\",2023,,3,,,,\n"
                        + "migrant_associations,\"Gabes, TN\",2023,,4,,,,\n").getBytes(StandardCharsets.UTF_8),
                new DataImport.Options(true, false, "gabes", Locale.ENGLISH, EditablePlaces.only(gabes)));
        assertThat(report.problems()).extracting(Problem::row, Problem::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "place"));
    }

    @Test
    void aPlaceOrIndicatorThatValuesReferToCannotBeDeleted() {
        // a place nothing else refers to, so that only the values can stop its deletion
        long place = jdbc.sql("""
                insert into place (geonames_id, name, country_code, latitude, longitude) values (999999001, 'Guardville', 'ZZ', 1, 1)
                returning id""").query(Long.class).single();
        // an indicator no formula uses, so that only the values can stop its deletion
        String code = jdbc.sql("""
                select i.code from indicator i where i.formula is null
                  and not exists (select 1 from indicator_input x where x.input_id = i.id) order by i.code limit 1""")
                .query(String.class).single();
        DataImportReport report = run(HEADER + "population,geonames:999999001,2019,,118000,census,,good,public\n"
                + code + ",geonames:999999001,2019,,5,census,,good,public\n", false, false);
        assertThat(report.stored()).isTrue();
        long indicator = catalogue.indicator(code).orElseThrow().id();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.sql("delete from place where id = :p").param("p", place).update())
                .hasMessageContaining("stored data values still refer to this place");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.sql("delete from indicator where id = :i").param("i", indicator).update())
                .hasMessageContaining("stored data values still refer to this indicator");
        assertThat(value("population", "geonames:999999001", "2019", "")).isEqualByComparingTo("118000");
    }

    @Autowired DataAccess access;
    @Autowired org.crossroads.directory.Organisations organisations;

    Editor account(String username, Role role, Long organisationId, Long placeId) {
        if (!accounts.exists(username)) {
            accounts.create(username, username, "{noop}password-for-tests", role, organisationId, placeId);
        }
        return accounts.findByUsername(username).orElseThrow();
    }

    String confidentiality(String indicator, String place, String period) {
        return jdbc.sql("""
                select v.confidentiality from data_value v join indicator i on i.id = v.indicator_id
                where i.code = :i and v.place_id = :p and v.period = :period and v.combination = ''""")
                .param("i", indicator).param("p", places.resolve(place).orElseThrow().id()).param("period", period)
                .query(String.class).single();
    }

    @Test
    void aCoordinatorCannotOverwriteAValueOfACityOutsideItsNetworkAndTheConfidentialValueStaysAsItWas() {
        long network = organisations.resolve("org:mc2cm").orElseThrow().id();
        Editor coordinator = account("data-scope-coordinator", Role.NETWORK_COORDINATOR, network, null);
        String member = jdbc.sql("""
                select p.name || ', ' || p.country_code from membership m join place p on p.id = m.place_id
                where m.organisation_id = :o order by p.id limit 1""").param("o", network).query(String.class).single();
        String outside = jdbc.sql("""
                select p.name || ', ' || p.country_code from place p where p.country_code = 'SN' and not exists
                  (select 1 from membership m where m.place_id = p.id and m.organisation_id = :o)
                  and (select count(*) from place q where q.name = p.name and q.country_code = p.country_code) = 1
                order by p.population desc nulls last limit 1""").param("o", network).query(String.class).single();
        run(HEADER + "refugees_asylum_seekers,\"" + outside + "\",2019,,12,UNHCR,,good,confidential\n", false, false);

        EditablePlaces scope = access.editablePlaces(coordinator);
        assertThat(scope.covers(places.resolve(member).orElseThrow().id())).isTrue();
        assertThat(scope.covers(places.resolve(outside).orElseThrow().id())).isFalse();
        DataImportReport report = jobs.runNow("coordinator.csv", (HEADER
                        + "refugees_asylum_seekers,\"" + outside + "\",2019,,999,leak,,good,public\n"
                        + "refugees_asylum_seekers,\"" + member + "\",2019,,8,UNHCR,,good,public\n")
                        .getBytes(StandardCharsets.UTF_8),
                new DataImport.Options(false, true, coordinator.username(), Locale.ENGLISH, scope));

        assertThat(report.problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(2);
            assertThat(p.column()).isEqualTo("place");
            assertThat(p.reason().key()).isEqualTo("data.error.placeNotEditable");
            assertThat(p.text()).contains(outside);
        });
        assertThat(value("refugees_asylum_seekers", outside, "2019", "")).isEqualByComparingTo("12");
        assertThat(confidentiality("refugees_asylum_seekers", outside, "2019")).isEqualTo("confidential");
        assertThat(value("refugees_asylum_seekers", member, "2019", "")).as("its own member's value is stored")
                .isEqualByComparingTo("8");
    }

    @Test
    void noRoleMayChangeValuesItCannotRead() {
        long network = organisations.resolve("org:mc2cm").orElseThrow().id();
        long tunis = places.resolve("Tunis, TN").orElseThrow().id();
        List<Editor> editors = List.of(
                account("data-scope-admin", Role.ADMINISTRATOR, null, null),
                account("data-scope-coordinator", Role.NETWORK_COORDINATOR, network, null),
                account("data-scope-lonely-coordinator", Role.NETWORK_COORDINATOR, null, null),
                account("data-scope-focal-point", Role.CITY_FOCAL_POINT, null, tunis),
                account("data-scope-contributor", Role.CONTRIBUTOR, null, null));
        assertThat(editors).extracting(Editor::role).containsAll(List.of(Role.values()));
        List<Long> everyPlace = jdbc.sql("select id from place").query(Long.class).list();
        for (Editor editor : editors) {
            EditablePlaces editable = access.editablePlaces(editor);
            for (long place : everyPlace) {
                if (editable.covers(place)) {
                    assertThat(access.maySeeConfidential(editor, place)).as("%s edits %d", editor.username(), place).isTrue();
                }
            }
        }
        assertThat(access.editablePlaces(editors.get(4)).covers(tunis)).isFalse();
        assertThat(access.editablePlaces(editors.get(3)).places()).containsExactly(tunis);
    }
}
