package org.crossroads.servicepoints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.crossroads.IntegrationTest;
import org.crossroads.WebTest;
import org.crossroads.accounts.Accounts;
import org.crossroads.accounts.Editor;
import org.crossroads.audit.AuditTrail;
import org.crossroads.directory.MembershipEditing;
import org.crossroads.directory.OrganisationEditing;
import org.crossroads.directory.Place;
import org.crossroads.directory.Places;
import org.crossroads.shared.validation.ConcurrentEditException;
import org.crossroads.shared.validation.FieldError;
import org.crossroads.shared.validation.InvalidEntryException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Service points: validation, who may do what, optimistic locking, the public pages, map data and API. */
@IntegrationTest
class ServicePointTest extends WebTest {

    @Autowired ServicePointEditing editing;
    @Autowired ServicePoints points;
    @Autowired Accounts accounts;
    @Autowired Places places;
    @Autowired OrganisationEditing organisationEditing;
    @Autowired MembershipEditing membershipEditing;
    @Autowired AuditTrail audit;
    @Autowired MessageSource messages;
    @Autowired JsonMapper json;
    ServicePointFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = ServicePointFixtures.of(accounts, places, organisationEditing, membershipEditing);
    }

    private ServicePointDraft with(ServicePointDraft d, String field, Object value) {
        return new ServicePointDraft(d.externalId(), field.equals("city") ? (String) value : d.city(),
                field.equals("name") ? (String) value : d.name(), field.equals("kind") ? (String) value : d.kind(), d.address(),
                field.equals("latitude") ? (Double) value : d.latitude(), field.equals("longitude") ? (Double) value : d.longitude(),
                field.equals("operator") ? (String) value : d.operator(), d.languages(), d.openingHours(), d.phone(),
                field.equals("website") ? (String) value : d.website(), d.description(), d.source());
    }

    private List<FieldError> errors(ServicePointDraft draft, Editor editor) {
        try {
            editing.create(draft, editor);
        } catch (InvalidEntryException e) {
            return e.errors();
        }
        throw new AssertionError("The draft was accepted");
    }

    @Test
    void everyBadFieldIsNamedAndNothingIsStored() {
        long before = points.count();
        Place sfax = fixtures.sfax();
        ServicePointDraft bad = new ServicePointDraft("bad id with spaces", "Sfax, TN", " ", "fortune_telling", null,
                sfax.latitude(), sfax.longitude(), "org:nobody-at-all", List.of("ar", "klingon"), null, "call me maybe",
                "javascript:alert(1)", null, "");
        assertThat(errors(bad, fixtures.administrator())).extracting(FieldError::field)
                .containsExactlyInAnyOrder("external_id", "name", "kind", "operator", "languages", "phone", "website", "source");
        ServicePointDraft noCity = with(with(fixtures.inSfax("sp:t:nocity", "Nowhere"), "city", "Atlantis, ZZ"), "latitude", 95.0);
        assertThat(errors(noCity, fixtures.administrator())).extracting(FieldError::field).containsExactlyInAnyOrder("city", "latitude");
        assertThat(errors(with(fixtures.inSfax("sp:t:nolon", "No longitude"), "longitude", null), fixtures.administrator()))
                .extracting(FieldError::field, FieldError::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("longitude", "servicepoints.error.required"));
        assertThat(points.count()).isEqualTo(before);
    }

    @Test
    void aPointFarFromItsCityIsRefusedWithTheDistance() {
        Place sfax = fixtures.sfax();
        // latitude and longitude swapped: a point in the Sahel, thousands of km from Sfax
        ServicePointDraft swapped = with(with(fixtures.inSfax("sp:t:far", "Far away"), "latitude", sfax.longitude()),
                "longitude", sfax.latitude());
        List<FieldError> errors = errors(swapped, fixtures.administrator());
        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("latitude");
            assertThat(e.messageKey()).isEqualTo("servicepoints.error.farFromCity");
            String text = messages.getMessage(e.messageKey(), e.arguments().toArray(), Locale.ENGLISH);
            assertThat(text).contains("km from Sfax", "within 50 km", "swapped");
            assertThat(messages.getMessage(e.messageKey(), e.arguments().toArray(), Locale.FRENCH)).contains("de Sfax", "inversées");
        });
        // 30 km out of the centre is still the city's area; 60 km is not
        ServicePointDraft near = with(fixtures.inSfax("sp:t:near", "Edge of the metropolitan area"), "latitude", sfax.latitude() + 0.27);
        assertThat(editing.create(near, fixtures.administrator())).isPositive();
        assertThat(errors(with(fixtures.inSfax("sp:t:60km", "Too far"), "latitude", sfax.latitude() + 0.54), fixtures.administrator()))
                .extracting(FieldError::messageKey).containsExactly("servicepoints.error.farFromCity");
    }

    @Test
    void aFocalPointAddsPointsInTheirOwnCityOnlyAndContributorsPropose() {
        Editor sfaxFocalPoint = fixtures.sfaxFocalPoint();
        long id = editing.create(fixtures.inSfax("sp:t:own", "Sfax reception office"), sfaxFocalPoint);
        assertThat(points.find(id).orElseThrow().isPublished()).isTrue();

        Editor tunisFocalPoint = fixtures.tunisFocalPoint();
        long before = points.count();
        assertThatThrownBy(() -> editing.create(fixtures.inSfax("sp:t:other-city", "Not my city"), tunisFocalPoint))
                .isInstanceOf(AccessDeniedException.class);
        ServicePoint own = points.find(id).orElseThrow();
        assertThatThrownBy(() -> editing.update(id, own.version(), fixtures.inSfax("sp:t:own", "Hijacked"), tunisFocalPoint))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(points.count()).isEqualTo(before);

        Editor contributor = fixtures.contributor();
        long proposal = editing.create(fixtures.inSfax("sp:t:proposal", "A desk a volunteer knows"), contributor);
        ServicePoint proposed = points.find(proposal).orElseThrow();
        assertThat(proposed.publication()).isEqualTo("proposed");
        // the contributor may correct their proposal until it is published, but not publish it
        editing.update(proposal, proposed.version(), fixtures.inSfax("sp:t:proposal", "A desk a volunteer knows well"), contributor);
        assertThatThrownBy(() -> editing.publish(proposal, contributor)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> editing.publish(proposal, tunisFocalPoint)).isInstanceOf(AccessDeniedException.class);
        editing.publish(proposal, sfaxFocalPoint);
        ServicePoint published = points.find(proposal).orElseThrow();
        assertThat(published.isPublished()).isTrue();
        assertThatThrownBy(() -> editing.update(proposal, published.version(), fixtures.inSfax("sp:t:proposal", "Changed"), contributor))
                .isInstanceOf(AccessDeniedException.class);
        // a network coordinator keeps the points of its network's cities, and of no other city
        editing.update(proposal, published.version(), fixtures.inSfax("sp:t:proposal", "Volunteer desk"), fixtures.coordinator());
        assertThat(audit.history("service_point", proposal)).extracting(AuditTrail.Change::action)
                .containsExactly("updated", "published", "updated", "created");
    }

    @Test
    void aCoordinatorKeepsThePointsOfItsNetworksCitiesOnly() {
        Editor outside = fixtures.tunisCoordinator();
        Editor inside = fixtures.coordinator();
        assertThatThrownBy(() -> editing.create(fixtures.inSfax("sp:t:coord-outside", "Not a network city"), outside))
                .isInstanceOf(AccessDeniedException.class);
        long id = editing.create(fixtures.inSfax("sp:t:coord-inside", "Network city desk"), inside);
        ServicePoint point = points.find(id).orElseThrow();
        assertThat(point.isPublished()).isTrue();
        assertThatThrownBy(() -> editing.update(id, point.version(), fixtures.inSfax("sp:t:coord-inside", "Hijacked"), outside))
                .isInstanceOf(AccessDeniedException.class);

        long proposal = editing.create(fixtures.inSfax("sp:t:coord-proposal", "A proposed desk"), fixtures.contributor());
        assertThatThrownBy(() -> editing.publish(proposal, outside)).isInstanceOf(AccessDeniedException.class);
        editing.publish(proposal, inside);
        assertThat(points.find(proposal).orElseThrow().isPublished()).isTrue();
        assertThat(points.find(id).orElseThrow().name()).isEqualTo("Network city desk");
    }

    @Test
    void aSecondEditorWorkingFromAnOldVersionDoesNotOverwriteTheFirst() {
        Editor editor = fixtures.sfaxFocalPoint();
        long id = editing.create(fixtures.inSfax("sp:t:lock", "Original name"), editor);
        ServicePoint read = points.find(id).orElseThrow();
        editing.update(id, read.version(), fixtures.inSfax("sp:t:lock", "First change"), editor);
        assertThatThrownBy(() -> editing.update(id, read.version(), fixtures.inSfax("sp:t:lock", "Second change"), editor))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(points.find(id).orElseThrow().name()).isEqualTo("First change");
        assertThatThrownBy(() -> editing.create(fixtures.inSfax("sp:t:lock", "Same external id"), editor))
                .isInstanceOfSatisfying(InvalidEntryException.class, e -> assertThat(e.errors()).extracting(FieldError::messageKey)
                        .containsExactly("servicepoints.error.duplicateExternalId"));
    }

    @Test
    void thePublicGeoJsonAndApiListPublishedPointsOnly() throws Exception {
        Place sfax = fixtures.sfax();
        editing.create(fixtures.inSfax("sp:t:geo-public", "Public legal desk"), fixtures.sfaxFocalPoint());
        editing.create(fixtures.inSfax("sp:t:geo-proposed", "Unchecked proposal"), fixtures.contributor());

        JsonNode map = json.readTree(body(get("/cities/" + sfax.id() + "/service-points.geojson").param("lang", "fr")));
        assertThat(map.get("type").asString()).isEqualTo("FeatureCollection");
        List<String> names = new ArrayList<>();
        map.get("features").forEach(f -> names.add(f.get("properties").get("name").asString()));
        assertThat(names).contains("Public legal desk").doesNotContain("Unchecked proposal");
        JsonNode feature = null;
        for (JsonNode f : map.get("features")) {
            if (f.get("properties").get("name").asString().equals("Public legal desk")) {
                feature = f;
            }
        }
        assertThat(feature.get("geometry").get("type").asString()).isEqualTo("Point");
        assertThat(feature.get("geometry").get("coordinates").get(1).asDouble()).isEqualTo(sfax.latitude() + 0.008, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(feature.get("properties").get("detail").asString()).startsWith("Aide juridique");
        assertThat(feature.get("properties").get("url").asString()).isEqualTo("https://example.org/legal-aid");
        assertThat(feature.get("properties").get("href").asString()).startsWith("/cities/" + sfax.id() + "/service-points#service-point-");

        MvcResult api = mvc.perform(get("/api/service-points").param("place", String.valueOf(sfax.id())).param("kind", "legal_aid")).andReturn();
        assertThat(api.getResponse().getContentType()).startsWith("application/geo+json");
        String body = api.getResponse().getContentAsString(StandardCharsets.UTF_8);
        JsonNode collection = json.readTree(body);
        assertThat(collection.get("type").asString()).isEqualTo("FeatureCollection");
        assertThat(body).contains("Public legal desk", "\"externalId\":\"sp:t:geo-public\"", "\"countryCode\":\"TN\"")
                .doesNotContain("Unchecked proposal");
        assertThat(body(get("/api/service-points").param("place", String.valueOf(sfax.id())).param("kind", "health")))
                .doesNotContain("Public legal desk");
        assertThat(mvc.perform(get("/api/service-points").param("kind", "fortune_telling")).andReturn().getResponse().getStatus()).isEqualTo(400);
        assertThat(mvc.perform(get("/api/service-points").param("place", "999999999")).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(body(get("/api-docs"))).contains("/api/service-points");
    }

    @Test
    void theCityPageListsItsPointsAndDrawsThemOnItsMapInEnglishFrenchAndArabic() throws Exception {
        Place sfax = fixtures.sfax();
        editing.create(fixtures.inSfax("sp:t:page", "Guichet unique de Sfax"), fixtures.sfaxFocalPoint());

        Document city = Jsoup.parse(body(get("/cities/" + sfax.id()).param("lang", "en")));
        assertThat(city.select("h2").eachText()).contains("Service points");
        assertThat(city.select("a[href*=service-points#service-point-]").eachText()).contains("Guichet unique de Sfax");
        assertThat(city.select("[data-map]").attr("data-layers")).isEqualTo("/cities/" + sfax.id() + "/service-points.geojson");
        assertThat(city.text()).contains("Legal aid · Rue de la République, Sfax · Mon-Fri 8:30-16:00");

        Document list = Jsoup.parse(body(get("/cities/" + sfax.id() + "/service-points").param("lang", "en")));
        assertThat(list.select("h1").text()).isEqualTo("Service points in Sfax");
        assertThat(list.select("#service-points li").text()).contains("Guichet unique de Sfax", "Legal aid", "Mon-Fri 8:30-16:00",
                "Arabic, French", "+216 74 000 000", "https://example.org/legal-aid");
        assertThat(list.select("a[href^=tel:]").attr("href")).isEqualTo("tel:+21674000000");
        assertThat(list.select("#add-service-point")).isEmpty();

        Document french = Jsoup.parse(body(get("/cities/" + sfax.id() + "/service-points").param("lang", "fr")));
        assertThat(french.select("h1").text()).isEqualTo("Points de service à Sfax");
        assertThat(french.select("#service-points li").text()).contains("Aide juridique", "arabe, français", "Horaires d’ouverture");
        Document arabic = Jsoup.parse(body(get("/cities/" + sfax.id() + "/service-points").param("lang", "ar")));
        assertThat(arabic.select("html").attr("dir")).isEqualTo("rtl");
        assertThat(arabic.select("h1").text()).startsWith("نقاط الخدمة في");
        assertThat(arabic.select("#service-points li").text()).contains("المساعدة القانونية");
        Document arabicCity = Jsoup.parse(body(get("/cities/" + sfax.id()).param("lang", "ar")));
        assertThat(arabicCity.select("h2").eachText()).contains("نقاط الخدمة");
    }

    @Test
    void theFormsReportErrorsByFieldAndKeepWhatWasTyped() throws Exception {
        Place sfax = fixtures.sfax();
        fixtures.sfaxFocalPoint();
        fixtures.tunisFocalPoint();
        String form = "/cities/" + sfax.id() + "/service-points/new";
        assertThat(mvc.perform(get(form)).andReturn().getResponse().getRedirectedUrl()).endsWith("/login");
        assertThat(mvc.perform(get(form).with(user(ServicePointFixtures.TUNIS_FOCAL_POINT))).andReturn().getResponse().getStatus())
                .isEqualTo(403);
        assertThat(mvc.perform(post(form).with(user(ServicePointFixtures.TUNIS_FOCAL_POINT)).with(csrf())
                .param("name", "Not mine").param("kind", "health").param("latitude", "34.74").param("longitude", "10.76")
                .param("source", "typed")).andReturn().getResponse().getStatus()).isEqualTo(403);

        Document empty = Jsoup.parse(body(get(form).with(user(ServicePointFixtures.SFAX_FOCAL_POINT)).param("lang", "fr")));
        assertThat(empty.select("h1").text()).isEqualTo("Nouveau point de service à Sfax");
        assertThat(empty.select("#kind option")).hasSize(10);

        Document rejected = Jsoup.parse(body(post(form).with(user(ServicePointFixtures.SFAX_FOCAL_POINT)).with(csrf())
                .param("name", "Typed name").param("kind", "one_stop_shop").param("latitude", "abc").param("longitude", "10,76")
                .param("website", "ftp://files.example.org").param("source", "typed")));
        assertThat(rejected.select("#err-latitude").text()).contains("abc");
        assertThat(rejected.select("#err-website").text()).contains("ftp://files.example.org");
        assertThat(rejected.select("#err-longitude")).isEmpty();
        assertThat(rejected.select("#name").val()).isEqualTo("Typed name");

        String latitude = ServicePointFixtures.coordinate(sfax.latitude() + 0.01);
        String longitude = ServicePointFixtures.coordinate(sfax.longitude()).replace('.', ',');
        MvcResult created = mvc.perform(post(form).with(user(ServicePointFixtures.SFAX_FOCAL_POINT)).with(csrf())
                .param("name", "One-stop shop for newcomers").param("kind", "one_stop_shop").param("latitude", latitude)
                .param("longitude", longitude).param("languages", "ar; fr").param("source", "typed")).andReturn();
        assertThat(created.getResponse().getRedirectedUrl()).matches("/cities/" + sfax.id() + "/service-points#service-point-\\d+");
        long id = Long.parseLong(created.getResponse().getRedirectedUrl().replaceAll(".*-", ""));
        ServicePoint stored = points.find(id).orElseThrow();
        assertThat(stored.externalId()).startsWith("sp:");
        assertThat(stored.languages()).containsExactly("ar", "fr");

        Document edit = Jsoup.parse(body(get("/service-points/" + id + "/edit").with(user(ServicePointFixtures.SFAX_FOCAL_POINT))));
        assertThat(edit.select("#name").val()).isEqualTo("One-stop shop for newcomers");
        Document conflict = Jsoup.parse(body(post("/service-points/" + id + "/edit").with(user(ServicePointFixtures.SFAX_FOCAL_POINT))
                .with(csrf()).param("version", String.valueOf(stored.version() + 5)).param("externalId", stored.externalId())
                .param("name", "Stale change").param("kind", "one_stop_shop").param("latitude", latitude)
                .param("longitude", longitude).param("source", "typed")));
        assertThat(conflict.select(".conflict")).isNotEmpty();
        assertThat(conflict.select("#name").val()).isEqualTo("Stale change");
        assertThat(mvc.perform(get("/service-points/" + id + "/edit").with(user(ServicePointFixtures.TUNIS_FOCAL_POINT)))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/service-points/999999999/edit").with(user(ServicePointFixtures.SFAX_FOCAL_POINT)))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void proposalsAreShownToWhoMayPublishThemAndPublishedFromTheList() throws Exception {
        Place sfax = fixtures.sfax();
        long id = editing.create(fixtures.inSfax("sp:t:list-proposal", "Proposal on the list"), fixtures.contributor());
        String list = "/cities/" + sfax.id() + "/service-points";
        assertThat(body(get(list))).doesNotContain("Proposal on the list");
        Document focal = Jsoup.parse(body(get(list).with(user(ServicePointFixtures.SFAX_FOCAL_POINT))));
        assertThat(focal.select("#service-point-" + id).text()).contains("Proposal on the list", "proposal, not yet public");
        assertThat(focal.select("#add-service-point")).isNotEmpty();
        assertThat(body(get(list).with(user(ServicePointFixtures.TUNIS_FOCAL_POINT)))).doesNotContain("Proposal on the list");

        MvcResult published = mvc.perform(post("/service-points/" + id + "/publish").with(user(ServicePointFixtures.SFAX_FOCAL_POINT))
                .with(csrf())).andReturn();
        assertThat(published.getResponse().getRedirectedUrl()).endsWith("#service-point-" + id);
        assertThat(points.find(id).orElseThrow().isPublished()).isTrue();
        assertThat(body(get(list))).contains("Proposal on the list");
    }
}
