package org.crossroads.network.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.crossroads.IntegrationTest;
import org.crossroads.WebTest;
import org.crossroads.accounts.Accounts;
import org.crossroads.directory.MembershipEditing;
import org.crossroads.directory.OrganisationEditing;
import org.crossroads.directory.PartnershipEditing;
import org.crossroads.directory.PlaceEditing;
import org.crossroads.inventory.InitiativeEditing;
import org.crossroads.learning.outcomes.OutcomeHarvest;
import org.crossroads.network.CooperationNetwork;
import org.crossroads.network.needs.NeedEditing;
import org.crossroads.network.needs.OfferEditing;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /api/matches} and the suggestion pages on the small world of {@link MatchingFixtures} (its own theme): the
 * order and explanations in the language asked, the request links of the URL contract, no score anywhere, 400
 * naming the parameter, 404 for a private need outside the reader's scope; pages without JavaScript, in Arabic.
 */
@IntegrationTest
class MatchesApiTest extends WebTest {

    static final String THEME = "civil_registration";
    static MatchingFixtures f;

    @Autowired JsonMapper json;
    @Autowired CooperationNetwork network;
    @Autowired Accounts accounts;
    @Autowired PlaceEditing places;
    @Autowired PartnershipEditing partnerships;
    @Autowired InitiativeEditing initiatives;
    @Autowired OutcomeHarvest harvest;
    @Autowired NeedEditing needs;
    @Autowired OfferEditing offers;
    @Autowired OrganisationEditing organisations;
    @Autowired MembershipEditing memberships;

    @BeforeEach
    void setUp() {
        if (f == null) {
            f = MatchingFixtures.make(THEME, accounts, places, partnerships, initiatives, harvest, needs, offers, organisations,
                    memberships);
            network.refresh();
        }
    }

    @Test
    void aNeedsSuggestionsComeInOrderWithFactorsEvidenceAndExplanationsInTheLanguageAsked() throws Exception {
        JsonNode body = json.readTree(ok("/api/matches", "need", String.valueOf(f.publicNeed()), "lang", "fr"));
        assertThat(body.get("ready").asBoolean()).isTrue();
        assertThat(body.get("city").get("id").asLong()).isEqualTo(f.id("S"));
        assertThat(body.get("language").asText()).isEqualTo("fr");
        JsonNode first = body.get("suggestions").get(0);
        assertThat(first.get("peer").get("id").asLong()).isEqualTo(f.id("A"));
        assertThat(first.get("peer").get("country").asText()).isEqualTo("MA");
        assertThat(first.get("order").asInt()).isEqualTo(1);
        assertThat(first.get("contact").asText()).isEqualTo("agreed");
        assertThat(first.get("request").asText()).isEqualTo("/exchanges/new?need=" + f.publicNeed() + "&peer=" + f.id("A"));
        JsonNode offer = first.get("factors").get(0);
        assertThat(offer.get("kind").asText()).isEqualTo("offer");
        assertThat(offer.get("evidence").get(0).get("record").asText()).isEqualTo("offer_statement");
        assertThat(offer.get("evidence").get(0).get("id").asLong()).isEqualTo(f.offerOfA());
        assertThat(offer.get("explanation").asText())
                .isEqualTo("offre « Night shelter know-how " + f.run() + " » et accepte d’être contactée à ce sujet (offre)");
        assertThat(body.get("suggestions")).extracting(s -> s.get("peer").get("id").asLong()).containsExactly(f.id("A"), f.id("C"));
        assertThat(body.get("excluded")).extracting(s -> s.get("factors").get(0).get("kind").asText()).containsOnly("constraint");
        assertThat(body.toString()).doesNotContain("score", "weight");

        JsonNode city = json.readTree(ok("/api/matches", "city", String.valueOf(f.id("S")), "theme", THEME));
        assertThat(city.get("suggestions")).extracting(s -> s.get("peer").get("id").asLong())
                .containsExactly(f.id("A"), f.id("C"), f.id("B"), f.id("E"));
        assertThat(city.get("suggestions").get(0).get("request").asText()).isEqualTo("/exchanges/new?city=" + f.id("S") + "&peer="
                + f.id("A") + "&theme=" + THEME);
        JsonNode fromOffer = json.readTree(ok("/api/matches", "offer", String.valueOf(f.offerOfA())));
        assertThat(fromOffer.get("suggestions").get(0).get("request").asText())
                .isEqualTo("/exchanges/new?offer=" + f.offerOfA() + "&city=" + f.id("S"));
        assertThat(fromOffer.get("suggestions").get(0).get("needId").asLong()).isEqualTo(f.publicNeed());
    }

