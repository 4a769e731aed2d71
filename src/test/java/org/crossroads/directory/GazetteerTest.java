package org.crossroads.directory;

import static org.assertj.core.api.Assertions.assertThat;

import org.crossroads.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The GeoNames gazetteer is loaded at the first start, and places are found the ways import files name them. */
@IntegrationTest
class GazetteerTest {

    @Autowired Places places;
    @Autowired JdbcClient jdbc;

    @Test
    void theWholeGazetteerIsLoaded() {
        assertThat(jdbc.sql("select count(*) from place where geonames_id is not null").query(Long.class).single())
                .isGreaterThan(130_000);
    }

    @Test
    void placesAreFoundByNameAndCountry() {
        assertThat(places.resolve("Sfax, TN")).hasValueSatisfying(sfax -> {
            assertThat(sfax.geonamesId()).isEqualTo(2467454L);
            assertThat(sfax.countryCode()).isEqualTo("TN");
            assertThat(sfax.latitude()).isBetween(34.7, 34.8);
        });
    }

    @Test
    void namesMatchRegardlessOfCaseAndAccents() {
        assertThat(places.resolve("tetouan, ma")).map(Place::name).hasValue("Tétouan");
        assertThat(places.resolve("TANGIER, ma")).map(Place::geonamesId).hasValue(2530335L);
        assertThat(places.resolve("Fes, MA")).map(Place::name).hasValue("Fès");
        assertThat(places.resolve("Oujda, MA")).map(Place::name).hasValue("Oujda-Angad");
        assertThat(places.resolve("Tanger, MA")).map(Place::geonamesId).hasValue(2530335L);
        assertThat(places.resolve("طنجة, MA")).map(Place::geonamesId).hasValue(2530335L);
        assertThat(places.search("Serrekunda", "GM", 5)).extracting(Place::name).contains("Serekunda");
    }

    @Test
    void placesAreFoundByGeonamesId() {
        assertThat(places.resolve("geonames:2467454")).map(Place::name).hasValue("Sfax");
        assertThat(places.resolve("GeoNames:2467454")).map(Place::name).hasValue("Sfax");
    }

    @Test
    void unknownReferencesFindNothing() {
        assertThat(places.resolve("Sfax, MA")).isEmpty();
        assertThat(places.resolve("Atlantis")).isEmpty();
        assertThat(places.resolve("geonames:1")).isEmpty();
        assertThat(places.resolve("  ")).isEmpty();
    }

    @Test
    void theSizeClassIsComputedFromThePopulation() {
        assertThat(places.resolve("Sfax, TN")).map(Place::sizeClass).hasValue("intermediary");
        assertThat(places.resolve("Casablanca, MA")).map(Place::sizeClass).hasValue("metropolitan");
        assertThat(places.resolve("geonames:2467454")).map(Place::isIntermediary).hasValue(true);
        assertThat(jdbc.sql("select size_class from place where geonames_id is not null and population between 1 and 49999 limit 1")
                .query(String.class).single()).isEqualTo("small");
    }
}
