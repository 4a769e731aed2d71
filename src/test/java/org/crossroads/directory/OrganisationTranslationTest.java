package org.crossroads.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.crossroads.IntegrationTest;
import org.crossroads.WebTest;
import org.crossroads.shared.tabular.ImportContext;
import org.crossroads.shared.tabular.ImportOptions;
import org.crossroads.shared.tabular.ImportReport;
import org.crossroads.shared.tabular.ImportRunner;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class OrganisationTranslationTest extends WebTest {

    @Autowired ImportRunner runner;
    @Autowired Organisations organisations;

    @Test
    void anOrganisationsNameAndDescriptionCanBeImportedInOtherLanguagesAndShowInThem() throws Exception {
        String csv = "external_id,name,type,source,name_fr,description_fr,name_ar\n"
                + "org:translated-test,Network of Welcoming Cities,city_network,test,Réseau des villes accueillantes,"
                + "Un réseau de villes,شبكة المدن المضيافة\n";
        ImportReport report = runner.run("organisations", "orgs.csv", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                ImportOptions.ALL_OR_NOTHING, new ImportContext("importer", Locale.ENGLISH, false));
        assertThat(report.problems()).isEmpty();
        long id = organisations.resolve("org:translated-test").orElseThrow().id();
        assertThat(organisations.translations(id).get("fr")).containsEntry("name", "Réseau des villes accueillantes");

        String french = mvc.perform(get("/organisations/" + id).param("lang", "fr")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(french).contains("Réseau des villes accueillantes").contains("Un réseau de villes");
        String english = mvc.perform(get("/organisations/" + id).param("lang", "en")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(english).contains("Network of Welcoming Cities");
    }
}
