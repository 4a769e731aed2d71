package org.crossroads.data;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.crossroads.accounts.Editor;
import org.crossroads.accounts.Role;
import org.crossroads.directory.Membership;
import org.crossroads.directory.Memberships;
import org.springframework.stereotype.Component;

/**
 * Who sees and changes which data. The public sees public values; signed-in editors also restricted
 * ones; confidential values never leave the signed-in views of the city's own editors (its focal
 * points), the coordinators of the networks it is a member of, and administrators.
 */
@org.springframework.modulith.NamedInterface("api")
@Component
public class DataAccess {

    private final Memberships memberships;

    DataAccess(Memberships memberships) {
        this.memberships = memberships;
    }

    /** The confidentiality levels this reader may see for values of this place. */
    public List<String> levels(Optional<Editor> reader, long placeId) {
        if (reader.isEmpty()) {
            return List.of("public");
        }
        return maySeeConfidential(reader.get(), placeId) ? List.of("public", "restricted", "confidential")
                : List.of("public", "restricted");
    }

    public boolean maySeeConfidential(Editor editor, long placeId) {
        return switch (editor.role()) {
            case ADMINISTRATOR -> true;
            case CITY_FOCAL_POINT -> editor.placeId() != null && editor.placeId() == placeId;
            case NETWORK_COORDINATOR -> editor.organisationId() != null
                    && memberships.ofPlace(placeId).stream().anyMatch(m -> m.organisationId() == editor.organisationId());
            case CONTRIBUTOR -> false;
        };
    }

    /**
     * The same rules as {@link #maySeeConfidential} for many places at once (analytics read hundreds of
     * cities per request): worked out once per reader, with one query for a network coordinator.
     */
    public ConfidentialView confidentialView(Optional<Editor> reader) {
        if (reader.isEmpty()) {
            return new ConfidentialView(false, false, Set.of());
        }
        Editor editor = reader.get();
        return switch (editor.role()) {
            case ADMINISTRATOR -> new ConfidentialView(true, true, Set.of());
            case CITY_FOCAL_POINT -> new ConfidentialView(true, false,
                    editor.placeId() == null ? Set.of() : Set.of(editor.placeId()));
            case NETWORK_COORDINATOR -> new ConfidentialView(true, false, editor.organisationId() == null ? Set.of()
                    : memberships.ofOrganisation(editor.organisationId()).stream().map(Membership::placeId)
                            .collect(Collectors.toUnmodifiableSet()));
            case CONTRIBUTOR -> new ConfidentialView(true, false, Set.of());
        };
    }

    /**
     * What one reader may see of every place's values.
     *
     * @param signedIn restricted values are visible
     * @param everyPlace confidential values of every place are visible (administrators)
     * @param places the places whose confidential values are visible
     */
    public record ConfidentialView(boolean signedIn, boolean everyPlace, Set<Long> places) {

        /** Whether this reader is entitled to the place's confidential view (and so to exact small counts). */
        public boolean covers(long placeId) {
            return everyPlace || places.contains(placeId);
        }

        /** Whether a figure of this confidentiality, for this place, may be shown to this reader. */
        public boolean sees(String confidentiality, long placeId) {
            return switch (confidentiality) {
                case "public" -> true;
                case "restricted" -> signedIn;
                default -> covers(placeId);
            };
        }
    }

    /** Whether this editor imports data values at all (contributors do not). */
    public boolean mayImport(Editor editor) {
        return editor.role() != Role.CONTRIBUTOR;
    }

    /**
     * The places whose values this editor may import or change: exactly those whose confidential view they
     * have (an administrator every place, a focal point its city, a coordinator its network's members), so
     * no one replaces a value, or makes a confidential one public, without being able to read it.
     */
    public EditablePlaces editablePlaces(Editor editor) {
        if (!mayImport(editor)) {
            return EditablePlaces.NONE;
        }
        ConfidentialView view = confidentialView(Optional.of(editor));
        return view.everyPlace() ? EditablePlaces.EVERY_PLACE : new EditablePlaces(false, view.places());
    }

    public boolean mayEditCatalogue(Editor editor) {
        return editor.role() == Role.ADMINISTRATOR || editor.role() == Role.NETWORK_COORDINATOR;
    }
}
