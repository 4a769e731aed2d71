package org.crossroads.learning.capabilities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.crossroads.learning.LearningFixtures;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.crossroads.IntegrationTest;
import org.crossroads.WebTest;
import org.crossroads.accounts.Accounts;
import org.crossroads.directory.Organisations;
import org.crossroads.directory.Places;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The capability pages, the assessment form, the administrators' framework upload and the API. */
@IntegrationTest
class CapabilityPagesTest extends WebTest {

    @Autowired CapabilityAssessments assessments;
    @Autowired CapabilityFrameworks frameworks;
    @Autowired Accounts accounts;
    @Autowired Organisations organisations;
    @Autowired Places places;
    @Autowired JsonMapper json;
    LearningFixtures fixtures;
    CapabilityFramework fiveCore;

    @BeforeEach
    void setUp() {
        fixtures = LearningFixtures.of(accounts, organisations, places);
        fiveCore = frameworks.findByCode(CapabilityFrameworks.FIVE_CORE_CAPABILITIES).orElseThrow();
    }

    void assessSfax(String period, int score) {
        long sfax = fixtures.place("Sfax, TN");
        assessments.save(new AssessmentDraft(sfax, fiveCore.id(), period, null, List.of(
                new AssessmentDraft.Entry("5c.1.1", score, "Le personnel technique a animé deux ateliers"),
                new AssessmentDraft.Entry("5c.4.2", score - 1, null))), fixtures.sfaxFocalPoint());
    }

    @Test
    void theFocalPointFillsInTheFormWhichKeepsTypedValuesWhenRejected() throws Exception {
        fixtures.sfaxFocalPoint();
        long sfax = fixtures.place("Sfax, TN");
        String assess = "/cities/" + sfax + "/capabilities/assess";

        Document empty = okPage(get(assess).param("period", "2018").with(user(LearningFixtures.SFAX_FOCAL_POINT)));
        assertThat(empty.select("#assess-form fieldset.indicator")).hasSize(18);
        assertThat(empty.select("#assess-form input[name=score_5c.1.1]")).hasSize(6);
        assertThat(empty.select("#assess-form input[name=version]").val()).isEmpty();
        assertThat(empty.select("#assess-form h2").first().text()).contains("The capability to commit and engage");

        Document rejected = okPage(post(assess).param("period", "2018").with(user(LearningFixtures.SFAX_FOCAL_POINT)).with(csrf())
                .param("version", "").param("score_5c.1.1", "4").param("evidence_5c.1.1", "Typed evidence")
                .param("score_5c.1.2", "").param("evidence_5c.1.2", "Evidence without a score")
                .param("score_5c.2.1", "9"));
        assertThat(rejected.select("[id=err-score_5c.1.2]").text()).isNotBlank();
        assertThat(rejected.select("[id=err-score_5c.2.1]").text()).contains("9");
        assertThat(rejected.select("input[name=score_5c.1.1][checked]").val()).isEqualTo("4");
        assertThat(rejected.select("textarea[name=evidence_5c.1.1]").text()).isEqualTo("Typed evidence");
        assertThat(rejected.select("textarea[name=evidence_5c.1.2]").text()).isEqualTo("Evidence without a score");
        assertThat(rejected.select("#error-summary").text()).contains("2 fields");

        // a score that is not a number is named, and so are the form's other problems
        Document notANumber = okPage(post(assess).param("period", "2018").with(user(LearningFixtures.SFAX_FOCAL_POINT)).with(csrf())
                .param("score_5c.1.1", "four").param("evidence_5c.1.2", "Evidence without a score"));
        assertThat(notANumber.select("[id=err-score_5c.1.1]").text()).contains("four");
        assertThat(notANumber.select("[id=err-score_5c.1.2]")).hasSize(1);
        assertThat(assessments.find(sfax, fiveCore.id(), "2018")).isEmpty();

        MockHttpServletResponse saved = response(post(assess).param("period", "2018")
                .with(user(LearningFixtures.SFAX_FOCAL_POINT)).with(csrf())
                .param("version", "").param("score_5c.1.1", "4").param("evidence_5c.1.1", "Typed evidence")
                .param("score_5c.2.1", "3"));
        assertThat(saved.getRedirectedUrl()).isEqualTo("/cities/" + sfax + "/capabilities?framework="
                + CapabilityFrameworks.FIVE_CORE_CAPABILITIES + "&period=2018");
        CapabilityAssessment stored = assessments.find(sfax, fiveCore.id(), "2018").orElseThrow();
        assertThat(stored.scores()).extracting(CapabilityAssessment.Score::score).containsExactly(4, 3);

        Document reopened = okPage(get(assess).param("period", "2018").with(user(LearningFixtures.SFAX_FOCAL_POINT)));
        assertThat(reopened.select("#assess-form input[name=version]").val()).isEqualTo("0");
        assertThat(reopened.select("input[name=score_5c.2.1][checked]").val()).isEqualTo("3");

        // a stale form: the typed values stay, with the version now current
        response(post(assess).param("period", "2018").with(user(LearningFixtures.SFAX_FOCAL_POINT)).with(csrf())
                .param("version", "0").param("score_5c.1.1", "5"));
        Document conflict = okPage(post(assess).param("period", "2018").with(user(LearningFixtures.SFAX_FOCAL_POINT)).with(csrf())
                .param("version", "0").param("score_5c.1.1", "2"));
        assertThat(conflict.select(".conflict")).hasSize(1);
        assertThat(conflict.select("input[name=score_5c.1.1][checked]").val()).isEqualTo("2");
        assertThat(conflict.select("#assess-form input[name=version]").val()).isEqualTo("1");
    }

