package org.crossroads.learning.outcomes.web;

import java.util.List;
import org.crossroads.shared.vocabulary.ShownText;
import org.crossroads.learning.outcomes.OutcomeStatement.Attribution;

/**
 * An outcome statement as pages show it, in the reader's language. Who said it comes as the
 * {@link Attribution} the reader may see: when hidden, templates show the Chatham House rule's neutral
 * wording ({@code Attribution.sourceKey()}, {@code personKey()}) instead.
 */
public record OutcomeView(long id, String status, String statusLabel, String changeAgent, String changeType,
        String changeTypeLabel, ShownText description, String observedOn, Link city, ShownText significance,
        ShownText contribution, String evidence, boolean chathamHouse, Attribution attribution, Link inspiredByCity,
        Link inspiredByInitiative, String inspiredByPractice, Link network, boolean fromFollowUpSurvey, List<Link> events,
        List<Link> peerCities, List<String> capabilities, String substantiation, String substantiatedOn,
        String validatedBy, String validatedOn, String rejectedBy, String rejectionReason, int version) {

    public record Link(String name, String href) {}

    public boolean hasInspiration() {
        return inspiredByCity != null || inspiredByInitiative != null || inspiredByPractice != null;
    }
}
