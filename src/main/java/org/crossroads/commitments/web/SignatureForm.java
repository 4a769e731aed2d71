package org.crossroads.commitments.web;

import org.crossroads.commitments.Source;
import org.crossroads.commitments.SignatureDraft;

/** The signature form as posted. */
record SignatureForm(String city, String organisation, String kind, Boolean onBehalfOfMembers, String signed,
        String office, Boolean restricted, String sourceCitation, String sourcePassage) {

    static SignatureForm empty(String city) {
        return new SignatureForm(city, "", "signed", false, "", "", false, "", "");
    }

    SignatureDraft toDraft(long frameworkId) {
        Source source = sourceCitation == null || sourceCitation.isBlank() ? null
                : new Source(sourceCitation.strip(), sourcePassage == null || sourcePassage.isBlank() ? null
                        : sourcePassage.strip());
        return new SignatureDraft(String.valueOf(frameworkId), city, organisation, kind, Boolean.TRUE.equals(onBehalfOfMembers), signed, office,
                Boolean.TRUE.equals(restricted), source);
    }
}
