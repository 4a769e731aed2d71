package org.crossroads.commitments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
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
import org.crossroads.shared.tabular.FormulaGuard;
import org.crossroads.shared.tabular.ImportContext;
import org.crossroads.shared.tabular.ImportOptions;
import org.crossroads.shared.tabular.ImportReport;
import org.crossroads.shared.tabular.ImportRunner;
import org.crossroads.shared.tabular.Problem;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The commitments' API, files and imports: filters and bad parameters, a restricted pledge found and filed only for
 * those who may see it, protected figures as null with their reason, formula-safe files, and pledges and signatures
 * imported through the common importer with the forms' checks and scope, all or nothing.
 */
@IntegrationTest
class CommitmentApiAndFilesTest extends WebTest {

    static final String GWANGJU = "gwangju-guiding-principles-2014";
    static final String CALL = "call-to-local-action-migrants-refugees";

    @Autowired Frameworks frameworks;
    @Autowired Pledges pledges;
    @Autowired PledgeEditing pledgeEditing;
    @Autowired SignatureEditing signatureEditing;
    @Autowired Recommendations recommendations;
    @Autowired ImportRunner imports;
    @Autowired Accounts accounts;
    @Autowired PlaceEditing placeEditing;
    @Autowired OrganisationEditing organisationEditing;
    @Autowired MembershipEditing membershipEditing;
    @Autowired JsonMapper json;

    static String run;
    static long cityA;
    static String refA;
    static String refB;
    /** The imports' own city, so that what they store does not change the lists the other tests count. */
    static long cityI;
    static String refI;
    static Map<String, Editor> editors;
    /** A restricted pledge of city A (stalled, under Gwangju) and a public one whose text starts like a formula. */
    static long restricted;
    static long formula;
    static String formulaText;

    @BeforeEach
    void setUp() {
        if (run != null) {
            return;
        }
        run = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        cityA = placeEditing.addLocalAuthority(new LocalAuthorityDraft("place:files-a-" + run, "Filesville " + run, "MA",
                300_000L, 34.7, -1.9, List.of("transit"), List.of("western_med"), "Commitments files test"), "test").id();
        placeEditing.addLocalAuthority(new LocalAuthorityDraft("place:files-b-" + run, "Fartown " + run, "TN",
                200_000L, 34.7, 10.7, List.of("destination"), List.of("central_med"), "Commitments files test"), "test");
        cityI = placeEditing.addLocalAuthority(new LocalAuthorityDraft("place:files-i-" + run, "Importville " + run, "MA",
                150_000L, 33.6, -7.6, List.of("transit"), List.of("western_med"), "Commitments files test"), "test").id();
        refI = "Importville " + run + ", MA";
        refA = "Filesville " + run + ", MA";
        refB = "Fartown " + run + ", TN";
        long network = organisationEditing.upsertByExternalId(new OrganisationDraft("org:files-net-" + run,
                "Files Network " + run, "FN" + run, "city_network", null, null, null, null, "Commitments files test"),
                "test").id();
        membershipEditing.upsert(new MembershipDraft("org:files-net-" + run, "place:files-a-" + run, null, null, null,
                "Commitments files test"), "test");
        editors = Map.of(
                "focal_a", account("cf-focal-a-" + run, Role.CITY_FOCAL_POINT, null, cityA),
                "focal_b", account("cf-focal-b-" + run, Role.CITY_FOCAL_POINT, null, null),
                "focal_i", account("cf-focal-i-" + run, Role.CITY_FOCAL_POINT, null, cityI),
                "coordinator", account("cf-coord-" + run, Role.NETWORK_COORDINATOR, network, null),
                "administrator", account("cf-admin-" + run, Role.ADMINISTRATOR, null, null));
        restricted = pledgeEditing.create(new PledgeDraft(null, GWANGJU, List.of(refA), List.of(), "en",
                "Keep a shelter list private " + run, Map.of("fr", Map.of("text", "Tenir une liste d’abris " + run)),
                List.of(), List.of("15"), List.of(), List.of("reception_orientation"), "2026", "Social affairs",
                "secret-" + run + "@example.org", "stalled", "2024-02", true, List.of(new Source("Files test", null))),
                editors.get("focal_a"));
        formulaText = "=HYPERLINK(\"https://evil.example\",\"click\") " + run;
        formula = pledgeEditing.create(new PledgeDraft(null, null, List.of(refA), List.of(), "en", formulaText, Map.of(),
                List.of(), List.of(), List.of(), List.of(), null, null, null, "announced", "2024", false, List.of()),
                editors.get("focal_a"));
    }

