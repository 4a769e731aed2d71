package org.crossroads.learning.outcomes.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * An outcome statement in the API. Under the Chatham House rule ({@code chathamHouse} true), unless the
 * caller coordinates the outcome's network, {@code attributionHidden} is true and {@code source},
 * {@code recordedBy} and {@code substantiatedBy} hold the neutral wording ("Under the Chatham House rule",
 * "A participant") in the caller's language instead of names.
 */
record OutcomeResource(long id, String status, String changeAgent, String changeType, String description,
        LocalDate observedOn, Reference city, String significance, String contribution, String evidence,
        boolean chathamHouse, boolean attributionHidden, String source, String recordedBy, String substantiatedBy,
        String substantiation, OffsetDateTime substantiatedAt, String validatedBy, OffsetDateTime validatedAt,
        String rejectionReason, Reference network, List<Reference> events, List<Reference> peerCities,
        Inspiration inspiredBy, List<CapabilityTag> capabilities, boolean fromFollowUpSurvey, String href) {

    record Reference(long id, String name, String href) {}

    record Inspiration(Reference city, Reference initiative, String practice) {}

    record CapabilityTag(String capability, String name, String level) {}
}
