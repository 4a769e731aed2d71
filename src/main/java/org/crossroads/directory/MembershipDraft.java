package org.crossroads.directory;

import java.time.LocalDate;

/**
 * A city's membership in an organisation, by reference. Re-importing the same organisation, place and
 * role updates the membership.
 *
 * @param organisation organisation reference: external id, name or acronym
 * @param place place reference
 * @param role code or label of vocabulary {@code membership_role}; blank means {@code member}
 */
public record MembershipDraft(String organisation, String place, String role, LocalDate since, LocalDate until,
        String source) {
}
