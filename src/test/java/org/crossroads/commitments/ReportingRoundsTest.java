package org.crossroads.commitments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.crossroads.IntegrationTest;
import org.crossroads.WebTest;
import org.crossroads.accounts.Accounts;
import org.crossroads.accounts.Editor;
import org.crossroads.accounts.Role;
import org.crossroads.directory.LocalAuthorityDraft;
import org.crossroads.directory.MembershipDraft;
import org.crossroads.directory.MembershipEditing;
import org.crossroads.directory.OrganisationDraft;
import org.crossroads.directory.OrganisationEditing;
import org.crossroads.directory.PlaceEditing;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A reporting round end to end: a coordinator asks the pledging cities in its scope, each city reports through its
 * personal link without an account (forged, reused and closed links refused, as survey links are), reminders carry
 * fresh links, and the framework's report for the review shows what changed since the previous one, in four formats,
 * with restricted pledges counted but not named.
 */
@IntegrationTest
class ReportingRoundsTest extends WebTest {

    @Autowired ReportingRounds rounds;
    @Autowired FrameworkStore frameworkStore;
    @Autowired Pledges pledges;
    @Autowired PledgeEditing pledgeEditing;
    @Autowired FrameworkReports reports;
    @Autowired Accounts accounts;
    @Autowired PlaceEditing placeEditing;
    @Autowired OrganisationEditing organisationEditing;
    @Autowired MembershipEditing membershipEditing;
    @Autowired JdbcClient jdbc;

    static String run;
    static long cityA;
    static long cityB;
    static long framework;
    static long earlierReview;
    static long review;
    static long pledgeA;
    static long pledgeB;
    static Map<String, Editor> editors;

    @BeforeEach
    void setUp() {
        if (run != null) {
            return;
        }
        run = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        cityA = placeEditing.addLocalAuthority(new LocalAuthorityDraft("place:round-a-" + run, "Roundville " + run, "MA",
                300_000L, 34.0, -6.8, List.of("transit"), List.of("western_med"), "Rounds test"), "test").id();
        cityB = placeEditing.addLocalAuthority(new LocalAuthorityDraft("place:round-b-" + run, "Quietown " + run, "TN",
                200_000L, 35.8, 10.6, List.of("destination"), List.of("central_med"), "Rounds test"), "test").id();
        long network = organisationEditing.upsertByExternalId(new OrganisationDraft("org:round-net-" + run,
                "Round Network " + run, "RN" + run, "city_network", null, null, null, null, "Rounds test"), "test").id();
        membershipEditing.upsert(new MembershipDraft("org:round-net-" + run, "place:round-a-" + run, null, null, null,
                "Rounds test"), "test");
        editors = Map.of(
                "coordinator", account("rr-coord-" + run, Role.NETWORK_COORDINATOR, network, null),
                "administrator", account("rr-admin-" + run, Role.ADMINISTRATOR, null, null),
                "focal_a", account("rr-focal-a-" + run, Role.CITY_FOCAL_POINT, null, cityA));
        earlierReview = frameworkStore.insertCycle(new ReviewCycle(0, "round-earlier-" + run, "GRF", "en",
                "Earlier forum " + run, Map.of("fr", Map.of("name", "Forum précédent " + run)), LocalDate.of(2022, 5, 17),
                LocalDate.of(2022, 5, 20), "Rounds test"), "test");
        review = frameworkStore.insertCycle(new ReviewCycle(0, "round-next-" + run, "GRF", "en", "Next forum " + run,
                Map.of("ar", Map.of("name", "المنتدى القادم " + run)), LocalDate.now().plusDays(40), LocalDate.now().plusDays(42),
                "Rounds test"), "test");
        framework = frameworkStore.insert(new Framework(0, "round-charter-" + run, "charter", "en", "Round Charter " + run,
                null, Map.of("ar", Map.of("title", "ميثاق الجولة " + run)), PartialDate.year(2021), null, "Rounds test",
                null, "article", List.of(), List.of(), List.of(earlierReview, review),
                List.of(new Source("Rounds test", null)), 0), "test");
        pledgeA = pledgeEditing.createAs(new PledgeDraft(null, String.valueOf(framework), List.of("Roundville " + run + ", MA"),
                List.of(), "en", "Open a welcome desk " + run, Map.of("ar", Map.of("text", "فتح مكتب استقبال " + run)),
                List.of(), List.of("15"), List.of(), List.of(), "2025", "Social affairs", "welcome-" + run + "@roundville.example",
                "announced", "2022-01", false, List.of()), "test");
        pledgeB = pledgeEditing.createAs(new PledgeDraft(null, String.valueOf(framework), List.of("Quietown " + run + ", TN"),
                List.of(), "en", "A quiet commitment " + run, Map.of(), List.of(), List.of(), List.of(), List.of(), null,
                null, "office-" + run + "@quietown.example", "planned", "2022-03", true, List.of()), "test");
    }

