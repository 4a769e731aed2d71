package org.crossroads.library.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.crossroads.IntegrationTest;
import org.crossroads.library.DocumentQuery;
import org.crossroads.library.Documents;
import org.crossroads.library.files.DocumentFiles;
import org.crossroads.library.files.TestFiles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;

/**
 * A document's file_words (V65), which search reads instead of looking through every passage, is always the union of
 * its passages' words: after a file's text is extracted, after the file is detached, and for every document of the
 * database (built-in data and whatever other tests left), so that no way of writing passages can leave it stale.
 */
@IntegrationTest
class DocumentFileWordsTest {

    @Autowired JdbcClient jdbc;
    @Autowired DocumentFiles files;
    @Autowired Documents documents;

    @Test
    void fileWordsFollowTheFilesTextFromExtractionToDetachment() throws Exception {
        String word = "fileword" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        long doc = jdbc.sql("""
                insert into document (external_id, type, title, language, year, access, publication, source, created_by)
                values (:x, 'report', 'File words', 'en', 2020, 'public', 'published', 'File words test', 'test') returning id""")
                .param("x", "doc:file-words-" + word).query(Long.class).single();
        files.attach(doc, new MockMultipartFile("file", "words.docx", "application/octet-stream",
                TestFiles.docx("Municipal shelters opened a desk about " + word + ".")), "test");
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                assertThat(fileWordsMatch(doc, word)).as("the extracted text's words are the document's file words").isTrue());
        assertThat(documents.search(query(word), Optional.empty()).page().items()).extracting(d -> d.id()).containsExactly(doc);

        files.detach(files.of(doc).get(0), "test");
        assertThat(fileWordsMatch(doc, word)).isFalse();
        assertThat(documents.search(query(word), Optional.empty()).page().total()).isZero();
    }

    @Test
    void everyDocumentsFileWordsAreTheUnionOfItsPassagesWords() {
        assertThat(jdbc.sql("""
                select count(*) from document d
                where d.file_words <> coalesce((select strip(crossroads_tsvector_union(p.search)) from document_passage p
                                                where p.document_id = d.id), ''::tsvector)""").query(Long.class).single())
                .as("documents whose file words differ from their passages' words").isZero();
    }

    private boolean fileWordsMatch(long doc, String word) {
        return jdbc.sql("select file_words @@ crossroads_alternatives_query(:w) from document where id = :d")
                .param("w", word).param("d", doc).query(Boolean.class).single();
    }

    private static DocumentQuery query(String words) {
        return new DocumentQuery(null, null, null, null, null, null, null, null, words, 1, 20);
    }
}
