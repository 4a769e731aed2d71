package org.crossroads.library.files;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.crossroads.accounts.Editor;
import org.crossroads.library.DocumentPermissions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The text of a document's files, for search: all of it for indexing ({@link #forIndexing}; the index keeps the
 * document's id and asks {@link DocumentPermissions} when it answers a reader), or, for one reader, only when the
 * reader may see the document ({@link #readable}). Passages are pieces of about {@value #PASSAGE} characters cut at
 * paragraph or sentence ends, each with the file it comes from, for highlighted excerpts.
 */
@Service
public class DocumentTexts {

    static final int PASSAGE = 1_000;

    /** One file's extracted text. */
    public record FileText(long attachmentId, String fileName, String language, String text) {}

    /** A piece of a file's text; {@code offset} is where it starts in that text. */
    public record Passage(long attachmentId, int index, int offset, String text) {}

    private final JdbcClient jdbc;
    private final DocumentPermissions permissions;

    DocumentTexts(JdbcClient jdbc, DocumentPermissions permissions) {
        this.jdbc = jdbc;
        this.permissions = permissions;
    }

    /** Every extracted text of the document's files, whoever may read it: for the search index only. */
    public List<FileText> forIndexing(long documentId) {
        return jdbc.sql("""
                select a.id, a.file_name, f.language, t.text
                from document_file a join stored_file f on f.id = a.file_id join stored_file_text t on t.file_id = f.id
                where a.document_id = :d and f.state = 'extracted' order by a.id""")
                .param("d", documentId)
                .query((rs, n) -> new FileText(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4))).list();
    }

    /** The document's texts when the reader may see the document, otherwise nothing (as if it had no file). */
    public List<FileText> readable(long documentId, Optional<Editor> reader) {
        return permissions.maySee(documentId, reader) ? forIndexing(documentId) : List.of();
    }

    /** The documents with extracted text, for building an index from nothing. */
    public List<Long> documentsWithText() {
        return jdbc.sql("""
                select distinct a.document_id from document_file a join stored_file f on f.id = a.file_id
                where f.state = 'extracted' order by 1""").query(Long.class).list();
    }

    /** The passages of the document's texts, in order, for indexing. */
    public List<Passage> passages(long documentId) {
        List<Passage> all = new ArrayList<>();
        for (FileText file : forIndexing(documentId)) {
            all.addAll(passagesOf(file.attachmentId(), file.text()));
        }
        return all;
    }

    static List<Passage> passagesOf(long attachmentId, String text) {
        List<Passage> passages = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = Math.min(text.length(), start + PASSAGE);
            if (end < text.length()) {
                end = cut(text, start, end);
            }
            String piece = text.substring(start, end).strip();
            if (!piece.isEmpty()) {
                passages.add(new Passage(attachmentId, passages.size(), start, piece));
            }
            start = end;
        }
        return passages;
    }

    /** The best end before {@code limit}: a paragraph, else a sentence, else a space, in the second half of the piece. */
    private static int cut(String text, int start, int limit) {
        int half = start + (limit - start) / 2;
        for (String mark : new String[] {"\n\n", "\n", ". ", "? ", "! ", "؟ ", "۔ ", " "}) {
            int at = text.lastIndexOf(mark, limit - mark.length());
            if (at >= half) {
                return at + mark.length();
            }
        }
        return limit;
    }
}
