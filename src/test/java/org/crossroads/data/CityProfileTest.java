package org.crossroads.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.crossroads.IntegrationTest;
import org.crossroads.WebTest;
import org.crossroads.accounts.Accounts;
import org.crossroads.accounts.Role;
import org.crossroads.directory.Places;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** City migration profiles: generated from the data, small counts hidden from the public, as a page and a PDF. */
@IntegrationTest
class CityProfileTest extends WebTest {

    @Autowired DataImportJobs jobs;
    @Autowired Places places;
    @Autowired Accounts accounts;
    long city;

    @BeforeEach
    void aCityWithSomeValues() {
        city = places.resolve("Kasserine, TN").orElseThrow().id();
        jobs.runNow("profile.csv", (DataImportTest.HEADER
                + "population,\"Kasserine, TN\",2014,,83000,INS census 2014,,good,public\n"
                + "population,\"Kasserine, TN\",2024,,92000,INS census 2024,,good,public\n"
                + "foreign_born_residents,\"Kasserine, TN\",2024,,920,INS census 2024,,good,public\n"
                + "migrant_associations,\"Kasserine, TN\",2024,,3,municipal register,,good,public\n")
                .getBytes(StandardCharsets.UTF_8), new DataImport.Options(false, false, "profile-test", Locale.ENGLISH, null));
        if (!accounts.exists("kasserine-focal-point")) {
            accounts.create("kasserine-focal-point", "Kasserine", "{noop}x", Role.CITY_FOCAL_POINT, null, city);
        }
    }

    Document page(String path, String username) throws Exception {
        var request = get(path);
        if (username != null) {
            request = request.with(user(username));
        }
        return Jsoup.parse(mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void theProfileShowsPopulationOverTimeKeyIndicatorsAndGapsWithSmallCountsHiddenFromThePublic() throws Exception {
        Document profile = page("/cities/" + city + "/profile", null);
        assertThat(profile.select("#series-population td").eachText()).contains("2014", "83000", "2024", "92000");
        assertThat(profile.select("#series-foreign_born_share td").eachText()).contains("1.0");
        assertThat(profile.select("#key-indicators").text()).contains("<5").doesNotContain("Registered migrant and diaspora associations 2024 3 ");
        assertThat(profile.select("#data-gaps li").eachText()).contains("Remittances received");

        Document forTheCity = page("/cities/" + city + "/profile", "kasserine-focal-point");
        assertThat(forTheCity.select("#key-indicators td").eachText()).contains("3");

        Document french = page("/cities/" + city + "/profile?lang=fr", null);
        assertThat(french.select("h1").text()).startsWith("Profil migratoire");
        byte[] pdf = mvc.perform(get("/cities/" + city + "/profile.pdf")).andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(page("/cities/" + city, null).select("a[href$=/profile]")).isNotEmpty();
    }

    @Test
    void theArabicPdfPrintsItsHeadingInReadingOrder() throws Exception {
        byte[] pdf = mvc.perform(get("/cities/" + city + "/profile.pdf?lang=ar")).andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            // PDFBox reads the printed line back into logical order; unshaped left-to-right output reads reversed.
            assertThat(new PDFTextStripper().getText(document)).contains("ملف الهجرة الخاص بـ");
        }
    }
}
