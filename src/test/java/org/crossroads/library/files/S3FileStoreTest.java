package org.crossroads.library.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.UUID;
import org.crossroads.IntegrationTest;
import org.crossroads.audit.AuditTrail;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.TransientApiMetadata;
import org.jclouds.blobstore.BlobStoreContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The S3 file store against a real S3-compatible server started here (S3Proxy over an in-memory jclouds blob store,
 * speaking the S3 protocol over HTTP with V4 signatures): contents stored under their hash once, read back as
 * streams, removed when no document uses them, the whole upload and extraction path on it, and a clear error at
 * start when the bucket cannot be reached.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class S3FileStoreTest {

    static final String ACCESS = "crossroads-test";
    static final String SECRET = "crossroads-test-secret";
    static final String BUCKET = "library-files";

    @Autowired JdbcClient jdbc;
    @Autowired AuditTrail audit;
    @Autowired ApplicationEventPublisher events;
    @Autowired PlatformTransactionManager transactionManager;

    @TempDir Path dir;
    BlobStoreContext blobs;
    S3Proxy server;
    S3FileStoreSettings settings;
    S3FileStore store;

    @BeforeAll
    void startServer() throws Exception {
        // by its metadata, not by name: a lookup by name loads every provider, and s3proxy registers an Azure one whose
        // jclouds module (with the other blob stores) is left out of the test classpath
        blobs = ContextBuilder.newBuilder(new TransientApiMetadata()).credentials("identity", "credential").build(BlobStoreContext.class);
        blobs.getBlobStore().createContainerInLocation(null, BUCKET);
        server = S3Proxy.builder().blobStore(blobs.getBlobStore()).endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS, SECRET).build();
        server.start();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(10)).until(() -> "STARTED".equals(server.getState()));
        settings = new S3FileStoreSettings("http://127.0.0.1:" + server.getPort(), BUCKET, null, ACCESS, SECRET, null);
        store = new S3FileStore(settings);
    }

    @AfterAll
    void stopServer() throws Exception {
        if (store != null) {
            store.close();
        }
        if (server != null) {
            server.stop();
        }
        if (blobs != null) {
            blobs.close();
        }
    }

    Path file(byte[] content) throws IOException {
        return Files.write(dir.resolve(UUID.randomUUID() + ".upload"), content);
    }

    static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }

    long objects() {
        return blobs.getBlobStore().list(BUCKET, org.jclouds.blobstore.options.ListContainerOptions.Builder.recursive())
                .stream().filter(m -> m.getType() == org.jclouds.blobstore.domain.StorageType.BLOB).count();
    }

    @Test
    void aContentIsStoredOnceUnderItsHashReadBackAsAStreamAndRemoved() throws Exception {
        byte[] content = ("A report on Sfax " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
        String sha = sha256(content);
        long before = objects();
        assertThat(store.contains(sha)).isFalse();

        Path received = file(content);
        store.put(sha, received);
        assertThat(received).doesNotExist(); // the received file is the store's to remove, as with the local store
        assertThat(store.contains(sha)).isTrue();
        assertThat(blobs.getBlobStore().blobExists(BUCKET, S3FileStore.keyOf(sha))).isTrue();
        assertThat(S3FileStore.keyOf(sha)).isEqualTo(sha.substring(0, 2) + "/" + sha.substring(2, 4) + "/" + sha);
        try (InputStream in = store.open(sha)) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
        assertThat(store.localFile(sha)).isEmpty();

        // the same hash again is not uploaded again: the object is the first one, whatever the second file holds
        store.put(sha, file("other bytes under the same name".getBytes(StandardCharsets.UTF_8)));
        try (InputStream in = store.open(sha)) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
        assertThat(objects()).isEqualTo(before + 1);

        store.remove(sha);
        assertThat(store.contains(sha)).isFalse();
        store.remove(sha); // removing an absent content is no error
        assertThatThrownBy(() -> store.open(sha)).isInstanceOf(IOException.class);
    }

    @Test
    void aLargeContentStreamsBothWays() throws Exception {
        byte[] content = new byte[12 * 1024 * 1024];
        new java.util.Random(7).nextBytes(content);
        String sha = sha256(content);
        store.put(sha, file(content));
        MessageDigest read = MessageDigest.getInstance("SHA-256");
        try (InputStream in = store.open(sha)) {
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0;) {
                read.update(buffer, 0, n);
            }
        }
        assertThat(HexFormat.of().formatHex(read.digest())).isEqualTo(sha);
        store.remove(sha);
    }

    @Test
    void anUploadIsStoredInTheBucketExtractedFromItAndRemovedWhenNoDocumentUsesIt() throws Exception {
        LibraryFileSettings local = new LibraryFileSettings(dir.resolve("files").toString(), null, null, null, null, null,
                null, null, LibraryFileSettings.Store.S3);
        FileIntake intake = new FileIntake(jdbc, store, local, audit, transactionManager);
        FileExtractionQueue queue = new FileExtractionQueue(jdbc, store, local, events, transactionManager);
        DocumentFiles files = new DocumentFiles(jdbc, intake, store, queue, audit, events, transactionManager);
        String words = "Rapport sur le guichet unique de Tanger " + UUID.randomUUID();
        byte[] docx = TestFiles.docx(TextExtractionTest.FRENCH, words);
        long first = document();
        long second = document();

        // attached and claimed in one transaction, so that the application's own queue (on the local store) never
        // sees this file waiting; then extracted here from the bucket
        TransactionTemplate tx = new TransactionTemplate(transactionManager);
        long attachment = tx.execute(s -> {
            try {
                long id = intake.attach(first, new MockMultipartFile("file", "rapport.docx", null, docx), "s3-test");
                jdbc.sql("update stored_file set state = 'extracting' where id = (select file_id from document_file where id = :a)")
                        .param("a", id).update();
                return id;
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        DocumentFile file = files.find(first, attachment).orElseThrow();
        assertThat(store.contains(file.sha256())).isTrue();
        assertThat(Files.exists(dir.resolve("files").resolve(file.sha256().substring(0, 2)))).isFalse();
        queue.extract(file.fileId());
        file = files.find(first, attachment).orElseThrow();
        assertThat(file.state()).isEqualTo("extracted");
        assertThat(files.text(file)).get().asString().contains("guichet unique", words);
        try (InputStream in = files.open(file)) {
            assertThat(in.readAllBytes()).isEqualTo(docx);
        }

        // the same content for a second document: one object, one stored file
        long again = intake.attach(second, new MockMultipartFile("file", "copie.docx", null, docx), "s3-test");
        DocumentFile copy = files.find(second, again).orElseThrow();
        assertThat(copy.fileId()).isEqualTo(file.fileId());

        files.detach(file, "s3-test");
        assertThat(store.contains(file.sha256())).as("still used by the second document").isTrue();
        files.detach(copy, "s3-test");
        assertThat(store.contains(file.sha256())).as("used by no document").isFalse();
        queue.stop();
    }

    @Test
    void anUnreachableBucketStopsTheStartWithAMessageNamingIt() {
        var missing = new S3FileStoreSettings(settings.endpoint(), "no-such-bucket", null, ACCESS, SECRET, null);
        assertThatThrownBy(() -> new S3FileStore(missing)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no-such-bucket").hasMessageContaining("crossroads.library.files.s3");
        var wrongKey = new S3FileStoreSettings(settings.endpoint(), BUCKET, null, ACCESS, "not-the-secret", null);
        assertThatThrownBy(() -> new S3FileStore(wrongKey)).isInstanceOf(IllegalStateException.class);
        var nobody = new S3FileStoreSettings("http://127.0.0.1:9", BUCKET, null, ACCESS, SECRET, null);
        assertThatThrownBy(() -> new S3FileStore(nobody)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(BUCKET);
    }

    long document() {
        return jdbc.sql("""
                insert into document (external_id, type, title, language, access, publication, source, created_by)
                values (:x, 'report', 'S3 test', 'fr', 'public', 'published', 'S3 test', 's3-test') returning id""")
                .param("x", "doc:s3-" + UUID.randomUUID()).query(Long.class).single();
    }
}
