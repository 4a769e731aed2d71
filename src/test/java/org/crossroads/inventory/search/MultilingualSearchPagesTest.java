package org.crossroads.inventory.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.crossroads.IntegrationTest;
import org.crossroads.WebTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What readers see of multilingual search: the initiatives list and API for Arabic, corrected and
 * ambiguous queries; the directory's organisation and city lists; city names in Arabic script on Arabic pages.
 */
@IntegrationTest
class MultilingualSearchPagesTest extends WebTest {

    @Autowired JdbcClient jdbc;

    Document page(String path) throws Exception {
        return Jsoup.parse(mvc.perform(get(path)).andReturn().getResponse().getContentAsString());
    }

    String json(String path) throws Exception {
        return mvc.perform(get(path)).andReturn().getResponse().getContentAsString();
    }

    @Test
    void anArabicPlaceNameFindsInitiativesAndArabicPagesNameTheCityInArabic() throws Exception {
        Document arabic = page("/initiatives?q=" + "صفاقس" + "&lang=ar");
        assertThat(arabic.select("ul.results li")).isNotEmpty();
        assertThat(arabic.select("ul.results li .meta").text()).contains("صفاقس");
        Document english = page("/initiatives?q=" + "صفاقس" + "&lang=en");
        assertThat(english.select("ul.results li .meta").text()).contains("Sfax").doesNotContain("صفاقس");
    }

    @Test
    void theCityPageAndListNameTheCityInArabicScriptOnArabicPages() throws Exception {
        long sfax = jdbc.sql("select id from place where name = 'Sfax' and country_code = 'TN' order by geonames_id nulls last limit 1")
                .query(Long.class).single();
        assertThat(page("/cities/" + sfax + "?lang=ar").select("h1").text()).contains("صفاقس");
        assertThat(page("/cities/" + sfax + "?lang=fr").select("h1").text()).doesNotContain("صفاقس");
        assertThat(page("/cities?q=" + "صفاقس" + "&lang=ar").select("ul.results li a").eachText()).contains("صفاقس");
        assertThat(page("/cities?q=Tangiers&lang=en").select("ul.results li a").eachText()).contains("Tangier");
    }

    @Test
    void aCorrectedWordIsShownAboveTheResults() throws Exception {
        Document page = page("/initiatives?q=Tangiet&lang=en");
        assertThat(page.select(".search-read-as").text()).isEqualTo("Showing results for tangier");
        assertThat(page.select("ul.results li")).isNotEmpty();
        assertThat(page("/initiatives?q=Tangiet&lang=fr").select(".search-read-as").text()).contains("tangier");
        assertThat(page("/initiatives?q=Tangier&lang=en").select(".search-notes")).isEmpty();
    }

    @Test
    void anAmbiguousAcronymNamesEveryOrganisationItStandsFor() throws Exception {
        String expected = "MMC: Mayors Migration Council, Mixed Migration Centre";
        String reversed = "MMC: Mixed Migration Centre, Mayors Migration Council";
        assertThat(page("/initiatives?q=MMC&lang=en").select(".search-ambiguous").text()).isIn(expected + " (results for each)",
                reversed + " (results for each)");
        Document organisations = page("/organisations?q=MMC&lang=en");
        assertThat(organisations.select(".search-ambiguous").text()).startsWith("MMC: ");
        assertThat(organisations.text()).contains("Mayors Migration Council").contains("Mixed Migration Centre");
    }

    @Test
    void anOrganisationSearchForgivesATypo() throws Exception {
        Document page = page("/organisations?q=" + "Mixed Migratoin Centre" + "&lang=en");
        assertThat(page.text()).contains("Mixed Migration Centre");
        assertThat(page.select(".search-read-as").text()).contains("mixed migration centre");
    }

    @Test
    void theCityListForgivesATypoInALongName() throws Exception {
        Document page = page("/cities?q=Tangiet&lang=en");
        assertThat(page.select("ul.results li a").eachText()).contains("Tangier");
        assertThat(page.select(".search-read-as").text()).isEqualTo("Showing results for tangier");
        assertThat(page("/cities?q=Tngr&lang=en").select(".search-read-as")).isEmpty();
    }

    @Test
    void theApiReadsTheQueryTheSameWay() throws Exception {
        assertThat(json("/api/initiatives?q=" + "توأمة")).contains("\"total\":").doesNotContain("\"total\":0,");
        assertThat(json("/api/initiatives?q=Seville")).contains("init:mc2cm");
        String mmc = json("/api/initiatives?q=MMC");
        assertThat(mmc).contains("\"ambiguities\":{\"MMC\":[").contains("Mixed Migration Centre").contains("Mayors Migration Council");
        assertThat(json("/api/initiatives?q=Tangiet")).contains("\"readAs\":\"tangier\"");
    }
}