    @Test
    void onlyTheCitysFocalPointOpensItsForm() throws Exception {
        fixtures.sfaxFocalPoint();
        fixtures.mc2cmCoordinator();
        long tunis = fixtures.place("Tunis, TN");
        String assess = "/cities/" + tunis + "/capabilities/assess";
        assertThat(response(get(assess).with(user(LearningFixtures.SFAX_FOCAL_POINT))).getStatus()).isEqualTo(403);
        assertThat(response(get(assess).with(user(LearningFixtures.MC2CM_COORDINATOR))).getStatus()).isEqualTo(403);
        assertThat(response(post(assess).param("period", "2017").with(user(LearningFixtures.SFAX_FOCAL_POINT)).with(csrf())
                .param("score_5c.1.1", "3")).getStatus()).isEqualTo(403);
        assertThat(response(get(assess)).getRedirectedUrl()).endsWith("/login");
        assertThat(assessments.find(tunis, fiveCore.id(), "2017")).isEmpty();

        Document future = okPage(get("/cities/" + fixtures.place("Sfax, TN") + "/capabilities/assess").param("period", "2999")
                .with(user(LearningFixtures.SFAX_FOCAL_POINT)));
        assertThat(future.select("#err-period").text()).contains("2999");
        assertThat(future.select("#assess-form")).isEmpty();
    }

    @Test
    void theCityPageShowsTheTrendTableAndEvidenceInFrenchAndArabic() throws Exception {
        assessSfax("2016", 2);
        assessSfax("2017-H1", 4);
        long sfax = fixtures.place("Sfax, TN");

        Document english = okPage(get("/cities/" + sfax + "/capabilities").param("period", "2016"));
        assertThat(english.select("#trend-table thead th").eachText()).contains("2016", "2017 H1");
        assertThat(english.select("#trend-table tbody tr").first().text()).contains("The capability to commit and engage", "2.0", "4.0");
        assertThat(english.select("#level-table tbody tr")).hasSize(3);
        assertThat(english.select("figure.trend-chart svg polyline")).hasSize(5);
        assertThat(english.select("[id=statement-5c.1.1]").text()).contains("2 / 5", "Le personnel technique a animé deux ateliers");

        Document french = okPage(get("/cities/" + sfax + "/capabilities").param("lang", "fr"));
        assertThat(french.select("html").attr("lang")).isEqualTo("fr");
        assertThat(french.select("h1").text()).startsWith("Capacités de");
        assertThat(french.select("#trend-table thead th").eachText()).contains("2017 S1");
        assertThat(french.select("#trend-table tbody tr").first().text()).contains("La capacité de s'engager", "4,0");
        assertThat(french.select("#level-table").text()).contains("individuel", "collectif");

        Document arabic = okPage(get("/cities/" + sfax + "/capabilities").param("period", "2017-H1").param("lang", "ar"));
        assertThat(arabic.select("html").attr("dir")).isEqualTo("rtl");
        assertThat(arabic.select("h1").text()).startsWith("قدرات");
        assertThat(arabic.select("#trend-table tbody tr").first().text()).contains("القدرة على الالتزام والمشاركة");
        assertThat(arabic.select("#statements").text()).contains("Le personnel technique");

        Document city = okPage(get("/cities/" + sfax));
        assertThat(city.select("a[href^=/cities/" + sfax + "/capabilities]")).isNotEmpty();
    }

