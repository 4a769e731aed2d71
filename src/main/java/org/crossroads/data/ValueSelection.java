package org.crossroads.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.crossroads.accounts.Editor;
import org.crossroads.accounts.Role;
import org.crossroads.directory.Memberships;
import org.crossroads.directory.Places;
import org.springframework.stereotype.Component;

/**
 * Turns a selection as exports and the API receive it (indicator codes, places by id or reference,
 * periods) into a {@link DataValues.Query} that shows the reader only what they may see.
 */
@Component
public class ValueSelection {

    public static final int MAX_ROWS = 100_000;

    private final Places places;
    private final Memberships memberships;

    ValueSelection(Places places, Memberships memberships) {
        this.places = places;
        this.memberships = memberships;
    }

    /** @throws UnknownSelectionException naming a place that does not resolve */
    public DataValues.Query query(List<String> indicators, List<String> placeRefs, List<String> periods,
            Optional<Editor> reader, int limit, int offset) {
        List<Long> placeIds = new ArrayList<>();
        for (String ref : placeRefs == null ? List.<String>of() : placeRefs) {
            if (ref.matches("\\d+")) {
                placeIds.add(Long.valueOf(ref));
            } else {
                placeIds.add(places.resolve(ref).orElseThrow(() -> new UnknownSelectionException("place", ref)).id());
            }
        }
        List<String> levels = reader.isPresent() ? List.of("public", "restricted") : List.of("public");
        List<Long> confidential = new ArrayList<>();
        reader.ifPresent(e -> {
            if (e.role() == Role.ADMINISTRATOR) {
                confidential.add(-1L);
            } else if (e.role() == Role.CITY_FOCAL_POINT && e.placeId() != null) {
                confidential.add(e.placeId());
            } else if (e.role() == Role.NETWORK_COORDINATOR && e.organisationId() != null) {
                memberships.ofOrganisation(e.organisationId()).forEach(m -> confidential.add(m.placeId()));
            }
        });
        List<String> allLevels = confidential.contains(-1L) ? List.of("public", "restricted", "confidential") : levels;
        return new DataValues.Query(indicators == null ? List.of() : indicators, placeIds,
                periods == null ? List.of() : periods, allLevels, confidential, Math.min(Math.max(1, limit), MAX_ROWS),
                Math.max(0, offset));
    }
}
