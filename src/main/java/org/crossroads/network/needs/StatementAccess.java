package org.crossroads.network.needs;

import java.util.Optional;
import org.crossroads.accounts.Editor;
import org.crossroads.data.DataAccess;
import org.springframework.stereotype.Component;

/**
 * Who states and sees a city's needs and offers, in the platform's one scope rule ({@link DataAccess}): the
 * city's focal points, the coordinators of the networks the city is a member of (on its behalf) and
 * administrators state and change them, and they alone see the private ones. Contributors state nothing.
 */
@Component
public class StatementAccess {

    private final DataAccess access;

    StatementAccess(DataAccess access) {
        this.access = access;
    }

    /** State a need or an offer for this city, or change or close one of its. */
    public boolean mayState(Editor editor, long placeId) {
        return access.editablePlaces(editor).covers(placeId);
    }

    public boolean maySee(Optional<Editor> reader, long placeId, Visibility visibility) {
        return visibility == Visibility.PUBLIC || reader.map(e -> access.maySeeConfidential(e, placeId)).orElse(false);
    }

    /** The cities whose private statements this reader sees, worked out once for a list. */
    public ReaderScope scope(Optional<Editor> reader) {
        DataAccess.ConfidentialView view = access.confidentialView(reader);
        return new ReaderScope(reader.isPresent() && view.everyPlace(), reader.isEmpty() ? java.util.Set.of() : view.places());
    }
}