    @Test
    void theNetworkPageShowsTheHeatMapForANetworksMembers() throws Exception {
        assessSfax("2015", 3);
        long mc2cm = fixtures.organisation("org:mc2cm");

        Document all = okPage(get("/capabilities"));
        assertThat(all.select("#framework > li")).hasSize(5);
        assertThat(all.select("#heat-map thead th")).hasSize(4);
        assertThat(all.select("#heat-map tbody tr")).hasSize(5);
        assertThat(all.select("#network-trend")).hasSize(1);

        Document network = okPage(get("/capabilities").param("network", String.valueOf(mc2cm)).param("lang", "fr"));
        assertThat(network.select("h1").text()).contains("MC2CM");
        assertThat(network.select("#heat-map-cities").text()).contains("Sfax");
        assertThat(network.select("#heat-map tbody tr").first().select("td small").first().text()).contains("ville");

        Document arabic = okPage(get("/capabilities").param("network", String.valueOf(mc2cm)).param("lang", "ar"));
        assertThat(arabic.select("html").attr("dir")).isEqualTo("rtl");
        assertThat(arabic.select("#heat-map thead").text()).contains("فردي", "مؤسسي", "جماعي");

        assertThat(response(get("/capabilities").param("network", "999999999")).getStatus()).isEqualTo(404);
        assertThat(response(get("/capabilities").param("framework", "no-such-framework")).getStatus()).isEqualTo(404);
    }

