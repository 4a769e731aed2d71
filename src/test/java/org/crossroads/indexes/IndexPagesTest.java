package org.crossroads.indexes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.crossroads.IntegrationTest;
import org.crossroads.WebTest;
import org.crossroads.accounts.Accounts;
import org.crossroads.directory.Organisations;
import org.crossroads.directory.Places;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The index pages, the questionnaire form, the builder's pages and the API. */
@IntegrationTest
class IndexPagesTest extends WebTest {

    static final String EXAMPLE = "local-migration-governance-example";

    @Autowired IndexBuilder builder;
    @Autowired SelfAssessmentIndexes indexes;
    @Autowired IndexResponses responses;
    @Autowired Accounts accounts;
    @Autowired Organisations organisations;
    @Autowired Places places;
    @Autowired JsonMapper json;
    IndexFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new IndexFixtures(accounts, organisations, places);
    }

    /** A small index answered by Nador, Irbid and Zarqa for 2023 (see the expected figures below). */
    IndexVersion answeredSmallIndex(String code) {
        long id = builder.loadPublished(IndexFixtures.smallIndex(code), "test");
        IndexVersion v1 = indexes.version(id, 1).orElseThrow();
        submit(v1, fixtures.nadorId(), "2023", IndexFixtures.answers("full", 12, List.of("council", "budget"), null));
        submit(v1, fixtures.irbidId(), "2023", IndexFixtures.answers("partly", 3, List.of("forum"), "no"));
        submit(v1, fixtures.zarqaId(), "2023", IndexFixtures.answers("none", 12, List.of("council"), "yes"));
        return v1;
    }

    void submit(IndexVersion version, long placeId, String period, List<IndexAnswer> answers) {
        responses.submit(new ResponseDraft(version.id(), placeId, period, null, answers), fixtures.admin());
    }

    @Test
    void theIndexPagesSayTheExampleIsNotOfficialInEnglishFrenchAndArabic() throws Exception {
        Document list = okPage(get("/indexes"));
        assertThat(list.select("#indexes li").text()).contains("Local Migration Governance Self-Assessment (example)",
                "Not an official index");
        assertThat(okPage(get("/data/indicators")).select("a[href=/indexes]")).as("reached from the data pages").hasSize(1);

        Document english = okPage(get("/indexes/" + EXAMPLE));
        assertThat(english.select("h1").text()).isEqualTo("Local Migration Governance Self-Assessment (example)");
        assertThat(english.select(".index-notice").text()).contains("This is not an official index",
                "not the Council of Europe’s Intercultural Cities Index", "inspired by the approach");
        assertThat(english.select("#versions tbody tr").first().text()).contains("Version 1", "Published");
        assertThat(english.text()).contains("MC2CM 2019").doesNotContainPattern("(?i)seed 0");

        Document french = okPage(get("/indexes/" + EXAMPLE).param("lang", "fr"));
        assertThat(french.select("html").attr("lang")).isEqualTo("fr");
        assertThat(french.select("h1").text()).isEqualTo("Auto-évaluation de la gouvernance locale des migrations (exemple)");
        assertThat(french.select(".index-notice").text()).contains("Ceci n’est pas un indice officiel", "Conseil de l’Europe");

        Document arabic = okPage(get("/indexes/" + EXAMPLE).param("lang", "ar"));
        assertThat(arabic.select("html").attr("dir")).isEqualTo("rtl");
        assertThat(arabic.select("h1").text()).isEqualTo("التقييم الذاتي للحوكمة المحلية للهجرة (مثال)");
        assertThat(arabic.select(".index-notice").text()).contains("مجلس أوروبا");

        Document questionnaire = okPage(get("/indexes/" + EXAMPLE + "/v1").param("lang", "es"));
        assertThat(questionnaire.select("#questionnaire section.index-dimension")).hasSize(6);
        assertThat(questionnaire.select("#questionnaire li[id^=question-]")).hasSize(23);
        assertThat(questionnaire.select("#questionnaire h3").first().text()).isEqualTo("1. Datos y evidencia sobre la migración");
        assertThat(questionnaire.select(".index-notice").text()).contains("Consejo de Europa");

        assertThat(response(get("/indexes/no-such-index")).getStatus()).isEqualTo(404);
        assertThat(response(get("/indexes/" + EXAMPLE + "/v9")).getStatus()).isEqualTo(404);
    }

    @Test
    void theCityPageDrawsTheRadarAndShowsTheTableOfItsNumbers() throws Exception {
        String code = IndexFixtures.uniqueCode("radar");
        answeredSmallIndex(code);
        long nador = fixtures.nadorId();
        // governance: Nador 62.5, Zarqa 37.5, Irbid 10; participation: 100, 86.67, 3.33; overall 75, 53.89, 7.78
        Document english = okPage(get("/cities/" + nador + "/indexes/" + code));
        Element radar = english.select("figure.radar-chart svg").first();
        assertThat(radar).isNotNull();
        assertThat(radar.select("polygon.radar-city").attr("points").split(" ")).hasSize(2);
        assertThat(radar.select("polygon.radar-median").attr("points").split(" ")).hasSize(2);
        assertThat(radar.select("circle.radar-dot")).hasSize(2);
        assertThat(english.select("#scores tbody tr")).hasSize(3);
        assertThat(english.select("#scores tbody tr").get(0).select("th, td").eachText())
                .containsExactly("1. Governance", "62.5", "37.5", "10.0", "62.5", "1 of 3");
        assertThat(english.select("#scores tbody tr").get(1).select("th, td").eachText())
                .containsExactly("2. Participation", "100.0", "86.7", "3.3", "100.0", "1 of 3");
        assertThat(english.select("#scores tbody tr").get(2).select("th, td").eachText())
                .containsExactly("Overall", "75.0", "53.9", "7.8", "75.0", "1 of 3");
        assertThat(english.select("#basis").text()).contains("3 cities", "version 1");
        assertThat(english.select("#history-v1 tbody tr")).hasSize(1);
        assertThat(english.select("#history-v1 tbody tr").text()).contains("2023", "75.0", "62.5", "100.0");
        assertThat(english.select(".index-notice")).hasSize(1);

        Document french = okPage(get("/cities/" + fixtures.irbidId() + "/indexes/" + code).param("lang", "fr"));
        assertThat(french.select("#scores tbody tr").get(0).select("td").eachText()).containsExactly("10,0", "37,5", "10,0",
                "62,5", "3 sur 3");
        assertThat(french.select("h1").text()).contains("« Small test index");

        Document arabic = okPage(get("/cities/" + fixtures.zarqaId() + "/indexes/" + code).param("lang", "ar"));
        assertThat(arabic.select("html").attr("dir")).isEqualTo("rtl");
        // the digits 0-9, as Arabic is written in the Maghreb
        assertThat(arabic.select("#scores tbody tr").get(2).select("td").first().text()).matches("53\\D9");

        // a city that answered nothing sees none of it; its page links to nothing
        Document none = okPage(get("/cities/" + fixtures.tangierId() + "/indexes/" + code));
        assertThat(none.select("#no-result")).hasSize(1);
        assertThat(none.select("figure.radar-chart")).isEmpty();
        Document cityPage = okPage(get("/cities/" + nador));
        assertThat(cityPage.select("a[href=/cities/" + nador + "/indexes/" + code + "]")).hasSize(1);
        assertThat(response(get("/cities/" + nador + "/indexes/no-such-index")).getStatus()).isEqualTo(404);
    }

    @Test
    void aFocalPointFillsInOneFormForAllDimensionsThenSubmits() throws Exception {
        fixtures.nador();
        fixtures.irbid();
        long nador = fixtures.nadorId();
        String respond = "/indexes/" + EXAMPLE + "/v1/respond";
        IndexVersion v1 = indexes.version(indexes.findByCode(EXAMPLE).orElseThrow().id(), 1).orElseThrow();

        Document empty = okPage(get(respond).param("period", "2020").with(user(IndexFixtures.NADOR_FOCAL_POINT)));
        assertThat(empty.select("#respond-form section.index-dimension")).hasSize(6);
        assertThat(empty.select("#respond-form fieldset.index-question")).hasSize(23);
        assertThat(empty.select("input[name=q_data.local][type=radio]")).hasSize(4);
        assertThat(empty.select("input[name=q_data.sources][type=checkbox]")).hasSize(5);
        assertThat(empty.select("input[name=q_coordination.departments]").attr("type")).isEqualTo("number");
        assertThat(empty.select("input[name=q_data.safeguards]")).extracting(e -> e.val()).containsExactly("yes", "no");
        assertThat(empty.select("input[name=version]").val()).isEmpty();
        assertThat(empty.select("button[value=draft]")).hasSize(1);

        // submitting half of it names every unanswered required question, and keeps what was typed
        Document rejected = okPage(post(respond).param("place", String.valueOf(nador)).param("period", "2020")
                .with(user(IndexFixtures.NADOR_FOCAL_POINT)).with(csrf()).param("action", "submit").param("version", "")
                .param("q_data.local", "regular").param("q_data.sources", "census", "proxies")
                .param("q_coordination.departments", "four"));
        // 22 required questions, 2 answered; the one with "four" says so rather than "not answered"
        assertThat(rejected.select("#error-summary li")).hasSize(20);
        assertThat(rejected.select("#error-summary li a[href='#err-q_data.shared']").text()).startsWith("1.3 Do municipal departments");
        assertThat(rejected.select("#error-summary").text()).contains("Question 1.3 is not answered", "“four” is not a number");
        assertThat(rejected.select("#error-summary").text()).doesNotContain("5.3 ");
        assertThat(rejected.select("input[name=q_data.local][checked]").val()).isEqualTo("regular");
        assertThat(rejected.select("input[name=q_data.sources][checked]")).extracting(e -> e.val()).containsExactly("census", "proxies");
        assertThat(rejected.select("input[name=q_coordination.departments]").val()).isEqualTo("four");
        assertThat(responses.find(v1.id(), nador, "2020")).isEmpty();

        // the same as a draft is kept
        MockHttpServletResponse draft = response(post(respond).param("place", String.valueOf(nador)).param("period", "2020")
                .with(user(IndexFixtures.NADOR_FOCAL_POINT)).with(csrf()).param("action", "draft").param("version", "")
                .param("q_data.local", "regular").param("q_data.sources", "census", "proxies"));
        assertThat(draft.getRedirectedUrl()).isEqualTo(respond + "?place=" + nador + "&period=2020");
        Document reopened = okPage(get(respond).param("period", "2020").with(user(IndexFixtures.NADOR_FOCAL_POINT)));
        assertThat(reopened.select("input[name=version]").val()).isEqualTo("0");
        assertThat(reopened.select("#draft-note")).hasSize(1);
        assertThat(reopened.select("input[name=q_data.sources][checked]")).hasSize(2);

        // all of it is submitted, and the city's page shows a radar with one point per dimension
        MockHttpServletRequestBuilder complete = post(respond).param("place", String.valueOf(nador)).param("period", "2020")
                .with(user(IndexFixtures.NADOR_FOCAL_POINT)).with(csrf()).param("action", "submit").param("version", "0");
        for (IndexQuestion q : v1.questions()) {
            if (q.kind() == QuestionKind.NUMBER_RANGE) {
                complete.param("q_" + q.code(), "2");
            } else if (!q.code().equals("narrative.media")) {
                complete.param("q_" + q.code(), q.options().get(q.options().size() - 1).code());
            }
        }
        MockHttpServletResponse submitted = response(complete);
        assertThat(submitted.getRedirectedUrl()).isEqualTo("/cities/" + nador + "/indexes/" + EXAMPLE + "?version=1&period=2020");
        IndexResponse stored = responses.find(v1.id(), nador, "2020").orElseThrow();
        assertThat(stored.isSubmitted()).isTrue();
        assertThat(stored.answer("narrative.media")).isEmpty();

        Document results = okPage(get("/cities/" + nador + "/indexes/" + EXAMPLE).param("lang", "fr"));
        assertThat(results.select("polygon.radar-city").attr("points").split(" ")).hasSize(6);
        assertThat(results.select("#scores tbody tr")).hasSize(7);
        assertThat(results.select("#scores tbody tr").first().text()).contains("1. Données et connaissances sur les migrations");
        assertThat(results.select("#scores tbody tr td").eachText()).noneMatch(t -> t.isBlank());

        // another city's focal point, a coordinator and a visitor cannot answer for Nador
        assertThat(response(get(respond).param("place", String.valueOf(nador)).with(user(IndexFixtures.IRBID_FOCAL_POINT)))
                .getStatus()).isEqualTo(403);
        assertThat(response(post(respond).param("place", String.valueOf(nador)).param("period", "2019")
                .with(user(IndexFixtures.IRBID_FOCAL_POINT)).with(csrf()).param("action", "submit")).getStatus()).isEqualTo(403);
        assertThat(response(get(respond)).getRedirectedUrl()).endsWith("/login");
        assertThat(responses.find(v1.id(), nador, "2019")).isEmpty();
    }

    @Test
    void aCoordinatorBuildsAnIndexPublishesItAndThenCannotChangeIt() throws Exception {
        fixtures.coordinator();
        fixtures.otherCoordinator();
        String code = IndexFixtures.uniqueCode("built");
        String coordinator = IndexFixtures.COORDINATOR;

        assertThat(okPage(get("/indexes/new").with(user(coordinator))).select("#index-form input[name=name_ar]").attr("dir"))
                .isEqualTo("rtl");
        Document invalid = okPage(post("/indexes/new").with(user(coordinator)).with(csrf()).param("code", "Bad Code"));
        assertThat(invalid.select("#index-form .field-error").eachText()).anyMatch(t -> t.contains("Bad Code"));
        assertThat(invalid.select("#name_en").attr("aria-invalid")).isEqualTo("true");
        assertThat(response(post("/indexes/new").with(user(coordinator)).with(csrf()).param("code", code)
                .param("name_en", "Built in a test").param("name_fr", "Construit dans un test")).getRedirectedUrl())
                .isEqualTo("/indexes/" + code + "/v1/edit");

        String base = "/indexes/" + code + "/v1";
        Document overview = okPage(get(base + "/edit").with(user(coordinator)));
        assertThat(overview.select("#pending-problems").text()).contains("Add at least one dimension");
        Document badWeight = okPage(post(base + "/dimensions").with(user(coordinator)).with(csrf()).param("revision", "0")
                .param("code", "data").param("name_en", "Data").param("weight", "heavy"));
        assertThat(badWeight.select("#new-dimension .field-error").text()).contains("“heavy” is not a number");
        assertThat(response(post(base + "/dimensions").with(user(coordinator)).with(csrf()).param("revision", "0")
                .param("code", "data").param("name_en", "Data").param("weight", "1,5")).getRedirectedUrl())
                .isEqualTo(base + "/edit");
        assertThat(response(post(base + "/questions").with(user(coordinator)).with(csrf()).param("revision", "1")
                .param("dimension", "data").param("code", "data.plan").param("prompt_en", "Is there a plan?")
                .param("kind", "yes_no").param("weight", "1").param("required", "on")).getRedirectedUrl())
                .isEqualTo(base + "/questions/data.plan");
        Document question = okPage(get(base + "/questions/data.plan").with(user(coordinator)));
        assertThat(question.select("details.builder-option")).hasSize(2);
        assertThat(question.select("#new-option")).isEmpty();
        // a stale revision sends the editor back to the overview, saying why
        MockHttpServletResponse stale = response(post(base + "/dimensions/data").with(user(coordinator)).with(csrf())
                .param("revision", "0").param("code", "data").param("name_en", "Data").param("weight", "2"));
        assertThat(stale.getRedirectedUrl()).isEqualTo(base + "/edit");
        assertThat(okPage(get(base + "/edit").with(user(coordinator))
                .flashAttr("conflict", true)).select("#conflict")).hasSize(1);
        // another network's coordinator may not build it
        assertThat(response(get(base + "/edit").with(user(IndexFixtures.OTHER_COORDINATOR))).getStatus()).isEqualTo(403);

        assertThat(response(post(base + "/publish").with(user(coordinator)).with(csrf()).param("revision", "2"))
                .getRedirectedUrl()).isEqualTo(base);
        Document published = okPage(get(base).with(user(coordinator)));
        assertThat(published.select(".status-published")).hasSize(1);
        assertThat(published.select("#questionnaire li[id=question-data.plan]").text()).contains("Is there a plan?", "100 points");

        // the published version is frozen: a change is refused with a clear page
        MockHttpServletResponse frozen = response(post(base + "/dimensions/data").with(user(coordinator)).with(csrf())
                .param("revision", "3").param("code", "data").param("name_en", "Data").param("weight", "2"));
        assertThat(frozen.getStatus()).isEqualTo(409);
        Document refusal = Jsoup.parse(frozen.getContentAsString(StandardCharsets.UTF_8));
        assertThat(refusal.select("#frozen").text()).contains("Version 1 is published", "open a new draft version");
        assertThat(okPage(get(base + "/edit").with(user(coordinator))).select("#frozen")).hasSize(1);
        assertThat(indexes.version(indexes.findByCode(code).orElseThrow().id(), 1).orElseThrow().dimensions().get(0).weight())
                .isEqualByComparingTo("1.5");

        // a new draft version copies it
        assertThat(response(post("/indexes/" + code + "/versions").with(user(coordinator)).with(csrf())).getRedirectedUrl())
                .isEqualTo("/indexes/" + code + "/v2/edit");
        assertThat(okPage(get("/indexes/" + code + "/v2/edit").with(user(coordinator))).select("#dimensions li[id=dimension-data]"))
                .hasSize(1);
        // drafts are the builders' own
        assertThat(response(get("/indexes/" + code + "/v2")).getStatus()).isEqualTo(404);
        assertThat(okPage(get("/indexes/" + code)).select("#versions tbody tr")).hasSize(1);
    }

    @Test
    void theApiGivesTheIndexesAndTheScoresOfOneVersionAtATime() throws Exception {
        String code = IndexFixtures.uniqueCode("api");
        IndexVersion v1 = answeredSmallIndex(code);
        IndexVersion v2 = builder.newDraftVersion(code, fixtures.admin());
        builder.publish(v2.id(), v2.revision(), fixtures.admin());
        submit(indexes.version(v2.id()).orElseThrow(), fixtures.tangierId(), "2024",
                IndexFixtures.answers("full", 1, List.of("budget"), "yes"));

        JsonNode all = json.readTree(response(get("/api/indexes")).getContentAsString(StandardCharsets.UTF_8));
        JsonNode example = null;
        JsonNode mine = null;
        for (JsonNode index : all) {
            if (index.get("code").asString().equals(EXAMPLE)) {
                example = index;
            }
            if (index.get("code").asString().equals(code)) {
                mine = index;
            }
        }
        assertThat(example).isNotNull();
        assertThat(example.get("official").asBoolean()).isFalse();
        assertThat(example.get("notice").get("en").asString()).contains("not the Council of Europe’s own index");
        assertThat(mine.get("versions")).hasSize(2);
        assertThat(mine.get("versions").get(0).get("cities").asInt()).isEqualTo(3);

        JsonNode first = json.readTree(response(get("/api/indexes/" + code + "/versions/1/scores"))
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(first.get("version").asInt()).isEqualTo(1);
        assertThat(first.get("cities").asInt()).isEqualTo(3);
        assertThat(first.get("results").get(0).get("city").get("id").asLong()).isEqualTo(fixtures.nadorId());
        assertThat(first.get("results").get(0).get("overall").decimalValue()).isEqualByComparingTo("75");
        assertThat(first.get("results").get(0).get("rank").asInt()).isEqualTo(1);
        assertThat(first.get("results").get(0).get("dimensions").get("gov").decimalValue()).isEqualByComparingTo("62.5");
        assertThat(first.get("overall").get("median").decimalValue()).isEqualByComparingTo("53.89");
        List<Long> firstCities = new java.util.ArrayList<>();
        first.get("results").forEach(r -> firstCities.add(r.get("city").get("id").asLong()));
        assertThat(firstCities).containsExactly(fixtures.nadorId(), fixtures.zarqaId(), fixtures.irbidId());

        JsonNode second = json.readTree(response(get("/api/indexes/" + code + "/versions/2/scores"))
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(second.get("cities").asInt()).isEqualTo(1);
        assertThat(second.get("results").get(0).get("city").get("id").asLong()).isEqualTo(fixtures.tangierId());
        JsonNode of2024 = json.readTree(response(get("/api/indexes/" + code + "/versions/1/scores").param("period", "2024"))
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(of2024.get("cities").asInt()).isZero();

        JsonNode questionnaire = json.readTree(response(get("/api/indexes/" + EXAMPLE + "/versions/1"))
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(questionnaire.get("dimensions")).hasSize(6);
        assertThat(questionnaire.get("dimensions").get(0).get("questions").get(0).get("options").get(0).get("score").asInt())
                .isZero();
        assertThat(response(get("/api/indexes/" + code + "/versions/9/scores")).getStatus()).isEqualTo(404);
        assertThat(response(get("/api/indexes/no-such-index/versions/1/scores")).getStatus()).isEqualTo(404);
        assertThat(v1.number()).isEqualTo(1);
    }
}