    @Test
    void theApiListsAndFiltersPledgesAsTheCallerMaySeeThemAndRefusesBadParameters() throws Exception {
        JsonNode anonymous = api(get("/api/pledges").param("city", String.valueOf(cityA)), "anonymous");
        assertThat(anonymous.get("total").asLong()).isEqualTo(1);
        assertThat(anonymous.get("items").get(0).get("id").asLong()).isEqualTo(formula);
        JsonNode own = api(get("/api/pledges").param("city", String.valueOf(cityA)), "focal_a");
        assertThat(own.get("total").asLong()).isEqualTo(2);
        JsonNode stalled = api(get("/api/pledges").param("city", String.valueOf(cityA)).param("status", "stalled")
                .param("gcm", "15").param("theme", "reception_orientation"), "coordinator");
        assertThat(stalled.get("items")).hasSize(1);
        JsonNode item = stalled.get("items").get(0);
        assertThat(item.get("id").asLong()).isEqualTo(restricted);
        assertThat(item.get("restricted").asBoolean()).isTrue();
        assertThat(item.get("status").asString()).isEqualTo("stalled");
        assertThat(item.get("parties").get(0).get("cityId").asLong()).isEqualTo(cityA);
        assertThat(item.has("contactEmail")).isFalse();
        assertThat(stalled.toString()).doesNotContain("secret-" + run);
        assertThat(api(get("/api/pledges").param("framework", String.valueOf(framework(GWANGJU).id()))
                .param("size", "1"), "administrator").get("items")).hasSize(1);

        for (String[] bad : List.of(new String[] {"status", "kept"}, new String[] {"gcm", "99"},
                new String[] {"theme", "astrology"}, new String[] {"page", "0"}, new String[] {"size", "500"},
                new String[] {"city", "Filesville"})) {
            MockHttpServletResponse response = mvc.perform(get("/api/pledges").param(bad[0], bad[1])).andReturn()
                    .getResponse();
            assertThat(response.getStatus()).as(bad[0]).isEqualTo(400);
            assertThat(response.getContentAsString(StandardCharsets.UTF_8)).as(bad[0]).contains(bad[0]);
        }

        // one pledge: a restricted one is not found for anyone outside its city's scope, as one that does not exist
        assertThat(status(get("/api/pledges/" + restricted), "anonymous")).isEqualTo(404);
        assertThat(status(get("/api/pledges/" + restricted), "focal_b")).isEqualTo(404);
        assertThat(status(get("/api/pledges/999999999"), "administrator")).isEqualTo(404);
        JsonNode one = api(get("/api/pledges/" + restricted).param("lang", "fr"), "focal_a");
        assertThat(one.get("text").get("original").asString()).isEqualTo("Keep a shelter list private " + run);
        assertThat(one.get("text").get("language").asString()).isEqualTo("en");
        assertThat(one.get("text").get("shown").asString()).isEqualTo("Tenir une liste d’abris " + run);
        assertThat(one.get("text").get("shownLanguage").asString()).isEqualTo("fr");
        assertThat(one.get("text").get("translated").asBoolean()).isTrue();
        assertThat(one.get("history")).hasSize(1);
        assertThat(one.get("history").get(0).get("status").asString()).isEqualTo("stalled");
        assertThat(one.get("history").get(0).get("on").asString()).isEqualTo("2024-02");
        assertThat(one.get("target").asString()).isEqualTo("2026");
        JsonNode english = api(get("/api/pledges/" + restricted), "focal_a");
        assertThat(english.get("text").get("shown").asString()).isEqualTo("Keep a shelter list private " + run);
        assertThat(english.get("text").get("translated").asBoolean()).isFalse();
    }