    @Test
    void anAdministratorUploadsASecondFramework() throws Exception {
        String csv = """
                capability,capability_en,capability_fr,capability_ar,capability_es,indicator,level,indicator_en,indicator_fr,indicator_ar,indicator_es
                trust,Mutual trust,Confiance mutuelle,الثقة المتبادلة,Confianza mutua,mt.1,individual,Peers share failures,Les pairs partagent leurs échecs,يتبادل النظراء إخفاقاتهم,Los pares comparten sus fracasos
                trust,,,,,mt.2,collective,Peers act together,Les pairs agissent ensemble,يعمل النظراء معًا,Los pares actúan juntos
                """;
        Document refused = okPage(multipart("/admin/capability-frameworks")
                .file(new MockMultipartFile("file", "bad.csv", "text/csv",
                        "capability,level\ntrust,individual\n".getBytes(StandardCharsets.UTF_8)))
                .param("code", "Mutual Trust!").param("nameEn", "").param("nameFr", "Confiance").param("source", "Test")
                .with(user("admin").roles("ADMINISTRATOR")).with(csrf()));
        assertThat(refused.select("#err-code").text()).contains("Mutual Trust!");
        assertThat(refused.select("#err-name_en")).hasSize(1);
        assertThat(refused.select("#err-file").text()).contains("indicator", "indicator_en");
        assertThat(refused.select("#nameFr").val()).isEqualTo("Confiance");
        assertThat(frameworks.findByCode("mutual-trust")).isEmpty();

        MockHttpServletResponse added = response(multipart("/admin/capability-frameworks")
                .file(new MockMultipartFile("file", "trust.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                .param("code", "mutual-trust").param("nameEn", "Mutual trust").param("nameFr", "Confiance mutuelle")
                .param("nameAr", "الثقة المتبادلة").param("nameEs", "Confianza mutua").param("source", "Test framework")
                .with(user("admin").roles("ADMINISTRATOR")).with(csrf()));
        assertThat(added.getRedirectedUrl()).isEqualTo("/admin/capability-frameworks");
        CapabilityFramework trust = frameworks.findByCode("mutual-trust").orElseThrow();
        assertThat(trust.indicators()).extracting(CapabilityFramework.CapabilityIndicator::code).containsExactly("mt.1", "mt.2");

        Document list = okPage(get("/admin/capability-frameworks").with(user("admin").roles("ADMINISTRATOR")));
        assertThat(list.select("#frameworks").text()).contains("mutual-trust", "Mutual trust", "five-core-capabilities");

        Document again = okPage(multipart("/admin/capability-frameworks")
                .file(new MockMultipartFile("file", "trust.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                .param("code", "mutual-trust-2").param("nameEn", "Again").param("source", "Test")
                .with(user("admin").roles("ADMINISTRATOR")).with(csrf()));
        assertThat(again.select("#err-file").text()).contains("mt.1", "mt.2");

        assertThat(okPage(get("/capabilities").param("framework", "mutual-trust")).select("#framework > li")).hasSize(1);
        JsonNode api = json.readTree(response(get("/api/capability-frameworks")).getContentAsString(StandardCharsets.UTF_8));
        assertThat(api.findValuesAsString("code")).contains("five-core-capabilities", "mutual-trust", "mt.2");

        assertThat(response(get("/admin/capability-frameworks").with(user(LearningFixtures.SFAX_FOCAL_POINT)))
                .getStatus()).isEqualTo(403);
    }

    @Test
    void theApiReturnsAssessmentsAndTheHeatMapAsJson() throws Exception {
        assessSfax("2014", 5);
        long sfax = fixtures.place("Sfax, TN");
        MockHttpServletResponse response = response(get("/api/capability-assessments").param("place", String.valueOf(sfax))
                .param("period", "2014"));
        assertThat(response.getContentType()).startsWith("application/json");
        JsonNode list = json.readTree(response.getContentAsString(StandardCharsets.UTF_8));
        assertThat(list).hasSize(1);
        JsonNode assessment = list.get(0);
        assertThat(assessment.get("period").asString()).isEqualTo("2014");
        assertThat(assessment.get("city").get("name").asString()).isEqualTo("Sfax");
        assertThat(assessment.get("framework").asString()).isEqualTo(CapabilityFrameworks.FIVE_CORE_CAPABILITIES);
        assertThat(assessment.has("assessedBy")).isFalse();
        JsonNode first = assessment.get("scores").get(0);
        assertThat(first.get("indicator").asString()).isEqualTo("5c.1.1");
        assertThat(first.get("capability").asString()).isEqualTo("commit_engage");
        assertThat(first.get("level").asString()).isEqualTo("individual");
        assertThat(first.get("score").asInt()).isEqualTo(5);
        assertThat(first.get("evidence").asString()).contains("ateliers");

        JsonNode all = json.readTree(response(get("/api/capability-assessments").param("place", String.valueOf(sfax))
                .param("framework", CapabilityFrameworks.FIVE_CORE_CAPABILITIES)).getContentAsString(StandardCharsets.UTF_8));
        assertThat(all.size()).isGreaterThanOrEqualTo(1);

        JsonNode heatMap = json.readTree(response(get("/api/capability-assessments/heat-map")
                .param("network", String.valueOf(fixtures.organisation("org:mc2cm")))).getContentAsString(StandardCharsets.UTF_8));
        assertThat(heatMap.get("cities").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(heatMap.get("cells").get(0).has("average")).isTrue();
        assertThat(heatMap.get("basis").findValuesAsString("name")).contains("Sfax");

        assertThat(response(get("/api/capability-assessments").param("place", "999999999")).getStatus()).isEqualTo(404);
        assertThat(response(get("/api/capability-assessments")).getStatus()).isEqualTo(400);
    }
}
