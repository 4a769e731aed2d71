package org.crossroads.library.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.crossroads.IntegrationTest;
import org.crossroads.WebClient;
import org.crossroads.accounts.Accounts;
import org.crossroads.accounts.Role;
import org.crossroads.directory.OrganisationDraft;
import org.crossroads.directory.OrganisationEditing;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Files of documents over real HTTP: upload, background extraction, safe download, the same content stored once,
 * removal, hostile uploads refused leaving nothing behind, and every file route asking the document's access.
 * Documents are plain rows of V60's table, made for this run.
 */
@IntegrationTest
@RecordApplicationEvents
class DocumentFilesTest {

    static final String PASSWORD = "files heron lantern quarry";

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired Accounts accounts;
    @Autowired OrganisationEditing organisations;
    @Autowired DocumentFiles files;
    @Autowired DocumentTexts texts;
    @Autowired LocalFileStore store;
    @Autowired FileExtractionQueue queue;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mapping;

    static String run;
    static long network;

    @BeforeEach
    void fixtures() {
        if (run != null) {
            return;
        }
        run = UUID.randomUUID().toString().substring(0, 8);
        network = organisations.upsertByExternalId(new OrganisationDraft("org:files-" + run, "Files Network " + run, "FN" + run,
                "city_network", null, null, null, null, "Files test"), "test").id();
        accounts.create("files-coord-" + run, "Files coordinator", "{noop}" + PASSWORD, Role.NETWORK_COORDINATOR, network, null);
        accounts.create("files-contrib-" + run, "Files contributor", "{noop}" + PASSWORD, Role.CONTRIBUTOR, null, null);
        accounts.create("files-admin-" + run, "Files administrator", "{noop}" + PASSWORD, Role.ADMINISTRATOR, null, null);
    }

    long document(String access, String publication, boolean ofNetwork) {
        long id = jdbc.sql("""
                insert into document (external_id, type, title, language, access, publication, source, created_by)
                values (:x, 'learning_report', :t, 'en', :a, :p, 'Files test', 'files-someone-else') returning id""")
                .param("x", "doc:files-" + UUID.randomUUID()).param("t", "Files test " + access).param("a", access)
                .param("p", publication).query(Long.class).single();
        if (ofNetwork) {
            jdbc.sql("insert into document_organisation (document_id, organisation_id, role) values (:d, :o, 'network')")
                    .param("d", id).param("o", network).update();
        }
        return id;
    }

    WebClient as(String who) {
        return who.equals("anonymous") ? WebClient.anonymous(port) : WebClient.signedIn(port, "files-" + who + "-" + run, PASSWORD);
    }

