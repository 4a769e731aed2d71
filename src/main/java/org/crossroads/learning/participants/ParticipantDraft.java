package org.crossroads.learning.participants;

import java.time.LocalDate;
import java.util.List;

/**
 * A person as the registration form or an import row gives them, with the purposes they consented to
 * and when. City and organisation by reference ({@code Sfax, TN}, {@code org:…} or a name).
 */
public record ParticipantDraft(String fullName, String email, String organisation, String city, String position,
        String expertise, String gender, String genderDescription, String language, List<String> consents,
        LocalDate consentGivenOn) {

    public ParticipantDraft {
        consents = consents == null ? List.of() : List.copyOf(consents);
    }
}
