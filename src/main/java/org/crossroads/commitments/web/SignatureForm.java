package org.crossroads.commitments.web;

import org.crossroads.commitments.Source;
import org.crossroads.commitments.SignatureDraft;

/** The signature form as posted. */
record SignatureForm(String city, String organisation, String kind, Boolean onBehalfOfMembers, String signed,
        String office, Boolean restricted, String sourceCitation, String sourcePassage, Integer version) {

    static SignatureForm empty(String city) {
        return new SignatureForm(city, "", "signed", false, "", "", false, "", "", 0);
    }

    static SignatureForm of(org.crossroads.commitments.Signature s, org.crossroads.directory.Places places,
            org.crossroads.directory.Organisations organisations) {
        String city = s.placeId() == null ? "" : places.find(s.placeId()).map(p -> p.reference()).orElse("");
        String org = s.organisationId() == null ? "" : organisations.find(s.organisationId())
                .map(o -> o.externalId() != null ? o.externalId() : String.valueOf(o.id())).orElse("");
        return new SignatureForm(city, org, s.kind(), s.onBehalfOfMembers(), s.signed() == null ? "" : s.signed().iso(),
                s.office() == null ? "" : s.office(), s.restricted(), s.source() == null ? "" : s.source().citation(),
                s.source() == null || s.source().passage() == null ? "" : s.source().passage(), s.version());
    }

    SignatureForm withVersion(int newVersion) {
        return new SignatureForm(city, organisation, kind, onBehalfOfMembers, signed, office, restricted, sourceCitation,
                sourcePassage, newVersion);
    }

    int expectedVersion() {
        return version == null ? -1 : version;
    }

    SignatureDraft toDraft(long frameworkId) {
        Source source = sourceCitation == null || sourceCitation.isBlank() ? null
                : new Source(sourceCitation.strip(), sourcePassage == null || sourcePassage.isBlank() ? null
                        : sourcePassage.strip());
        return new SignatureDraft(String.valueOf(frameworkId), city, organisation, kind, Boolean.TRUE.equals(onBehalfOfMembers), signed, office,
                Boolean.TRUE.equals(restricted), source);
    }
}
