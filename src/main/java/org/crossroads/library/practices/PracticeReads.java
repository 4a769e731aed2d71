package org.crossroads.library.practices;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crossroads.accounts.Editor;
import org.springframework.stereotype.Service;

/** Practices as a reader may see them: published ones for everyone, proposals for those {@link PracticePermissions} lets. */
@Service
public class PracticeReads {

    private final Practices practices;
    private final PracticePermissions permissions;

    PracticeReads(Practices practices, PracticePermissions permissions) {
        this.practices = practices;
        this.permissions = permissions;
    }

    public Optional<Practice> find(long id, Optional<Editor> reader) {
        return practices.find(id).filter(p -> permissions.maySee(p, reader));
    }

    public List<Practice> search(PracticeQuery query, Optional<Editor> reader) {
        Map<String, Object> params = new HashMap<>();
        String visible = permissions.visible(reader, params);
        return practices.search(query, visible, params);
    }

    /** The published practices whose city (or one of whose further cities) is this one. */
    public List<Practice> ofPlace(long placeId, Optional<Editor> reader) {
        return search(new PracticeQuery(null, null, placeId, null, null, null), reader);
    }
}
