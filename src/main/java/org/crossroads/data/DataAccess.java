package org.crossroads.data;

import java.util.List;
import java.util.Optional;
import org.crossroads.accounts.Editor;
import org.crossroads.accounts.Role;
import org.crossroads.directory.Memberships;
import org.springframework.stereotype.Component;

/**
 * Who sees and changes which data. The public sees public values; signed-in editors also restricted
 * ones; confidential values never leave the signed-in views of the city's own editors (its focal
 * points), the coordinators of the networks it is a member of, and administrators.
 */
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

    /** Null: any place; otherwise the only place whose values this editor may import. Empty: none. */
    public Optional<Long> importablePlace(Editor editor) {
        return switch (editor.role()) {
            case ADMINISTRATOR, NETWORK_COORDINATOR -> Optional.of(-1L);
            case CITY_FOCAL_POINT -> Optional.ofNullable(editor.placeId());
            case CONTRIBUTOR -> Optional.empty();
        };
    }

    public boolean mayEditCatalogue(Editor editor) {
        return editor.role() == Role.ADMINISTRATOR || editor.role() == Role.NETWORK_COORDINATOR;
    }
}
