package org.crossroads.learning.participants.web;

import java.time.LocalDate;
import java.util.List;
import org.crossroads.directory.Organisation;
import org.crossroads.directory.Place;
import org.crossroads.learning.participants.Participant;
import org.crossroads.learning.participants.ParticipantDraft;

/** What the registration and person forms post, as typed. */
record ParticipantForm(String fullName, String email, String organisation, String city, String position,
        String expertise, String gender, String genderDescription, String language, List<String> consents,
        Integer version) {

    ParticipantForm {
        consents = consents == null ? List.of() : consents;
    }

    static ParticipantForm empty() {
        return new ParticipantForm("", "", "", "", "", "", "", "", "en", List.of(), 0);
    }

    static ParticipantForm of(Participant p, Place city, Organisation organisation) {
        return new ParticipantForm(p.fullName(), p.email(), organisation == null ? "" : organisation.externalId(),
                city == null ? "" : city.name() + ", " + city.countryCode(), p.position(), p.expertise(), p.gender(),
                p.genderDescription(), p.language(),
                p.consents().stream().filter(c -> c.withdrawnOn() == null).map(Participant.Consent::purpose).toList(),
                p.version());
    }

    ParticipantDraft toDraft() {
        return new ParticipantDraft(fullName, email, organisation, city, position, expertise, gender, genderDescription,
                language, consents, LocalDate.now());
    }

    int expectedVersion() {
        return version == null ? 0 : version;
    }
}