    @Test
    void aFrameworkCountsRestrictedRecordsWithoutNamingThemHiddenFiguresBeingNullWithTheirReason() throws Exception {
        Framework gwangju = framework(GWANGJU);
        signatureEditing.create(new SignatureDraft(GWANGJU, refA, null, "signed", false, "2015", null, true,
                new Source("Files test " + run, null)), editors.get("focal_a"));
        JsonNode list = api(get("/api/frameworks"), "anonymous");
        assertThat(list).hasSize(frameworks.all().size());
        JsonNode charter = find(list, "uclg-africa-charter-migration-2018");
        assertThat(charter.get("stated").get(0).get("count").asInt()).isEqualTo(30);
        assertThat(charter.get("signatories").asInt()).isGreaterThan(10);
        assertThat(charter.get("title").get("translations").has("ar")).isTrue();
        assertThat(find(list, "global-refugee-forum").get("cycles")).isNotEmpty();

        JsonNode anonymous = api(get("/api/frameworks/" + gwangju.id()), "anonymous");
        assertThat(anonymous.get("framework").get("id").asLong()).isEqualTo(gwangju.id());
        assertThat(anonymous.get("signatures").toString()).doesNotContain("Filesville " + run);
        assertThat(anonymous.get("unnamedSignatories").get("value").isNull()).isTrue();
        assertThat(anonymous.get("unnamedSignatories").get("hidden").asString()).isEqualTo("small");
        JsonNode row = stalledRow(anonymous);
        assertThat(row.get("unnamed").get("value").isNull()).isTrue();
        assertThat(row.get("unnamed").get("hidden").asString()).isEqualTo("small");
        assertThat(row.get("all").get("value").isNull()).isTrue();
        assertThat(row.get("all").get("hidden").isNull()).isFalse();
        assertThat(anonymous.get("pledges").get("unnamedTotal").get("value").isNull()).isTrue();

        JsonNode admin = api(get("/api/frameworks/" + gwangju.id()), "administrator");
        assertThat(admin.get("signatures").toString()).contains("Filesville " + run);
        assertThat(admin.get("unnamedSignatories").get("value").asLong()).isZero();
        assertThat(stalledRow(admin).get("unnamed").get("value").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(stalledRow(admin).get("unnamed").get("hidden").isNull()).isTrue();
        assertThat(status(get("/api/frameworks/999999999"), "anonymous")).isEqualTo(404);

        // the framework's signatories as files: the restricted one for its city's focal point only
        assertThat(csv(get("/frameworks/" + gwangju.id() + "/signatures.csv"), "anonymous")).doesNotContain(refA);
        String own = csv(get("/frameworks/" + gwangju.id() + "/signatures.csv"), "focal_a");
        assertThat(own).contains(refA).contains("restricted");
        assertThat(own.lines().skip(1).findFirst().orElseThrow().replace("\"", "")).startsWith("#meta+id,");
        assertThat(status(get("/frameworks/999999999/signatures.csv"), "anonymous")).isEqualTo(404);
        assertThat(Jsoup.parse(body(get("/frameworks/" + gwangju.id()), "anonymous")).select("p.exports a"))
                .extracting(a -> a.attr("href")).contains("/frameworks/" + gwangju.id() + "/signatures.csv");
    }

    @Test
    void theRegisterOfRecommendationsFiltersInTheApiAndInItsFiles() throws Exception {
        long donors = recommendations.count(new RecommendationQuery("donors", null, null, null), Optional.empty());
        JsonNode page = api(get("/api/recommendations").param("addressee", "donors").param("size", "5"), "anonymous");
        assertThat(page.get("total").asLong()).isEqualTo(donors);
        assertThat(page.get("items")).hasSize((int) Math.min(5, donors));
        JsonNode first = page.get("items").get(0);
        assertThat(first.get("addressees").toString()).contains("donors");
        assertThat(first.get("text").get("translations").has("fr")).isTrue();
        JsonNode one = api(get("/api/recommendations/" + first.get("id").asLong()).param("lang", "es"), "anonymous");
        assertThat(one.get("text").get("shownLanguage").asString()).isEqualTo("es");
        assertThat(one.get("uptakeList").isArray()).isTrue();
        JsonNode unnamed = one.get("unnamedUptakes");
        assertThat(unnamed.get("value").isNull()).isEqualTo(!unnamed.get("hidden").isNull());
        assertThat(status(get("/api/recommendations").param("taken", "maybe"), "anonymous")).isEqualTo(400);
        assertThat(status(get("/api/recommendations").param("addressee", "astrologers"), "anonymous")).isEqualTo(400);
        assertThat(status(get("/api/recommendations/999999999"), "anonymous")).isEqualTo(404);

        String file = csv(get("/recommendations.csv").param("addressee", "donors"), "anonymous");
        assertThat(records(file)).hasSize((int) donors + 2);
        assertThat(file.lines().findFirst().orElseThrow()).startsWith("id,external_id,document");
        assertThat(status(get("/recommendations.csv").param("taken", "maybe"), "anonymous")).isEqualTo(400);
        assertThat(xlsx(get("/recommendations.xlsx").param("addressee", "donors"), "anonymous").getSheetAt(0).getLastRowNum())
                .isEqualTo((int) donors + 1);
        assertThat(Jsoup.parse(body(get("/recommendations").param("addressee", "donors"), "anonymous"))
                .select("p.exports a")).extracting(a -> a.attr("href"))
                .contains("/recommendations.csv?addressee=donors", "/api/recommendations?addressee=donors");
    }

    @Test
    void thePledgeFilesHoldOnlyWhatTheReaderMaySeeAndNoCellRunsAsAFormula() throws Exception {
        String anonymous = csv(get("/pledges.csv").param("city", String.valueOf(cityA)), "anonymous");
        assertThat(anonymous).doesNotContain("Keep a shelter list private " + run);
        assertThat(anonymous).contains(FormulaGuard.neutralise(formulaText).replace("\"", "\"\""));
        assertThat(anonymous.lines().filter(l -> l.startsWith("=") || l.contains(",=") || l.contains(",\"=")))
                .isEmpty();
        assertThat(anonymous.lines().skip(1).findFirst().orElseThrow().replace("\"", "")).startsWith("#meta+id,#activity+id");
        assertThat(anonymous).doesNotContain("secret-" + run);
        String own = csv(get("/pledges.csv").param("city", String.valueOf(cityA)), "focal_a");
        assertThat(own).contains("Keep a shelter list private " + run).contains("Tenir une liste d’abris " + run)
                .contains(refA).contains(GWANGJU).doesNotContain("secret-" + run);
        assertThat(records(csv(get("/pledges.csv").param("city", String.valueOf(cityA)).param("status", "stalled"),
                "coordinator"))).hasSize(3);
        assertThat(status(get("/pledges.csv").param("status", "kept"), "anonymous")).isEqualTo(400);

        try (XSSFWorkbook book = xlsx(get("/pledges.xlsx").param("city", String.valueOf(cityA)), "anonymous")) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("#meta+id");
            List<String> texts = new ArrayList<>();
            for (Row row : sheet) {
                for (Cell cell : row) {
                    assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
                    if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(formulaText)) {
                        assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
                    }
                    if (cell.getCellType() == CellType.STRING) {
                        texts.add(cell.getStringCellValue());
                    }
                }
            }
            assertThat(texts).contains(formulaText).doesNotContain("Keep a shelter list private " + run);
        }
        try (XSSFWorkbook book = xlsx(get("/pledges.xlsx").param("city", String.valueOf(cityA)), "focal_a")) {
            assertThat(book.getSheetAt(0).getLastRowNum()).isEqualTo(3);
        }
        assertThat(Jsoup.parse(body(get("/pledges").param("city", String.valueOf(cityA)), "anonymous"))
                .select("p.exports a")).extracting(a -> a.attr("href"))
                .contains("/pledges.csv?city=" + cityA, "/pledges.xlsx?city=" + cityA);
    }

    @Test
    void pledgesAreImportedAllOrNothingThroughTheFormsChecksAndScopeAndUpdatedByTheirExternalId() throws Exception {
        Framework call = framework(CALL);
        String header = "external_id,framework,cities,language,text,text_fr,articles,gcm_objectives,themes,target,"
                + "contact_email,status,status_on,visibility,source,passage";
        String one = "imp-" + run + "-1," + CALL + ",\"" + refI + "\",en,Imported pledge one " + run
                + ",Engagement importé un,1,15,reception_orientation,2026,desk@example.org,planned,2024-03,restricted,"
                + "Test file,The city will open a desk";
        String two = "imp-" + run + "-2," + call.id() + ",\"" + refI + "\",en,Imported pledge two " + run
                + ",,,,,,,announced,2024,public,,";
        Editor focal = editors.get("focal_i");
        long before = pledges.count(PledgeQuery.ofPlace(cityI), Optional.of(focal));

        ImportReport dry = importPledges(String.join("\n", header, one, two), ImportOptions.CHECK_ONLY, focal);
        assertThat(dry.problems()).isEmpty();
        assertThat(dry.created()).isEqualTo(2);
        assertThat(pledges.count(PledgeQuery.ofPlace(cityI), Optional.of(focal))).isEqualTo(before);

        ImportReport stored = importPledges(String.join("\n", header, one, two), ImportOptions.ALL_OR_NOTHING, focal);
        assertThat(stored.problems()).isEmpty();
        assertThat(stored.created()).isEqualTo(2);
        assertThat(pledges.count(PledgeQuery.ofPlace(cityI), Optional.of(focal))).isEqualTo(before + 2);
        Pledge imported = imported("Imported pledge one " + run, focal);
        assertThat(imported.restricted()).isTrue();
        assertThat(imported.frameworkId()).isEqualTo(call.id());
        assertThat(imported.articles()).containsExactly(1);
        assertThat(imported.gcmObjectives()).containsExactly("15");
        assertThat(imported.translations().get("fr").get("text")).isEqualTo("Engagement importé un");
        assertThat(imported.status()).isEqualTo(PledgeStatus.PLANNED);
        assertThat(imported.sources()).extracting(Source::passage).containsExactly("The city will open a desk");
        assertThat(pledges.find(imported.id(), Optional.empty())).isEmpty();

        // one bad row among good ones: nothing is stored, and each problem names its row and column
        String good = "imp-" + run + "-3,,\"" + refI + "\",en,Imported pledge three " + run + ",,,,,,,announced,2024,public,,";
        String unknownCity = "imp-" + run + "-4,,\"Nowhere " + run + ", MA\",en,Nowhere pledge,,,,,,,announced,2024,public,,";
        String badStatus = "imp-" + run + "-5,,\"" + refI + "\",en,Kept pledge,,,,,,,kept,2024,public,,";
        String outOfScope = "imp-" + run + "-6,,\"" + refB + "\",en,Not ours,,,,,,,announced,2024,public,,";
        String badVisibility = "imp-" + run + "-7,,\"" + refI + "\",en,Hidden pledge,,,,,,,announced,2024,secret,,";
        ImportReport refused = importPledges(String.join("\n", header, good, unknownCity, badStatus, outOfScope,
                badVisibility), ImportOptions.ALL_OR_NOTHING, focal);
        assertThat(refused.created()).isZero();
        assertThat(refused.problems()).extracting(Problem::row, Problem::column).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, "cities"), org.assertj.core.groups.Tuple.tuple(4, "status"),
                org.assertj.core.groups.Tuple.tuple(5, "cities"), org.assertj.core.groups.Tuple.tuple(6, "visibility"));
        assertThat(refused.problems()).extracting(p -> p.reason().key()).containsExactly("commitments.error.unknownCity",
                "commitments.error.unknownCode", "commitments.error.partyOutOfScope", "commitments.error.badVisibility");
        assertThat(refused.problems().get(0).text()).contains("Nowhere " + run);
        assertThat(pledges.count(PledgeQuery.ofPlace(cityI), Optional.of(focal))).isEqualTo(before + 2);

        // the same external id again: the pledge's text and fields change, not its status
        String revised = "imp-" + run + "-1," + CALL + ",\"" + refI + "\",en,\"Imported pledge one, revised " + run
                + "\",,1,15; 16,reception_orientation,2027,,fulfilled,2025,restricted,Test file,";
        ImportReport again = importPledges(header + "\n" + revised, ImportOptions.ALL_OR_NOTHING, focal);
        assertThat(again.problems()).isEmpty();
        assertThat(again.updated()).isEqualTo(1);
        assertThat(again.created()).isZero();
        Pledge updated = pledges.find(imported.id(), Optional.of(focal)).orElseThrow();
        assertThat(updated.text()).isEqualTo("Imported pledge one, revised " + run);
        assertThat(updated.gcmObjectives()).containsExactly("15", "16");
        assertThat(updated.target().iso()).isEqualTo("2027");
        assertThat(updated.status()).isEqualTo(PledgeStatus.PLANNED);
        assertThat(pledges.history(imported.id(), Optional.of(focal))).hasSize(1);
        // another city's focal point may not change it through its key
        Editor other = account("cf-focal-other-" + run, Role.CITY_FOCAL_POINT, null,
                placeEditing.addLocalAuthority(new LocalAuthorityDraft("place:files-c-" + run, "Thirdton " + run, "TN",
                        90_000L, 35.0, 10.0, List.of("destination"), List.of("central_med"), "Files test"), "test").id());
        ImportReport notYours = importPledges(header + "\nimp-" + run + "-1,,\"Thirdton " + run
                + ", TN\",en,Taken over,,,,,,,announced,2024,public,,", ImportOptions.CHECK_ONLY, other);
        assertThat(notYours.problems()).extracting(Problem::row, Problem::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "external_id"));
    }

    @Test
    void signaturesAreImportedWithTheFormsScopeAndASignatoryRecordedTwiceIsNamed() throws Exception {
        Framework call = framework(CALL);
        String header = "framework,city,kind,signed,office,visibility,source,passage";
        String mine = CALL + ",\"" + refI + "\",endorsed,2019-06,Office of the mayor,public,Files test " + run
                + ",The mayor endorsed the Call in June 2019";
        Editor focal = editors.get("focal_i");
        ImportReport dry = importSignatures(header + "\n" + mine, ImportOptions.CHECK_ONLY, focal);
        assertThat(dry.problems()).isEmpty();
        assertThat(dry.created()).isEqualTo(1);
        ImportReport refused = importSignatures(String.join("\n", header, mine,
                CALL + ",\"" + refB + "\",signed,2019,,public,,",
                "no-such-framework-" + run + ",\"" + refI + "\",signed,2019,,public,,",
                CALL + ",\"" + refI + "\",sealed,2019,,public,,"), ImportOptions.ALL_OR_NOTHING, focal);
        assertThat(refused.created()).isZero();
        assertThat(refused.problems()).extracting(Problem::row, Problem::column).contains(
                org.assertj.core.groups.Tuple.tuple(3, "city"), org.assertj.core.groups.Tuple.tuple(4, "framework"),
                org.assertj.core.groups.Tuple.tuple(5, "kind"));
        assertThat(frameworks.signatures(call.id(), Optional.empty())).noneMatch(s -> Long.valueOf(cityI).equals(s.placeId()));

        ImportReport stored = importSignatures(header + "\n" + mine, ImportOptions.ALL_OR_NOTHING, focal);
        assertThat(stored.problems()).isEmpty();
        assertThat(frameworks.signatures(call.id(), Optional.empty())).filteredOn(s -> Long.valueOf(cityI).equals(s.placeId()))
                .singleElement().satisfies(s -> {
                    assertThat(s.kind()).isEqualTo("endorsed");
                    assertThat(s.signed().iso()).isEqualTo("2019-06");
                    assertThat(s.source().citation()).isEqualTo("Files test " + run);
                    assertThat(s.source().passage()).isEqualTo("The mayor endorsed the Call in June 2019");
                });
        ImportReport twice = importSignatures(header + "\n" + mine, ImportOptions.CHECK_ONLY, focal);
        assertThat(twice.problems()).extracting(p -> p.reason().key()).containsExactly("commitments.error.alreadySigned");
        assertThat(twice.problems().get(0).column()).isEqualTo("city");
    }

    private ImportReport importPledges(String csv, ImportOptions options, Editor editor) {
        return imports.run("pledges", "pledges.csv", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                options, new ImportContext(editor.username(), Locale.ENGLISH, true));
    }

    private ImportReport importSignatures(String csv, ImportOptions options, Editor editor) {
        return imports.run("signatures", "signatures.csv", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                options, new ImportContext(editor.username(), Locale.ENGLISH, true));
    }

    private Pledge imported(String text, Editor reader) {
        return pledges.search(PledgeQuery.ofPlace(cityI), Optional.of(reader), 100, 0).stream()
                .filter(p -> p.text().equals(text)).findFirst().orElseThrow();
    }

    private static JsonNode stalledRow(JsonNode framework) {
        for (JsonNode row : framework.get("pledges").get("byStatus")) {
            if (row.get("status").asString().equals("stalled")) {
                return row;
            }
        }
        throw new AssertionError("no stalled row");
    }

    private static JsonNode find(JsonNode list, String externalId) {
        for (JsonNode f : list) {
            if (externalId.equals(f.get("externalId").asString())) {
                return f;
            }
        }
        throw new AssertionError("no framework " + externalId);
    }

    private Framework framework(String externalId) {
        return frameworks.all().stream().filter(f -> externalId.equals(f.externalId())).findFirst().orElseThrow();
    }

    private Editor account(String username, Role role, Long organisationId, Long placeId) {
        accounts.create(username, "Files " + role.name().toLowerCase(Locale.ROOT), "{noop}password-for-tests", role,
                organisationId, placeId);
        return accounts.findByUsername(username).orElseThrow();
    }

    private MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, String role) {
        return role.equals("anonymous") ? request : request.with(user(editors.get(role).username()));
    }

    private int status(MockHttpServletRequestBuilder request, String role) throws Exception {
        return mvc.perform(as(request, role)).andReturn().getResponse().getStatus();
    }

    private String body(MockHttpServletRequestBuilder request, String role) throws Exception {
        MockHttpServletResponse response = mvc.perform(as(request, role)).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private JsonNode api(MockHttpServletRequestBuilder request, String role) throws Exception {
        return json.readTree(body(request, role));
    }

    private String csv(MockHttpServletRequestBuilder request, String role) throws Exception {
        MockHttpServletResponse response = mvc.perform(as(request, role)).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("text/csv");
        return new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    private static List<org.apache.commons.csv.CSVRecord> records(String csv) throws java.io.IOException {
        return org.apache.commons.csv.CSVFormat.RFC4180.parse(new java.io.StringReader(csv)).getRecords();
    }

    private XSSFWorkbook xlsx(MockHttpServletRequestBuilder request, String role) throws Exception {
        MockHttpServletResponse response = mvc.perform(as(request, role)).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()));
    }
}
