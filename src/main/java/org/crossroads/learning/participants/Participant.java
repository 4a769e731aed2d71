package org.crossroads.learning.participants;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A person who takes part in events: only what the programme needs. Personal data: seen only by the
 * coordinators of the networks whose events the person attended, by administrators and by the person.
 *
 * @param position political, technical or other
 * @param gender woman, man, non_binary, self_described (see {@code genderDescription}), not_stated, or null
 * @param language the language of their survey invitations and links
 * @param erasedAt set when the person asked to be forgotten: every personal field is then empty
 */
public record Participant(long id, String fullName, String email, Long organisationId, Long placeId, String position,
        String expertise, String gender, String genderDescription, String language, Long mergedInto,
        OffsetDateTime erasedAt, String createdBy, int version, List<Consent> consents) {

    public boolean isErased() {
        return erasedAt != null;
    }

    public boolean hasConsentFor(String purpose) {
        return consents.stream().anyMatch(c -> c.purpose().equals(purpose) && c.withdrawnOn() == null);
    }

    /** @param purpose participation, surveys, contact_by_peers or photos */
    public record Consent(long id, String purpose, LocalDate givenOn, LocalDate withdrawnOn, String recordedBy) {
    }
}
