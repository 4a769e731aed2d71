package org.crossroads.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import javax.sql.DataSource;
import org.crossroads.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The one search matches and counts documents in memory (DocumentIndex); whatever writes a document, by whichever path,
 * the next search sees it, including a write whose transaction commits after a later one's.
 */
@IntegrationTest
class DocumentSearchIndexTest {

    @Autowired JdbcClient jdbc;
    @Autowired Documents documents;
    @Autowired DataSource dataSource;

    // unrelated words: a query's word also matches the words it begins
    final String run = word();
    final String other = word();
    final String early = word();
    final String late = word();

    static String word() {
        Random random = new Random();
        StringBuilder letters = new StringBuilder("qelv");
        for (int i = 0; i < 8; i++) {
            letters.append((char) ('a' + random.nextInt(26)));
        }
        return letters.toString();
    }

    long document(String title) {
        return jdbc.sql("""
                insert into document (external_id, type, title, language, year, themes, country_codes, access, publication,
                    source, created_by)
                values (:x, 'report', :t, 'en', 2020, '{housing}', '{TN}', 'public', 'published', 'Index test', 'test')
                returning id""").param("x", "doc:index-" + word()).param("t", title).query(Long.class).single();
    }

    Documents.Faceted search(String q) {
        return documents.searchFaceted(q, Map.of(), 10, Optional.empty());
    }

    long total(String q) {
        return search(q).facets().total();
    }

    @Test
    void everyWriteToADocumentOrItsRelatedRowsIsSeenByTheNextSearch() {
        long id = document("Harbour notes " + run);
        assertThat(total(run)).isEqualTo(1);
        assertThat(search(run).documents()).extracting(Document::id).containsExactly(id);

        jdbc.sql("update document set publication = 'proposed' where id = :id").param("id", id).update();
        assertThat(total(run)).as("a proposal is not shown to anonymous readers").isZero();

        jdbc.sql("update document set publication = 'published', title = :t where id = :id")
                .param("t", "Quay notes " + other).param("id", id).update();
        assertThat(total(run)).as("the old title's word").isZero();
        assertThat(total(other)).isEqualTo(1);

        long sfax = jdbc.sql("select id from place where name = 'Sfax' and country_code = 'TN' order by population desc nulls last limit 1")
                .query(Long.class).single();
        jdbc.sql("insert into document_place (document_id, place_id) values (:d, :p)").param("d", id).param("p", sfax).update();
        assertThat(search(other).facets().counts().get("city")).containsEntry(String.valueOf(sfax), 1L);
        assertThat(documents.searchFaceted(other, Map.of("city", Set.of(String.valueOf(sfax))), 10, Optional.empty())
                .facets().total()).isEqualTo(1);

        jdbc.sql("update document set access = 'members' where id = :id").param("id", id).update();
        assertThat(total(other)).as("members only").isZero();
    }

    @Test
    void aWriteCommittedAfterALaterOneIsNotMissed() throws Exception {
        long first = document("Early draft " + run);
        long second = document("Late draft " + run);
        try (Connection one = dataSource.getConnection(); Connection two = dataSource.getConnection()) {
            one.setAutoCommit(false);
            retitle(one, first, "Early title " + this.early);
            two.setAutoCommit(true);
            retitle(two, second, "Late title " + this.late);
            assertThat(total(this.late)).isEqualTo(1);
            assertThat(total(this.early)).as("not committed yet").isZero();
            one.commit();
            one.setAutoCommit(true);
        }
        assertThat(total(this.early)).as("committed after the later write was read").isEqualTo(1);
    }

    private static void retitle(Connection connection, long id, String title) throws Exception {
        try (PreparedStatement update = connection.prepareStatement("update document set title = ? where id = ?")) {
            update.setString(1, title);
            update.setLong(2, id);
            update.executeUpdate();
        }
    }
}
