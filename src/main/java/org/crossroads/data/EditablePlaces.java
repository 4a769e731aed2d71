package org.crossroads.data;

import java.util.Set;

/**
 * The places whose data values an editor may import or change ({@link DataAccess#editablePlaces}): never
 * more than the places whose confidential values the editor may read, so a value is never replaced (or a
 * confidential one made public) by someone who could not see it.
 *
 * @param everyPlace administrators
 * @param places otherwise, these places: a focal point's city, the members of a coordinator's network
 */
@org.springframework.modulith.NamedInterface("api")
public record EditablePlaces(boolean everyPlace, Set<Long> places) {

    public static final EditablePlaces EVERY_PLACE = new EditablePlaces(true, Set.of());
    public static final EditablePlaces NONE = new EditablePlaces(false, Set.of());

    public EditablePlaces {
        places = Set.copyOf(places);
    }

    public static EditablePlaces only(long placeId) {
        return new EditablePlaces(false, Set.of(placeId));
    }

    public boolean covers(long placeId) {
        return everyPlace || places.contains(placeId);
    }
}
