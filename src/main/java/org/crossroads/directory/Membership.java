package org.crossroads.directory;

import java.time.LocalDate;

/**
 * A city's membership in an organisation (usually a city network).
 *
 * @param role code of vocabulary {@code membership_role}
 */
@org.springframework.modulith.NamedInterface("api")
public record Membership(long id, long organisationId, long placeId, String role, LocalDate since, LocalDate until,
        String source, int version) {
}