    @Test
    void aRoundAsksThePledgingCitiesWhichReportByLinkAndTheReportShowsWhatChanged() throws Exception {
        // a coordinator asks the cities of its network only; an administrator every pledging city
        assertThat(rounds.candidates(framework, editors.get("coordinator"))).extracting(ReportingRounds.Candidate::placeId)
                .containsExactly(cityA);
        assertThat(rounds.candidates(framework, editors.get("administrator"))).extracting(ReportingRounds.Candidate::placeId)
                .containsExactlyInAnyOrder(cityA, cityB);
        assertThat(rounds.candidates(framework, editors.get("administrator")))
                .filteredOn(c -> c.placeId() == cityA).singleElement()
                .satisfies(c -> assertThat(c.email()).isEqualTo("welcome-" + run + "@roundville.example"));

        // the form reports every problem at once and opens nothing
        MockHttpServletResponse bad = mvc.perform(post("/frameworks/" + framework + "/rounds/new").with(csrf())
                .with(user(editors.get("administrator").username())).param("cycle", "").param("closesOn", "yesterday")
                .param("ask[" + cityA + "]", "yes").param("email[" + cityA + "]", "not an address")).andReturn().getResponse();
        Document form = Jsoup.parse(bad.getContentAsString(StandardCharsets.UTF_8));
        assertThat(form.select("#error-summary a")).extracting(a -> a.attr("href"))
                .contains("#err-cycle", "#err-closes_on", "#err-email[" + cityA + "]");

        MockHttpServletResponse opened = mvc.perform(post("/frameworks/" + framework + "/rounds/new").with(csrf())
                .with(user(editors.get("administrator").username())).param("cycle", String.valueOf(review))
                .param("closesOn", LocalDate.now().plusDays(30).toString()).param("message", "Before the forum, please.")
                .param("ask[" + cityA + "]", "yes").param("email[" + cityA + "]", "welcome-" + run + "@roundville.example")
                .param("language[" + cityA + "]", "ar")
                .param("ask[" + cityB + "]", "yes").param("email[" + cityB + "]", "office-" + run + "@quietown.example")
                .param("language[" + cityB + "]", "fr")).andReturn().getResponse();
        assertThat(opened.getStatus()).isEqualTo(302);
        long round = Long.parseLong(opened.getRedirectedUrl().replaceAll(".*/", ""));
        String tokenA = mailedToken("welcome-" + run + "@roundville.example", "reporting-invitation");
        String tokenB = mailedToken("office-" + run + "@quietown.example", "reporting-invitation");
        assertThat(jdbc.sql("select language from mail_outbox where recipient = :r").param("r", "welcome-" + run + "@roundville.example")
                .query(String.class).single()).isEqualTo("ar");

        // forged and malformed links open nothing
        assertThat(status(get("/report/" + "A".repeat(43)))).isEqualTo(404);
        assertThat(status(get("/report/short"))).isEqualTo(404);

        // the city opens its link in Arabic, on its own: its pledge in Arabic
        assertThat(mvc.perform(get("/report/" + tokenA)).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo("/report/" + tokenA + "?lang=ar");
        Document arabic = Jsoup.parse(body(get("/report/" + tokenA).param("lang", "ar"), 200));
        assertThat(arabic.select("html").attr("dir")).isEqualTo("rtl");
        assertThat(arabic.select("#pledge-" + pledgeA + " legend").first().text()).contains("فتح مكتب استقبال " + run);
        // the other city sees its restricted pledge: it is its own
        assertThat(body(get("/report/" + tokenB).param("lang", "fr"), 200)).contains("A quiet commitment " + run);

        // a report with errors is refused as a whole, naming each field
        MockHttpServletResponse invalid = mvc.perform(post("/report/" + tokenA).param("p" + pledgeA + ".status", "kept")
                .param("p" + pledgeA + ".on", "2999-01-01")).andReturn().getResponse();
        assertThat(invalid.getStatus()).isEqualTo(400);
        assertThat(Jsoup.parse(invalid.getContentAsString(StandardCharsets.UTF_8)).select("#error-summary a"))
                .extracting(a -> a.attr("href")).contains("#err-p" + pledgeA + ".status", "#err-p" + pledgeA + ".on");
        assertThat(pledges.history(pledgeA, Optional.empty())).hasSize(1);

        String today = LocalDate.now().toString();
        MockHttpServletResponse sent = mvc.perform(post("/report/" + tokenA).param("language", "ar")
                .param("p" + pledgeA + ".status", "fulfilled").param("p" + pledgeA + ".on", today)
                .param("p" + pledgeA + ".note", "افتُتح المكتب").param("p" + pledgeA + ".links", "https://roundville.example/desk"))
                .andReturn().getResponse();
        assertThat(sent.getStatus()).isEqualTo(200);
        Pledge a = pledges.find(pledgeA, Optional.empty()).orElseThrow();
        assertThat(a.status()).isEqualTo(PledgeStatus.FULFILLED);
        StatusChange reported = pledges.history(pledgeA, Optional.empty()).get(1);
        assertThat(reported.roundId()).isEqualTo(round);
        assertThat(reported.recordedBy()).isEqualTo("reporting link: Roundville " + run);
        assertThat(reported.language()).isEqualTo("ar");
        assertThat(reported.evidence()).extracting(Evidence::url).containsExactly("https://roundville.example/desk");

        // the link is spent
        assertThat(status(post("/report/" + tokenA).param("p" + pledgeA + ".status", "stalled").param("p" + pledgeA + ".on", today)))
                .isEqualTo(409);
        assertThat(status(get("/report/" + tokenA))).isEqualTo(409);

        // a city that has not reported is reminded with a fresh link; both links work until it reports
        jdbc.sql("update reporting_invitation set last_sent_at = now() - interval '8 days' where round_id = :r")
                .param("r", round).update();
        assertThat(rounds.remindAndClose()).isGreaterThanOrEqualTo(1);
        String reminderB = mailedToken("office-" + run + "@quietown.example", "reporting-reminder");
        assertThat(reminderB).isNotEqualTo(tokenB);
        assertThat(status(get("/report/" + reminderB).param("lang", "fr"))).isEqualTo(200);
        assertThat(status(get("/report/" + tokenB).param("lang", "fr"))).isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from mail_outbox where recipient = :r").param("r", "welcome-" + run + "@roundville.example")
                .query(Long.class).single()).as("a city that reported is not reminded").isEqualTo(1);

        // the round's page shows who reported
        Document roundPage = Jsoup.parse(body(get("/rounds/" + round).with(user(editors.get("coordinator").username())), 200));
        assertThat(roundPage.select("#round-progress").text()).contains("1 of 2");

        // the report for the review: A's pledge changed since the earlier forum; B's restricted one counted, not named
        FrameworkReport report = reports.report(framework, review, Optional.empty()).orElseThrow();
        assertThat(report.previous().id()).isEqualTo(earlierReview);
        assertThat(report.rows()).singleElement().satisfies(r -> {
            assertThat(r.pledge().id()).isEqualTo(pledgeA);
            assertThat(r.status()).isEqualTo(PledgeStatus.FULFILLED);
            assertThat(r.before()).isEqualTo(PledgeStatus.ANNOUNCED);
            assertThat(r.changed()).isTrue();
            assertThat(r.latest().inRound()).isTrue();
        });
        assertThat(report.figures().row(PledgeStatus.PLANNED).unnamed().shown()).isFalse();
        assertThat(reports.report(framework, review, Optional.of(editors.get("administrator"))).orElseThrow().rows()).hasSize(2);

        String path = "/frameworks/" + framework + "/reports/" + review;
        Document page = Jsoup.parse(body(get(path), 200));
        assertThat(page.select("#report-table tbody tr")).hasSize(1);
        assertThat(page.select("#report-changed").text()).contains("1 pledge changed its status since Earlier forum " + run);
        assertThat(page.text()).doesNotContain("A quiet commitment").contains("<5");
        String csv = body(get(path + ".csv"), 200);
        assertThat(csv).contains("Open a welcome desk " + run).contains("fulfilled").doesNotContain("quiet");
        MockHttpServletResponse xlsx = mvc.perform(get(path + ".xlsx")).andReturn().getResponse();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getContentAsByteArray()))) {
            assertThat(book.getSheetAt(0).getRow(2).getCell(2).getStringCellValue()).isEqualTo("Open a welcome desk " + run);
        }
        for (String language : List.of("en", "fr", "ar", "es")) {
            MockHttpServletResponse pdf = mvc.perform(get(path + ".pdf").param("lang", language)).andReturn().getResponse();
            assertThat(pdf.getStatus()).as(language).isEqualTo(200);
            try (PDDocument document = Loader.loadPDF(pdf.getContentAsByteArray())) {
                String text = new PDFTextStripper().getText(document);
                assertThat(text).as(language).contains(run);
                if (language.equals("fr")) {
                    assertThat(text).contains("Tenu");
                }
            }
        }
        // the framework's page shows the new status, and the reviews' reports
        Document frameworkPage = Jsoup.parse(body(get("/frameworks/" + framework), 200));
        assertThat(frameworkPage.select("#pledge-" + pledgeA + " .status").text()).isEqualTo("Fulfilled");
        assertThat(frameworkPage.select("a[href=" + path + "]")).hasSize(1);

        // closing the round kills its links and erases the addresses
        mvc.perform(post("/rounds/" + round + "/close").with(csrf()).with(user(editors.get("coordinator").username())));
        assertThat(status(get("/report/" + reminderB))).isEqualTo(410);
        assertThat(jdbc.sql("select count(*) from reporting_invitation where round_id = :r and email is not null")
                .param("r", round).query(Long.class).single()).isZero();
    }

    @Test
    void onlyCoordinatorsAndAdministratorsRunRoundsAndAFocalPointCannotFollowOne() throws Exception {
        assertThat(mvc.perform(get("/frameworks/" + framework + "/rounds/new").with(user(editors.get("focal_a").username())))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/frameworks/" + framework + "/rounds/new")).andReturn().getResponse().getStatus())
                .isIn(302, 401);
        assertThat(Jsoup.parse(body(get("/frameworks/" + framework).with(user(editors.get("coordinator").username())), 200))
                .select("a[href^=/frameworks/" + framework + "/rounds/new]")).hasSize(2);
        assertThat(Jsoup.parse(body(get("/frameworks/" + framework), 200)).select("a[href*=/rounds/new]")).isEmpty();
    }

    // ---- helpers ----

    private String mailedToken(String recipient, String purpose) {
        String body = jdbc.sql("select body_text from mail_outbox where recipient = :r and purpose = :p order by id desc limit 1")
                .param("r", recipient).param("p", purpose).query(String.class).single();
        Matcher m = Pattern.compile("/report/([A-Za-z0-9_-]{43})").matcher(body);
        assertThat(m.find()).as("a link in the " + purpose + " mail").isTrue();
        return m.group(1);
    }

    private Editor account(String username, Role role, Long organisationId, Long placeId) {
        accounts.create(username, "Rounds " + role.name().toLowerCase(Locale.ROOT), "{noop}password-for-tests", role,
                organisationId, placeId);
        return accounts.findByUsername(username).orElseThrow();
    }

    private String body(MockHttpServletRequestBuilder request, int expected) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(expected);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }
}
