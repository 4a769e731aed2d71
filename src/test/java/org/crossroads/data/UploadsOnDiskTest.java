package org.crossroads.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.crossroads.servicepoints.ServicePointFixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.crossroads.IntegrationTest;
import org.crossroads.WebTest;
import org.crossroads.accounts.Accounts;
import org.crossroads.directory.Places;
import org.crossroads.shared.upload.ImportSlots;
import org.crossroads.shared.upload.UploadSettings;
import org.crossroads.shared.upload.UploadedFiles;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;

/**
 * Uploads are files on disk, not bytes in the heap: a checked file waits on disk and is deleted once imported;
 * an account is held to its number of imports at a time; an Error inside an import job fails its batch at once.
 */
@IntegrationTest
class UploadsOnDiskTest extends WebTest {

    @Autowired DataImportJobs jobs;
    @Autowired UploadedFiles uploads;
    @Autowired UploadSettings settings;
    @Autowired ImportSlots slots;
    @Autowired Accounts accounts;
    @Autowired Places places;

    DataImportBatch waitFor(long id) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50)).untilAsserted(() ->
                assertThat(jobs.find(id).orElseThrow().isFinished()).as("batch %s finished", id).isTrue());
        return jobs.find(id).orElseThrow();
    }

    /** The files under the upload folder holding exactly this content. */
    List<Path> filesHolding(String content) throws IOException {
        List<Path> found = new ArrayList<>();
        try (Stream<Path> all = Files.walk(Path.of(settings.directory()))) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                try {
                    if (Files.size(p) == content.length() && Files.readString(p).equals(content)) {
                        found.add(p);
                    }
                } catch (IOException gone) {
                    // deleted while walking
                }
            }
        }
        return found;
    }

    static long batchId(String location) {
        return Long.parseLong(location.replaceAll("\\D+", ""));
    }

    @Test
    void aCheckedDataFileWaitsOnDiskAndIsDeletedOnceImported() throws Exception {
        String csv = DataImportTest.HEADER + "population,\"Tozeur, TN\",2020,,80000,INS on disk " + System.nanoTime() + ",,good,public\n";
        String checked = mvc.perform(multipart("/data/import").file(new MockMultipartFile("file", "disk.csv", "text/csv",
                        csv.getBytes(StandardCharsets.UTF_8))).param("action", "check").with(user("admin")).with(csrf()))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(waitFor(batchId(checked)).status()).isEqualTo("checked");
        assertThat(filesHolding(csv)).singleElement().satisfies(p -> assertThat(p.toString()).contains("checked"));

        String committed = mvc.perform(post(checked + "/commit").with(user("admin")).with(csrf()))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(waitFor(batchId(committed)).status()).isEqualTo("committed");
        assertThat(filesHolding(csv)).isEmpty();
        // the file was imported once: confirming again finds nothing
        assertThat(mvc.perform(post(checked + "/commit").with(user("admin")).with(csrf()))
                .andReturn().getResponse().getRedirectedUrl()).endsWith("/data/import?expired");
    }

    @Test
    void anImportWithProblemsLeavesNoFileBehind() throws Exception {
        String csv = DataImportTest.HEADER + "population,\"Tozeur, TN\",2020,,many " + System.nanoTime() + ",,,good,public\n";
        String checked = mvc.perform(multipart("/data/import").file(new MockMultipartFile("file", "bad.csv", "text/csv",
                        csv.getBytes(StandardCharsets.UTF_8))).param("action", "check").with(user("admin")).with(csrf()))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(waitFor(batchId(checked)).problemCount()).isPositive();
        assertThat(filesHolding(csv)).isEmpty();
    }

    @Test
    void anAccountRunningAsManyImportsAsItMayIsRefusedWith429NamingTheLimit() throws Exception {
        List<ImportSlots.Slot> held = new ArrayList<>();
        try {
            while (slots.running("admin") < slots.perAccount()) {
                held.add(slots.take("admin"));
            }
            String csv = DataImportTest.HEADER + "population,\"Tozeur, TN\",2020,,80000,,,good,public\n";
            long before = jobs.recent("admin", 1).stream().mapToLong(DataImportBatch::id).max().orElse(0);
            for (String[] language : new String[][] {{"en", "at most " + slots.perAccount()}, {"fr", "au plus"},
                    {"es", "como máximo"}, {"ar", "على الأكثر"}}) {
                MockHttpServletResponse response = mvc.perform(multipart("/data/import").file(new MockMultipartFile("file",
                                "busy.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8))).param("action", "check")
                                .param("lang", language[0]).with(user("admin")).with(csrf()))
                        .andReturn().getResponse();
                assertThat(response.getStatus()).isEqualTo(429);
                assertThat(Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8)).select("#too-many-imports").text())
                        .contains(language[1]);
            }
            assertThat(jobs.recent("admin", 1).stream().mapToLong(DataImportBatch::id).max().orElse(0)).isEqualTo(before);

            MockHttpServletResponse inventory = mvc.perform(multipart("/import").file(new MockMultipartFile("file",
                            "initiatives.csv", "text/csv", "title\nA\n".getBytes(StandardCharsets.UTF_8)))
                            .param("kind", "initiatives").param("action", "check").with(user("admin")).with(csrf()))
                    .andReturn().getResponse();
            assertThat(inventory.getStatus()).isEqualTo(429);
            assertThat(filesHolding(csv)).isEmpty();
        } finally {
            held.forEach(ImportSlots.Slot::close);
        }
        assertThat(slots.running("admin")).isZero();
    }

    @Test
    void anErrorInsideAnImportJobFailsItsBatchAtOnceWithItsReason() throws Exception {
        String actor = "oom-test-" + System.nanoTime();
        DataImport.Options options = new DataImport.Options(true, false, actor, Locale.ENGLISH, null);
        boolean[] told = {false};
        long id = jobs.queue("huge.csv", new ImportFile() {
            @Override
            public java.io.InputStream open() {
                // what a file too large for the heap does to the job
                throw new OutOfMemoryError("Java heap space (test)");
            }

            @Override
            public void finished(long batchId, boolean confirmable) {
                told[0] = !confirmable;
            }
        }, options, slots.take(actor));

        DataImportBatch batch = waitFor(id);
        assertThat(batch.status()).isEqualTo("failed");
        assertThat(batch.problemsJson()).contains("data.error.outOfMemory");
        assertThat(told[0]).isTrue();
        assertThat(slots.running(actor)).isZero();

        // the worker survived: the next import runs
        String csv = DataImportTest.HEADER + "population,\"Tozeur, TN\",2020,,80000,,,good,public\n";
        long next = jobs.queue("next.csv", () -> new java.io.ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                options, slots.take(actor));
        assertThat(waitFor(next).status()).isEqualTo("checked");
    }

    @Test
    void aCheckedDirectoryFileWaitsOnDiskAndIsDeletedOnceImported() throws Exception {
        ServicePointFixtures fixtures = ServicePointFixtures.of(accounts, places);
        fixtures.sfaxFocalPoint();
        var sfax = fixtures.sfax();
        String id = "spi:disk:" + System.nanoTime();
        String file = ServicePointFixtures.collection(ServicePointFixtures.feature("{\"type\": \"Point\", \"coordinates\": ["
                        + ServicePointFixtures.coordinate(sfax.longitude()) + ", " + ServicePointFixtures.coordinate(sfax.latitude()) + "]}",
                ServicePointFixtures.properties(id, "Guichet", "health")));
        MockHttpSession session = new MockHttpSession();
        String report = mvc.perform(multipart("/import").file(new MockMultipartFile("file", "points.geojson", "application/geo+json",
                        file.getBytes(StandardCharsets.UTF_8))).param("kind", "service-points").param("action", "check")
                        .session(session).with(user(ServicePointFixtures.SFAX_FOCAL_POINT)).with(csrf()))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(Jsoup.parse(report).select("#confirm-import")).isNotEmpty();
        assertThat(filesHolding(file)).singleElement().satisfies(p -> assertThat(p.toString()).contains("checked"));

        mvc.perform(post("/import/confirm").session(session).with(user(ServicePointFixtures.SFAX_FOCAL_POINT)).with(csrf()));
        assertThat(filesHolding(file)).isEmpty();
    }
}