    @Test
    void badInputIsRefusedNamingTheParameterAndAPrivateNeedIsNotFoundOutsideItsScope() throws Exception {
        String need = String.valueOf(f.publicNeed());
        String city = String.valueOf(f.id("S"));
        List<String[]> bad = List.of(new String[] {}, new String[] {"need", need, "city", city},
                new String[] {"need", need, "theme", THEME}, new String[] {"city", city, "theme", "fortune_telling"},
                new String[] {"need", "abc"}, new String[] {"city", city, "includeExisting", "perhaps"});
        List<String> parameters = new ArrayList<>();
        for (String[] params : bad) {
            MockHttpServletResponse r = mvc.perform(request("/api/matches", params)).andReturn().getResponse();
            assertThat(r.getStatus()).as(String.join(" ", params)).isEqualTo(400);
            parameters.add(json.readTree(r.getContentAsString(StandardCharsets.UTF_8)).get("parameter").asText());
        }
        assertThat(parameters).containsExactly("need", "offer", "theme", "theme", "need", "includeExisting");

        assertThat(status("/api/matches", "need", String.valueOf(f.privateNeed()))).isEqualTo(404);
        assertThat(status("/api/matches", "city", "999999999")).isEqualTo(404);
        assertThat(status("/api/matches", "offer", String.valueOf(f.privateOfferOfC()))).isEqualTo(404);
        assertThat(mvc.perform(request("/api/matches", "need", String.valueOf(f.privateNeed()))
                .with(user(f.editors().get("focalS").username()))).andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(status("/needs/" + f.privateNeed() + "/suggestions")).isEqualTo(404);
        assertThat(status("/cities/" + city + "/peers", "theme", "fortune_telling")).isEqualTo(400);
    }

    @Test
    void thePagesShowEachSuggestionsFactorsInWordsAndTheRequestLinkWithoutJavaScript() throws Exception {
        Document needPage = Jsoup.parse(ok("/needs/" + f.publicNeed()));
        assertThat(needPage.select("#suggestions li.suggestion")).hasSize(2);
        assertThat(needPage.select("#suggestions li.suggestion").first().select("a.button").attr("href"))
                .isEqualTo("/exchanges/new?need=" + f.publicNeed() + "&peer=" + f.id("A"));
        assertThat(needPage.select("#suggestions li.suggestion").first().select(".factor").eachText())
                .contains("runs “Night shelter of Alphaville " + f.run() + "” since 2016 (initiative)", "same language: French");
        assertThat(needPage.select("#suggestions .contact-agreed").text()).isEqualTo("Agrees to be contacted");
        assertThat(needPage.select("#suggestions ul.excluded li")).hasSize(2);
        assertThat(needPage.select("script")).allSatisfy(s -> assertThat(s.attr("src")).doesNotContain("matching"));

        Document arabic = Jsoup.parse(ok("/needs/" + f.publicNeed() + "/suggestions", "lang", "ar"));
        assertThat(arabic.select("html").attr("dir")).isEqualTo("rtl");
        assertThat(arabic.select("h1").text()).isEqualTo("نظراء يمكنهم المساعدة");
        assertThat(arabic.select("li.suggestion").first().select(".factor").eachText())
                .contains("كلتاهما مدينتا عبور على طريق المحيط الأطلسي");
        assertThat(arabic.select(".contact-through_coordinator").text()).startsWith("لم توافق بعدُ");

        Document cityPage = Jsoup.parse(ok("/cities/" + f.id("S") + "/peers", "theme", THEME));
        assertThat(cityPage.select("li.suggestion h3 a").eachText()).containsExactly("Alphaville " + f.run(), "Gammaton " + f.run(),
                "Betaburg " + f.run(), "Epsilon " + f.run());
        assertThat(cityPage.select("select#theme option[selected]").val()).isEqualTo(THEME);
        assertThat(cityPage.select("li.suggestion a.button").first().attr("href")).isEqualTo("/exchanges/new?city=" + f.id("S")
                + "&peer=" + f.id("A") + "&theme=" + THEME);

        Document offerPage = Jsoup.parse(ok("/offers/" + f.offerOfA() + "/suggestions", "lang", "es"));
        assertThat(offerPage.select("li.suggestion").first().select(".factor").eachText())
                .contains("necesita «Shelter for people on the move " + f.run() + "» (necesidad)");
        assertThat(offerPage.select("li.suggestion a.button").first().attr("href"))
                .isEqualTo("/exchanges/new?offer=" + f.offerOfA() + "&city=" + f.id("S"));
        assertThat(Jsoup.parse(ok("/offers/" + f.offerOfA())).select("#suggestions a").attr("href"))
                .isEqualTo("/offers/" + f.offerOfA() + "/suggestions");
    }

    private String ok(String url, String... params) throws Exception {
        MockHttpServletResponse response = mvc.perform(request(url, params)).andReturn().getResponse();
        assertThat(response.getStatus()).as(url).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private int status(String url, String... params) throws Exception {
        return mvc.perform(request(url, params)).andReturn().getResponse().getStatus();
    }

    private static MockHttpServletRequestBuilder request(String url, String... params) {
        MockHttpServletRequestBuilder request = get(url);
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return request;
    }
}