    DocumentFile extracted(long documentId, long attachmentId) {
        // the extraction runs on its own thread: wait for its outcome, within a deadline
        return await("extraction of file " + attachmentId).atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200))
                .until(() -> files.find(documentId, attachmentId).orElseThrow(), file -> !file.pending());
    }

    @Test
    void anUploadIsExtractedInTheBackgroundServedSafelyAndStoredOnce(ApplicationEvents events) throws Exception {
        long doc = document("public", "published", true);
        String unique = "Lyon guichet unique " + run;
        byte[] pdf = TestFiles.pdf(TextExtractionTest.FRENCH + " " + unique, "Deuxième page du rapport municipal.");
        WebClient coordinator = as("coord");
        // the client claims text/csv: only the bytes count
        HttpResponse<String> upload = coordinator.upload("/documents/" + doc + "/files", Map.of(), "file", "Rapport d’étape.pdf", pdf);
        assertThat(upload.statusCode()).isEqualTo(302);
        assertThat(upload.headers().firstValue("Location").orElse("")).endsWith("/documents/" + doc + "/files");

        DocumentFile attached = files.of(doc).get(0);
        assertThat(attached.mediaType()).isEqualTo("application/pdf");
        DocumentFile file = extracted(doc, attached.id());
        assertThat(file.state()).isEqualTo("extracted");
        assertThat(file.pages()).isEqualTo(2);
        assertThat(file.language()).isEqualTo("fr");
        assertThat(file.hasThumbnail()).isTrue();
        assertThat(texts.forIndexing(doc)).singleElement().satisfies(t -> assertThat(t.text()).contains(unique));
        assertThat(texts.passages(doc)).isNotEmpty();

        WebClient reader = as("anonymous");
        var page = Jsoup.parse(reader.get("/documents/" + doc + "/files?lang=fr").body());
        assertThat(page.select("#file-" + file.id() + " .file-state").text()).isEqualTo("Extrait");
        assertThat(page.select("#file-" + file.id() + " .file-name").text()).isEqualTo("Rapport d’étape.pdf");
        assertThat(page.select("#file-upload")).as("no upload form for a reader").isEmpty();
        assertThat(page.select("#file-" + file.id() + " img.file-thumbnail")).hasSize(1);
        var arabic = Jsoup.parse(reader.get("/documents/" + doc + "/files?lang=ar").body());
        assertThat(arabic.select("html").attr("dir")).isEqualTo("rtl");
        assertThat(arabic.select("#file-" + file.id() + " .file-state").text()).isEqualTo("مُستخرَج");
        assertThat(arabic.text()).as("digits 0-9 on Arabic pages").doesNotContainPattern("[\u0660-\u0669\u06F0-\u06F9]");

        HttpResponse<String> download = reader.get("/documents/" + doc + "/files/" + file.id());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type").orElse("")).isEqualTo("application/pdf");
        assertThat(download.headers().firstValue("Content-Disposition").orElse(""))
                .startsWith("attachment;").contains("filename*=UTF-8''Rapport%20d%E2%80%99%C3%A9tape.pdf");
        assertThat(download.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(download.headers().firstValue("Content-Security-Policy").orElse("")).startsWith("sandbox");
        assertThat(reader.get("/documents/" + doc + "/files/" + file.id() + "/thumbnail.png").headers()
                .firstValue("Content-Type")).contains("image/png");
        assertThat(Jsoup.parse(reader.get("/documents/" + doc + "/files/" + file.id() + "/text").body())
                .select(".extracted-text").text()).contains(unique);
        assertThat(reader.get("/documents/" + doc + "/files/" + file.id() + "/text.txt").body()).contains(unique);

        // the same bytes attached to a second document: one stored content, one file on disk
        long second = document("members", "published", true);
        DocumentFile again = files.attach(second, new MockMultipartFile("file", "copy.pdf", "application/pdf", pdf), "test");
        assertThat(again.fileId()).isEqualTo(file.fileId());
        assertThat(again.state()).isEqualTo("extracted");
        Path stored = store.pathOf(file.sha256());
        assertThat(stored).exists().hasBinaryContent(pdf);
        assertThat(stored.getParent().getFileName().toString()).isEqualTo(file.sha256().substring(2, 4));

        // extraction announces the text to every document holding it (run here on the test thread, so it is recorded)
        jdbc.sql("update stored_file set state = 'extracting' where id = :id").param("id", file.fileId()).update();
        queue.extract(file.fileId());
        assertThat(events.stream(DocumentTextExtracted.class).map(DocumentTextExtracted::documentId))
                .contains(doc, second);

        // removed from one document, the content stays for the other; removed from both, it is gone
        HttpResponse<String> removed = coordinator.post("/documents/" + doc + "/files/" + file.id() + "/remove", Map.of());
        assertThat(removed.statusCode()).isEqualTo(302);
        assertThat(files.of(doc)).isEmpty();
        assertThat(stored).exists();
        files.detach(again, "test");
        assertThat(stored).doesNotExist();
        assertThat(jdbc.sql("select count(*) from stored_file where sha256 = :s").param("s", file.sha256()).query(Long.class).single())
                .isZero();
        assertThat(texts.forIndexing(second)).isEmpty();
    }

    @Test
    void everyAcceptedKindIsExtracted() throws Exception {
        long doc = document("public", "published", false);
        Map<String, byte[]> uploads = Map.of(
                "note.docx", TestFiles.docx(TextExtractionTest.SPANISH + " docx " + run),
                "data.xlsx", TestFiles.xlsx("Sfax arrivals xlsx " + run),
                "slides.pptx", TestFiles.pptx(TextExtractionTest.ENGLISH + " pptx " + run),
                "profile.odt", TestFiles.odt(TextExtractionTest.ARABIC + " odt " + run),
                "page.html", TestFiles.html("Guide", TextExtractionTest.ENGLISH + " html " + run));
        for (var upload : uploads.entrySet()) {
            files.attach(doc, new MockMultipartFile("file", upload.getKey(), "application/octet-stream", upload.getValue()), "test");
        }
        for (DocumentFile f : files.of(doc)) {
            DocumentFile done = extracted(doc, f.id());
            assertThat(done.state()).as(f.fileName()).isEqualTo("extracted");
            String ext = FileKind.extensionOf(f.fileName());
            assertThat(files.text(done).orElse("")).as(f.fileName()).contains(ext + " " + run);
        }
        DocumentFile html = files.of(doc).stream().filter(f -> f.kind() == FileKind.HTML).findFirst().orElseThrow();
        HttpResponse<String> page = as("anonymous").get("/documents/" + doc + "/files/" + html.id());
        assertThat(page.headers().firstValue("Content-Type").orElse("")).as("a web page is never served as one")
                .doesNotContain("html");
        assertThat(page.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment;");
    }

    @Test
    void hostileUploadsAreRefusedWithAMessageAndLeaveNothingBehind() throws IOException {
        long doc = document("public", "published", true);
        WebClient coordinator = as("coord");
        long rowsBefore = jdbc.sql("select count(*) from stored_file").query(Long.class).single();
        long filesBefore = storedFiles();
        Map<String, byte[]> hostile = new java.util.LinkedHashMap<>();
        hostile.put("bomb.docx", TestFiles.docxBomb(120));
        hostile.put("secret.pdf", TestFiles.encryptedPdf("Confidential " + run));
        hostile.put("secret.docx", TestFiles.encryptedDocx("Confidential " + run));
        hostile.put("broken.pdf", TestFiles.brokenPdf());
        hostile.put("disguised.docx", TestFiles.pdf("A PDF named as a DOCX"));
        hostile.put("archive.zip", TestFiles.zip());
        Map<String, String> expected = Map.of("bomb.docx", "zip bomb", "secret.pdf", "encrypted", "secret.docx", "encrypted",
                "broken.pdf", "damaged", "disguised.docx", "ends in .docx", "archive.zip", "not accepted");
        for (var file : hostile.entrySet()) {
            HttpResponse<String> answer = coordinator.upload("/documents/" + doc + "/files", Map.of(), "file", file.getKey(), file.getValue());
            assertThat(answer.statusCode()).as(file.getKey()).isEqualTo(302);
            String message = Jsoup.parse(coordinator.get("/documents/" + doc + "/files").body()).select("#file-refusal").text();
            assertThat(message).as(file.getKey()).contains(expected.get(file.getKey()));
        }
        String french = refusalIn(coordinator, doc, "fr");
        assertThat(french).contains("chiffré");
        assertThat(refusalIn(coordinator, doc, "ar")).contains("مشفّر");
        assertThat(files.of(doc)).isEmpty();
        assertThat(jdbc.sql("select count(*) from stored_file").query(Long.class).single()).isLessThanOrEqualTo(rowsBefore);
        assertThat(storedFiles()).isLessThanOrEqualTo(filesBefore);
        try (Stream<Path> left = Files.list(store.root().resolve("incoming"))) {
            assertThat(left.toList()).as("nothing half-written").isEmpty();
        }
    }

    private String refusalIn(WebClient client, long doc, String language) {
        client.upload("/documents/" + doc + "/files?lang=" + language, Map.of(), "file", "secret.pdf",
                TestFiles.encryptedPdf("Confidential"));
        return Jsoup.parse(client.get("/documents/" + doc + "/files?lang=" + language).body()).select("#file-refusal").text();
    }

    private long storedFiles() throws IOException {
        try (Stream<Path> all = Files.walk(store.root())) {
            return all.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().matches("[0-9a-f]{64}")).count();
        }
    }

    /** Every route under /documents/{id}/files, whatever its method. */
    private List<String[]> fileRoutes() {
        List<String[]> routes = new ArrayList<>();
        mapping.getHandlerMethods().forEach((info, method) -> {
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/documents/{id") || !pattern.contains("/files")) {
                    continue;
                }
                var methods = info.getMethodsCondition().getMethods();
                for (RequestMethod m : methods.isEmpty() ? List.of(RequestMethod.GET) : methods) {
                    routes.add(new String[] {m.name(), pattern});
                }
            }
        });
        return routes;
    }

    private static String path(String pattern, long doc, long file) {
        return pattern.replaceAll("\\{id[^}]*}", String.valueOf(doc)).replaceAll("\\{fileId[^}]*}", String.valueOf(file));
    }

    @Test
    void everyFileRouteHidesADocumentFromThoseWhoMayNotSeeIt() throws Exception {
        List<String[]> routes = fileRoutes();
        assertThat(routes).as("the file routes").hasSizeGreaterThanOrEqualTo(7);
        byte[] pdf = TestFiles.pdf("Members only " + run);
        Map<String, List<String>> mayNotSee = Map.of(
                "members", List.of("anonymous", "contrib"),
                // a proposal is seen by its author and those who publish it (the network's coordinator among them)
                "proposed", List.of("anonymous", "contrib"));
        for (var level : mayNotSee.entrySet()) {
            long doc = level.getKey().equals("proposed") ? document("public", "proposed", true) : document("members", "published", true);
            DocumentFile file = files.attach(doc, new MockMultipartFile("file", "members.pdf", "application/pdf", pdf), "test");
            extracted(doc, file.id());
            for (String who : level.getValue()) {
                WebClient client = as(who);
                for (String[] route : routes) {
                    HttpResponse<String> answer = client.send(route[0], path(route[1], doc, file.id()), Map.of());
                    String what = level.getKey() + " document, " + who + ": " + route[0] + " " + route[1];
                    if (who.equals("anonymous") && !route[0].equals("GET")) {
                        // changing anything takes an account first: the login page, which says nothing of the document
                        assertThat(answer.statusCode()).as(what).isEqualTo(302);
                        assertThat(answer.headers().firstValue("Location").orElse("")).as(what).contains("/login");
                    } else {
                        assertThat(answer.statusCode()).as(what).isEqualTo(404);
                        assertThat(answer.body()).as(what).doesNotContain("members.pdf").doesNotContain("Members only");
                    }
                }
            }
            // those who may see it get every reading route
            WebClient admin = as("admin");
            for (String[] route : routes) {
                if (route[0].equals("GET")) {
                    assertThat(admin.get(path(route[1], doc, file.id())).statusCode()).as("admin " + route[1]).isEqualTo(200);
                }
            }
            assertThat(files.of(doc)).as("nothing was removed by those who may not see it").hasSize(1);
        }
        // a member of the document's network reads a members-only document
        long members = document("members", "published", true);
        DocumentFile file = files.attach(members, new MockMultipartFile("file", "m.pdf", "application/pdf", pdf), "test");
        assertThat(as("coord").get("/documents/" + members + "/files/" + file.id()).statusCode()).isEqualTo(200);
    }

    @Test
    void onlyEditorsChangeFilesAndChathamHouseFilesHideTheirNames() throws Exception {
        long doc = document("chatham_house", "published", true);
        DocumentFile file = files.attach(doc,
                new MockMultipartFile("file", "ICMPD draft by A. Author.pdf", "application/pdf", TestFiles.pdf("Chatham " + run)), "test");
        WebClient contributor = as("contrib");
        assertThat(contributor.upload("/documents/" + doc + "/files", Map.of(), "file", "x.pdf", TestFiles.pdf("x")).statusCode())
                .isEqualTo(403);
        assertThat(contributor.post("/documents/" + doc + "/files/" + file.id() + "/remove", Map.of()).statusCode()).isEqualTo(403);
        HttpResponse<String> download = contributor.get("/documents/" + doc + "/files/" + file.id());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Disposition").orElse(""))
                .contains("document-" + doc + "-" + file.id() + ".pdf").doesNotContain("Author");
        assertThat(contributor.get("/documents/" + doc + "/files").body()).doesNotContain("A. Author");
        assertThat(as("admin").get("/documents/" + doc + "/files/" + file.id()).headers().firstValue("Content-Disposition").orElse(""))
                .contains("Author");
        assertThat(files.of(doc)).hasSize(1);
    }
}
