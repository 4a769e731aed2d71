package org.crossroads.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.charset.StandardCharsets;
import org.crossroads.IntegrationTest;
import org.crossroads.WebTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;

/** The import report says what a confirmation would store, with counts in the plural forms of each language. */
@IntegrationTest
class ImportReportPageTest extends WebTest {

    static final String RUN = Long.toString(System.nanoTime(), 36);

    Document check(boolean storeValidRows, String lang) throws Exception {
        String csv = "external_id,name,type,source\n"
                + "org:keep-" + RUN + ",Kept network " + RUN + ",city_network,Test source\n"
                + "org:bad-" + RUN + ",Refused network " + RUN + ",guild,Test source\n";
        MockMultipartFile file = new MockMultipartFile("file", "organisations.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        return Jsoup.parse(mvc.perform(multipart("/import").file(file).param("kind", "organisations")
                        .param("storeValidRows", String.valueOf(storeValidRows)).param("lang", lang)
                        .with(user("admin").roles("ADMINISTRATOR")).with(csrf()))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void aDryRunThatKeepsTheValidRowsSaysHowManyRowsWillBeStoredAndHowManyLeftOut() throws Exception {
        Document keep = check(true, "en");
        assertThat(keep.select("#import-summary").text()).isEqualTo("2 rows checked: 1 problem in 1 row. Nothing is stored yet. "
                + "Importing this file now will store 1 row; the row with problems will be left out.");
        assertThat(keep.select("#confirm-import")).hasSize(1);

        Document allOrNothing = check(false, "en");
        assertThat(allOrNothing.select("#import-summary").text())
                .isEqualTo("2 rows checked: 1 problem in 1 row. Nothing was stored. Correct the file and check it again.");
        assertThat(allOrNothing.select("#confirm-import")).isEmpty();

        assertThat(check(true, "fr").select("#import-summary").text()).contains("enregistrera 1 ligne",
                "la ligne ayant des problèmes sera laissée de côté");
        assertThat(check(true, "ar").select("#import-summary").text()).contains("سيحفظ صفًا واحدًا", "مشكلة واحدة")
                .doesNotContainPattern("[\u0660-\u0669]");
    }
}
