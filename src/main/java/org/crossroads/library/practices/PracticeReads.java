package org.crossroads.library.practices;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crossroads.accounts.Editor;
import org.crossroads.library.TextConcepts;
import org.crossroads.shared.search.QueryUnderstanding;
import org.crossroads.shared.search.SearchLexicon;
import org.crossroads.shared.search.UnderstoodQuery;
import org.springframework.stereotype.Service;

/** Practices as a reader may see them: published ones for everyone, proposals for those {@link PracticePermissions} lets. */
@Service
public class PracticeReads {

    private final Practices practices;
    private final PracticePermissions permissions;
    private final QueryUnderstanding understanding;
    private final SearchLexicon lexicon;

    /** The kind of record in shared.search's lexicon: words of published practices only. */
    public static final String LEXICON = "practice";
    public static final String LEXICON_WORDS = "select to_tsvector('simple', search_text) from practice where publication = 'published'";
    /** A practice matches a concept by its words (V62) or by the places and themes a name stands for. */
    static final TextConcepts CONCEPTS = new TextConcepts("p.search", null,
            "(p.place_id in (%1$s) or exists (select 1 from practice_place x where x.practice_id = p.id and x.place_id in (%1$s)))",
            null, "p.themes && %1$s");

    /** Practices and how the query was read (corrections, ambiguities) for the page's notes. */
    public record Found(List<Practice> practices, UnderstoodQuery understood) {}

    PracticeReads(Practices practices, PracticePermissions permissions, QueryUnderstanding understanding,
            SearchLexicon lexicon) {
        this.practices = practices;
        this.permissions = permissions;
        this.understanding = understanding;
        this.lexicon = lexicon;
    }

    public Optional<Practice> find(long id, Optional<Editor> reader) {
        return practices.find(id).filter(p -> permissions.maySee(p, reader));
    }

    public List<Practice> search(PracticeQuery query, Optional<Editor> reader) {
        return searchUnderstood(query, reader).practices();
    }

    /**
     * The practices the reader may see matching the filters and the words read in four languages; when the words as
     * written find nothing, unknown words are read as the known word one edit away.
     */
    public Found searchUnderstood(PracticeQuery query, Optional<Editor> reader) {
        UnderstoodQuery understood = query.text() == null || query.text().isBlank() ? UnderstoodQuery.none()
                : understanding.understand(query.text());
        List<Practice> found = matching(query, understood, reader);
        if (found.isEmpty() && !understood.isEmpty()) {
            UnderstoodQuery corrected = understanding.correct(understood, lexicon.of(LEXICON));
            if (corrected.corrected()) {
                return new Found(matching(query, corrected, reader), corrected);
            }
        }
        return new Found(found, understood);
    }

    private List<Practice> matching(PracticeQuery query, UnderstoodQuery understood, Optional<Editor> reader) {
        Map<String, Object> params = new HashMap<>();
        String visible = permissions.visible(reader, params) + ") and (" + CONCEPTS.condition(understood, "tq", params);
        return practices.search(query, visible, params);
    }

    /** The published practices whose city (or one of whose further cities) is this one. */
    public List<Practice> ofPlace(long placeId, Optional<Editor> reader) {
        return search(new PracticeQuery(null, null, placeId, null, null, null), reader);
    }
}
