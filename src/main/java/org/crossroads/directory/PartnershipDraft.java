package org.crossroads.directory;

import java.time.LocalDate;
import java.util.List;

/**
 * A partnership between two cities, by reference. Re-importing the same pair (in either order) and
 * kind updates the partnership.
 *
 * @param kind code or label of vocabulary {@code partnership_kind}
 * @param topics codes or labels of vocabulary {@code theme}
 */
@org.springframework.modulith.NamedInterface("api")
public record PartnershipDraft(String placeA, String placeB, String kind, List<String> topics, LocalDate since,
        LocalDate until, String source) {

    public PartnershipDraft {
        topics = topics == null ? List.of() : List.copyOf(topics);
    }
}
