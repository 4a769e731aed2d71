package org.crossroads.directory;

import java.time.LocalDate;
import java.util.List;

/**
 * A partnership between two cities.
 *
 * @param kind code of vocabulary {@code partnership_kind}: twinning, project partnership
 * @param topics codes of vocabulary {@code theme}
 */
@org.springframework.modulith.NamedInterface("api")
public record Partnership(long id, long placeA, long placeB, String kind, List<String> topics, LocalDate since,
        LocalDate until, String source, int version) {

    /** The partner of the given city. */
    public long partnerOf(long placeId) {
        return placeA == placeId ? placeB : placeA;
    }

    public boolean involves(long placeId) {
        return placeA == placeId || placeB == placeId;
    }
}
